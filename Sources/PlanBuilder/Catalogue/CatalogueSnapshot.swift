/// The catalogue as last read from the same files, kept in the user's cache folder, so
/// that a command does not parse and check 56 KB of YAML every time it starts.
///
/// Why: every `render`, `validate` and `plan` loads the catalogue, and reading it from
/// YAML was the largest piece of work vr-docs does before its first page (about 18M
/// instructions of a one-plan `render`, most of it libyaml's scanner); the snapshot is
/// read in a few hundred thousand. It is kept, keyed and checked as `TemplateSnapshot`
/// keeps every template: an edited catalogue is read and checked again at once, a
/// broken one is reported every time.
public enum CatalogueSnapshot {
    static let fileNames = ["limitations.yaml", "demands.yaml", "adjustments.yaml"]

    static func paths(catalogueFolder: String) -> [String] {
        fileNames.map { catalogueFolder + "/" + $0 }
    }

    /// Version 2: kept through `TemplateSnapshot`, with its checksum. Version 3: with each
    /// adjustment's `notSuggestedWith`.
    static let format = TemplateSnapshot.Format<Catalogue>(name: "catalogue", version: 3, encode: encode, decode: decode)

    static func encode(_ catalogue: Catalogue, into out: inout SnapshotWriter) {
        for entries in [catalogue.limitations, catalogue.demands] {
            out.integer(UInt64(entries.count))
            for entry in entries { out.strings([entry.code, entry.title, entry.description]) }
        }
        out.integer(UInt64(catalogue.adjustments.count))
        for entry in catalogue.adjustments {
            out.strings([entry.code, entry.title, entry.category, entry.involves, entry.why])
            out.list(entry.limitations)
            out.list(entry.demands)
            out.list(entry.requiresDemands)
            out.list(entry.notSuggestedWith)
            out.integer(entry.accessToWork ? 1 : 0)
            out.integer(entry.reviewWeeks.map { UInt64($0) + 1 } ?? 0)
        }
    }

    static func decode(_ input: inout SnapshotReader) -> Catalogue? {
        var plain: [[CatalogueEntry]] = []
        for _ in 0..<2 {
            guard let count = input.count() else { return nil }
            var entries: [CatalogueEntry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let code = input.string(), let title = input.string(), let description = input.string() else { return nil }
                entries.append(CatalogueEntry(code: code, title: title, description: description))
            }
            plain.append(entries)
        }
        guard let count = input.count() else { return nil }
        var adjustments: [AdjustmentEntry] = []
        adjustments.reserveCapacity(count)
        for _ in 0..<count {
            guard let code = input.string(), let title = input.string(), let category = input.string(),
                  let involves = input.string(), let why = input.string(),
                  let limitations = input.list(), let demands = input.list(), let requires = input.list(), let excluded = input.list(),
                  let access = input.integer(), access <= 1, let review = input.integer(), review <= 1_000
            else { return nil }
            adjustments.append(AdjustmentEntry(code: code, title: title, category: category, involves: involves, why: why,
                                               limitations: limitations, demands: demands, accessToWork: access == 1,
                                               reviewWeeks: review == 0 ? nil : Int(review - 1), requiresDemands: requires, notSuggestedWith: excluded))
        }
        guard input.isAtEnd else { return nil }
        return Catalogue(adjustments: adjustments, limitations: plain[0], demands: plain[1])
    }
}
