import Foundation

/// The catalogue's texts in another language, read from `templates/catalogue/<language>/`
/// (`adjustments.yaml`, `limitations.yaml`, `demands.yaml`): for each code its title and
/// `involves`/`why` or `description`. Codes and every other field stay in the English
/// files, so a translation can only change words, never what is suggested or checked.
///
/// A translation must cover every code: a Welsh document with one English sentence in it
/// is the silent fallback that Welsh-language duties rule out, so a missing or partial
/// translation stops the run and names the codes.
public enum CatalogueTranslation {
    /// `catalogue` with its texts in `language` (a folder name such as `cy`).
    public static func translate(_ catalogue: Catalogue, templatesDirectory: String, language: String) throws(TemplateErrors) -> Catalogue {
        let folder = templatesDirectory + "/catalogue/" + language
        let adjustments = try texts(path: folder + "/adjustments.yaml", fields: ["title", "involves", "why"],
                                    codes: catalogue.adjustments.map(\.code), language: language)
        let limitations = try texts(path: folder + "/limitations.yaml", fields: ["title", "description"],
                                    codes: catalogue.limitations.map(\.code), language: language)
        let demands = try texts(path: folder + "/demands.yaml", fields: ["title", "description"],
                                codes: catalogue.demands.map(\.code), language: language)
        return Catalogue(
            adjustments: catalogue.adjustments.map { entry in
                var translated = entry
                translated.title = adjustments[entry.code]?["title"] ?? entry.title
                translated.involves = adjustments[entry.code]?["involves"] ?? entry.involves
                translated.why = adjustments[entry.code]?["why"] ?? entry.why
                return translated
            },
            limitations: catalogue.limitations.map { translate($0, limitations) },
            demands: catalogue.demands.map { translate($0, demands) })
    }

    private static func translate(_ entry: CatalogueEntry, _ texts: [String: [String: String]]) -> CatalogueEntry {
        var translated = entry
        translated.title = texts[entry.code]?["title"] ?? entry.title
        translated.description = texts[entry.code]?["description"] ?? entry.description
        return translated
    }

    /// Each code's texts, checked: every code of the English file once, no other codes,
    /// exactly the `fields` with text in each.
    private static func texts(path: String, fields: [String], codes: [String], language: String) throws(TemplateErrors) -> [String: [String: String]] {
        let file = try TemplateFile(path: path, loss: "documents in \(language) would print the catalogue's adjustments and limitations in English")
        let allowed = ["code"] + fields
        var texts: [String: [String: String]] = [:]
        for entry in file.root?.list() ?? [] {
            guard let values = entry.mapping(allowed: allowed) else { continue }
            guard let code = values["code"]?.text() else {
                entry.report("this entry has no code", fix: "Add code: with the code of the English entry it translates.")
                continue
            }
            guard codes.contains(code) else {
                let nearest = Suggestions.nearest(to: code, among: codes, limit: 1).first
                values["code"]?.report("\(code) is not a code of the English catalogue",
                                       fix: nearest.map { "Did you mean \($0)?" } ?? "Use the codes of templates/catalogue/\((path as NSString).lastPathComponent).")
                continue
            }
            guard texts[code] == nil else {
                values["code"]?.report("\(code) is translated twice", fix: "Keep one of the two entries.")
                continue
            }
            var translated: [String: String] = [:]
            for field in fields {
                guard let node = values[field] else {
                    entry.report("\(code) has no \(field)", fix: "Add the \(language) text of \(field).")
                    continue
                }
                guard let text = node.text() else { continue }
                if text.allSatisfy(\.isWhitespace) {
                    node.report("\(field) is empty", fix: "Add the \(language) text of \(field).")
                } else {
                    translated[field] = text
                }
            }
            texts[code] = translated
        }
        let missing = codes.filter { texts[$0] == nil }
        if !missing.isEmpty {
            file.report(nil, "\(missing.count) code\(missing.count == 1 ? " has" : "s have") no \(language) text: \(missing.joined(separator: ", "))",
                        fix: "Add an entry for each, with the \(language) text of every field.")
        }
        try file.finish()
        return texts
    }
}
