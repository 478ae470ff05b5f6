import Foundation

/// Which wording folders a case file's `client.language` asks for.
///
/// English in any form (`en`, `en-GB`, `en-IE`, or no language) reads `en-GB`; a tag with
/// a folder of its own reads that folder (`cy`, and `cy-GB` reads `cy`); two languages
/// joined (`cy-en`) ask for a bilingual document, the first language first, as the Welsh
/// Language Standards expect Welsh to come first. Anything else is an error: a client who
/// asked for French must not silently be sent an English document.
public struct DocumentLanguage: Equatable, Sendable {
    /// Wording folders in reading order: one, or two for a bilingual document.
    public let folders: [String]

    public var isBilingual: Bool { folders.count > 1 }

    /// Resolves `tag` against the folders in `templates/wording` (`available`).
    public static func resolve(_ tag: String, available: [String]) throws(DocumentError) -> DocumentLanguage {
        let parts = tag.split(separator: "-").map { $0.lowercased() }
        if let single = folder(for: tag, parts: parts, available: available) {
            return DocumentLanguage(folders: [single])
        }
        if parts.count == 2, parts[0] != parts[1],
           let first = folder(for: parts[0], parts: [parts[0]], available: available),
           let second = folder(for: parts[1], parts: [parts[1]], available: available) {
            return DocumentLanguage(folders: [first, second])
        }
        throw .unsupportedLanguage(language: tag, available: choices(available))
    }

    /// The folder for one language: an exact folder, English to `en-GB`, or a folder whose
    /// language (before any region) is the tag's when the tag's second part is a region.
    private static func folder(for tag: String, parts: [String], available: [String]) -> String? {
        if tag.isEmpty || parts.first == "en" { return available.contains("en-GB") ? "en-GB" : nil }
        if let exact = available.first(where: { $0.lowercased() == tag.lowercased() }) { return exact }
        guard let primary = parts.first else { return nil }
        let isRegion = parts.count == 2 && available.allSatisfy { $0.split(separator: "-").first?.lowercased() != parts[1] }
        guard parts.count == 1 || isRegion else { return nil }
        return available.first { $0.lowercased() == primary }
    }

    /// What a case file may ask for, for the error message: every folder, and Welsh then
    /// English when both exist.
    static func choices(_ available: [String]) -> [String] {
        var choices = available.sorted()
        if available.contains("cy") && available.contains("en-GB") { choices.append("cy-en") }
        return choices
    }

    /// The wording folders present under `templates`.
    static func available(templates: String) -> [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: templates + "/wording")) ?? []
        // Every folder is a language; a file missing from one is reported when it is read.
        return folders.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: templates + "/wording/" + name, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }
}
