import Foundation

/// The catalogue read straight from libyaml's events, for the common case of files that
/// are all in order: every command loads the catalogue, and composing its 56 KB into a
/// node tree and reading the tree field by field was two fifths of `validate`.
///
/// It applies the node reader's rules (allowed fields, kebab-case codes used once,
/// non-empty texts, known categories, limitation and demand codes, review weeks, required
/// codes) and gives nil at the first thing it is not sure of — a problem, an unusual
/// spelling of a yes/no or a number, an anchor, a tag, a repeated key, a byte-order mark.
/// `Catalogue.load` then reads the files the node way, whose errors name the entry, the
/// line and the fix. `CatalogueEventReadingTests` holds the two ways to the same result.
enum CatalogueEventReading {
    /// One field of an entry as written.
    private enum Field {
        /// A scalar that is not a plain null.
        case text(String, plain: Bool)
        /// A plain `~`, `null` or nothing.
        case null
        /// A list of scalars that are not null.
        case list([String])
    }

    private typealias Entry = [String: Field]

    static func catalogue(folder: String) -> Catalogue? {
        guard let limitations = plainEntries(path: folder + "/limitations.yaml"),
              let demands = plainEntries(path: folder + "/demands.yaml"),
              let adjustments = adjustments(path: folder + "/adjustments.yaml", limitations: limitations, demands: demands)
        else { return nil }
        let present = [Set(limitations.map(\.code)), Set(demands.map(\.code)), Set(adjustments.map(\.code))]
        let required = [Catalogue.requiredLimitations, Catalogue.requiredDemands, Catalogue.requiredAdjustments]
        guard zip(required, present).allSatisfy({ codes, found in codes.allSatisfy(found.contains) }) else { return nil }
        return Catalogue(adjustments: adjustments, limitations: limitations, demands: demands)
    }

    private static func plainEntries(path: String) -> [CatalogueEntry]? {
        guard let entries = entries(path: path, allowed: Set(Catalogue.plainEntryFields)) else { return nil }
        var seen = Set<String>()
        var result: [CatalogueEntry] = []
        for entry in entries {
            guard let code = code(entry), seen.insert(code).inserted,
                  let title = text(entry, "title"), let description = text(entry, "description") else { return nil }
            result.append(CatalogueEntry(code: code, title: title, description: description))
        }
        return result
    }

    private static func adjustments(path: String, limitations: [CatalogueEntry], demands: [CatalogueEntry]) -> [AdjustmentEntry]? {
        guard let entries = entries(path: path, allowed: Set(Catalogue.adjustmentFields)) else { return nil }
        let knownLimitations = Set(limitations.map(\.code))
        let knownDemands = Set(demands.map(\.code))
        var seen = Set<String>()
        var result: [AdjustmentEntry] = []
        for entry in entries {
            guard let code = code(entry), seen.insert(code).inserted,
                  let category = text(entry, "category"), Adjustment.categories.contains(category),
                  let limitationCodes = codes(entry, "limitations", required: true), !limitationCodes.isEmpty,
                  limitationCodes.allSatisfy(knownLimitations.contains),
                  let demandCodes = codes(entry, "demands", required: true), demandCodes.allSatisfy(knownDemands.contains),
                  let requiresDemands = codes(entry, "requires_demands", required: false),
                  requiresDemands.allSatisfy(knownDemands.contains),
                  let notSuggestedWith = codes(entry, "not_suggested_with", required: false),
                  let reviewWeeks = optionalWeeks(entry),
                  let title = text(entry, "title"), let involves = text(entry, "involves"), let why = text(entry, "why"),
                  let accessToWork = bool(entry, "access_to_work")
            else { return nil }
            result.append(AdjustmentEntry(code: code, title: title, category: category, involves: involves, why: why,
                                          limitations: limitationCodes, demands: demandCodes, accessToWork: accessToWork,
                                          reviewWeeks: reviewWeeks, requiresDemands: requiresDemands,
                                          notSuggestedWith: notSuggestedWith))
        }
        // An exclusion naming neither an adjustment nor a case fact: the full loader says which.
        let known = Set(result.map(\.code) + AdjustmentEntry.CaseFact.allCases.map(\.rawValue))
        guard result.allSatisfy({ $0.notSuggestedWith.allSatisfy(known.contains) }) else { return nil }
        return result
    }

    // MARK: Fields, by the node reader's rules

    private static func code(_ entry: Entry) -> String? {
        guard let code = text(entry, "code"), CatalogueNodeReader.isKebabCase(code) else { return nil }
        return code
    }

    private static func text(_ entry: Entry, _ key: String) -> String? {
        guard case .text(let value, _)? = entry[key] else { return nil }
        let trimmed = CatalogueNodeReader.trimmed(value)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Only a plain `true` or `false`; YAML 1.1's other spellings go the node way.
    private static func bool(_ entry: Entry, _ key: String) -> Bool? {
        guard case .text(let value, plain: true)? = entry[key] else { return nil }
        switch value {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// The weeks before review, `.some(nil)` when absent or null (a lasting adjustment);
    /// nil for anything but plain decimal digits within range.
    private static func optionalWeeks(_ entry: Entry) -> Int?? {
        switch entry["review_weeks"] {
        case nil, .null?: return .some(nil)
        case .text(let value, plain: true)?:
            guard let first = value.utf8.first, first != UInt8(ascii: "0"), value.utf8.count <= 4,
                  value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let weeks = Int(value), (1...CatalogueLimits.maxReviewWeeks).contains(weeks) else { return nil }
            return .some(weeks)
        default: return nil
        }
    }

    /// A list of kebab-case codes, none repeated; a missing field is `[]` unless required.
    private static func codes(_ entry: Entry, _ key: String, required: Bool) -> [String]? {
        switch entry[key] {
        case nil: return required ? nil : []
        case .list(let items)?:
            var seen = Set<String>()
            for item in items where !CatalogueNodeReader.isKebabCase(item) || !seen.insert(item).inserted { return nil }
            return items
        default: return nil
        }
    }

    // MARK: Events

    /// The file's entries: a list of mappings whose keys are all allowed and given once.
    private static func entries(path: String, allowed: Set<String>) -> [Entry]? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= TemplateFile.maxBytes,
              !data.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        return data.withUnsafeBytes { raw -> [Entry]? in
            guard let cursor = YAMLEventCursor(raw.bindMemory(to: UInt8.self)) else { return nil }
            do {
                let entries = try read(cursor, allowed: allowed)
                return entries.isEmpty ? nil : entries
            } catch {
                return nil
            }
        }
    }

    private static func read(_ cursor: YAMLEventCursor, allowed: Set<String>) throws(YAMLEventCursor.Refused) -> [Entry] {
        try cursor.startDocument()
        guard cursor.kind == .sequenceStart else { throw YAMLEventCursor.Refused() }
        var entries: [Entry] = []
        while true {
            try cursor.advance()
            if cursor.kind == .sequenceEnd { break }
            guard cursor.kind == .mappingStart else { throw YAMLEventCursor.Refused() }
            entries.append(try readEntry(cursor, allowed: allowed))
        }
        try cursor.endDocument()
        return entries
    }

    private static func readEntry(_ cursor: YAMLEventCursor, allowed: Set<String>) throws(YAMLEventCursor.Refused) -> Entry {
        var entry: Entry = [:]
        while true {
            try cursor.advance()
            if cursor.kind == .mappingEnd { return entry }
            guard cursor.kind == .scalar else { throw YAMLEventCursor.Refused() }
            let key = cursor.text
            guard allowed.contains(key), entry[key] == nil else { throw YAMLEventCursor.Refused() }
            try cursor.advance()
            switch cursor.kind {
            case .scalar:
                entry[key] = cursor.isNull ? .null : .text(cursor.text, plain: cursor.isPlain)
            case .sequenceStart:
                var items: [String] = []
                while true {
                    try cursor.advance()
                    if cursor.kind == .sequenceEnd { break }
                    guard cursor.kind == .scalar, !cursor.isNull else { throw YAMLEventCursor.Refused() }
                    items.append(cursor.text)
                }
                entry[key] = .list(items)
            default:
                throw YAMLEventCursor.Refused()
            }
        }
    }
}
