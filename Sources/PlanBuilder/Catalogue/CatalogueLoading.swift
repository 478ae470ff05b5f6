import Foundation
import Yams

extension Catalogue {
    /// Loads and checks `catalogue/limitations.yaml`, `catalogue/demands.yaml` and
    /// `catalogue/adjustments.yaml` under `templatesDirectory`.
    ///
    /// Throws a `CatalogueError` for the first fault found: a missing or unknown field,
    /// an empty text, a code that is not kebab-case or is used twice, an unknown
    /// category, an adjustment naming a limitation or demand the other files lack, or a
    /// code every catalogue must have (see `requiredAdjustments`) being absent.
    ///
    /// A catalogue read before from the same files comes from its snapshot in
    /// `snapshots` (`CatalogueSnapshot`; nil: always read the YAML).
    public static func load(templatesDirectory: String,
                            snapshots: String? = TemplateSnapshot.defaultFolder) throws -> Catalogue {
        let folder = templatesDirectory + "/catalogue"
        return try TemplateSnapshot.value(of: CatalogueSnapshot.paths(catalogueFolder: folder), format: CatalogueSnapshot.format,
                                          folder: snapshots) { () throws in
            // Files in order are read from libyaml's events; anything else the node way,
            // whose errors name the entry, the line and the fix.
            try CatalogueEventReading.catalogue(folder: folder) ?? loadFromNodes(templatesDirectory: templatesDirectory)
        }
    }

    /// The catalogue read through a node tree, every fault a `CatalogueError`.
    static func loadFromNodes(templatesDirectory: String) throws -> Catalogue {
        let folder = templatesDirectory + "/catalogue"
        let limitationsPath = folder + "/limitations.yaml"
        let demandsPath = folder + "/demands.yaml"
        let adjustmentsPath = folder + "/adjustments.yaml"

        let limitations = try readPlainEntries(path: limitationsPath)
        let demands = try readPlainEntries(path: demandsPath)
        let adjustments = try readAdjustments(path: adjustmentsPath,
                                              limitationCodes: limitations.map(\.code),
                                              demandCodes: demands.map(\.code))

        try requireCodes(requiredLimitations, among: limitations.map(\.code), file: limitationsPath)
        try requireCodes(requiredDemands, among: demands.map(\.code), file: demandsPath)
        try requireCodes(requiredAdjustments, among: adjustments.map(\.code), file: adjustmentsPath)
        try checkExclusions(adjustments, file: adjustmentsPath)
        return Catalogue(adjustments: adjustments, limitations: limitations, demands: demands)
    }

    /// The fields an adjustment entry may have; anything else is a typo.
    static let adjustmentFields = ["code", "title", "category", "involves", "why", "limitations",
                                   "demands", "access_to_work", "review_weeks", "requires_demands", "not_suggested_with"]
    static let plainEntryFields = ["code", "title", "description"]

    private static func readPlainEntries(path: String) throws -> [CatalogueEntry] {
        var seen = CatalogueCodeRegister(file: path)
        return try readEntryNodes(path: path).enumerated().map { index, node in
            let reader = try CatalogueNodeReader(node: node, index: index, file: path)
            try reader.checkFields(allowed: plainEntryFields)
            let code = try reader.code()
            try seen.register(code, reader: reader)
            return CatalogueEntry(code: code, title: try reader.text("title"),
                                  description: try reader.text("description"))
        }
    }

    private static func readAdjustments(path: String, limitationCodes: [String],
                                        demandCodes: [String]) throws -> [AdjustmentEntry] {
        let knownLimitations = Set(limitationCodes)
        let knownDemands = Set(demandCodes)
        var seen = CatalogueCodeRegister(file: path)
        return try readEntryNodes(path: path).enumerated().map { index, node in
            let reader = try CatalogueNodeReader(node: node, index: index, file: path)
            try reader.checkFields(allowed: adjustmentFields)
            let code = try reader.code()
            try seen.register(code, reader: reader)

            let category = try reader.text("category")
            guard Adjustment.categories.contains(category) else {
                throw reader.error(.unknownCategory(category, known: Adjustment.categories),
                                   line: reader.lineOf("category"))
            }
            let limitations = try reader.codeList("limitations", required: true)
            guard !limitations.isEmpty else {
                throw reader.error(.emptyField("limitations"), line: reader.lineOf("limitations"))
            }
            for limitation in limitations where !knownLimitations.contains(limitation) {
                let nearest = Suggestions.nearest(to: limitation, among: limitationCodes)
                throw reader.error(.unknownLimitation(limitation, field: "limitations", nearest: nearest),
                                   line: reader.lineOf("limitations"))
            }
            let demands = try reader.codeList("demands", required: true)
            let requiresDemands = try reader.codeList("requires_demands", required: false)
            for (field, list) in [("demands", demands), ("requires_demands", requiresDemands)] {
                for demand in list where !knownDemands.contains(demand) {
                    let nearest = Suggestions.nearest(to: demand, among: demandCodes)
                    throw reader.error(.unknownDemand(demand, field: field, nearest: nearest),
                                       line: reader.lineOf(field))
                }
            }
            let reviewWeeks = try reader.optionalInt("review_weeks")
            if let reviewWeeks, !(1...CatalogueLimits.maxReviewWeeks).contains(reviewWeeks) {
                throw reader.error(.invalidReviewWeeks(reviewWeeks), line: reader.lineOf("review_weeks"))
            }
            return AdjustmentEntry(code: code, title: try reader.text("title"), category: category,
                                   involves: try reader.text("involves"), why: try reader.text("why"),
                                   limitations: limitations, demands: demands,
                                   accessToWork: try reader.bool("access_to_work"),
                                   reviewWeeks: reviewWeeks, requiresDemands: requiresDemands,
                                   notSuggestedWith: try reader.codeList("not_suggested_with", required: false))
        }
    }

    /// Reads a catalogue file and returns its top-level list of entries. The file is read
    /// like every template (`TemplateFile`): a missing file, broken YAML or a repeated
    /// key is a `TemplateErrors`; what is wrong with the entries is a `CatalogueError`.
    private static func readEntryNodes(path: String) throws -> [Node] {
        let file = try TemplateFile(path: path, loss: "the codes a case file may use and the adjustments the employer reads about are listed in it")
        guard let root = file.root else { throw CatalogueError(file: path, problem: .empty) }
        guard case .sequence(let sequence) = root.yaml else {
            throw CatalogueError(file: path, line: root.line, problem: .notAList)
        }
        guard !sequence.isEmpty else { throw CatalogueError(file: path, problem: .empty) }
        return Array(sequence)
    }

    /// Every `not_suggested_with` names an adjustment of the file or a case fact.
    private static func checkExclusions(_ adjustments: [AdjustmentEntry], file: String) throws {
        let known = adjustments.map(\.code) + AdjustmentEntry.CaseFact.allCases.map(\.rawValue)
        for entry in adjustments {
            if let unknown = entry.notSuggestedWith.first(where: { !known.contains($0) }) {
                throw CatalogueError(file: file, entry: entry.code,
                                     problem: .unknownExclusion(unknown, nearest: Suggestions.nearest(to: unknown, among: known)))
            }
        }
    }

    private static func requireCodes(_ required: [String], among codes: [String], file: String) throws {
        let present = Set(codes)
        if let missing = required.first(where: { !present.contains($0) }) {
            throw CatalogueError(file: file, problem: .missingRequiredCode(missing))
        }
    }
}

/// Remembers the codes seen so far in one file and where, to report a duplicate
/// together with the line of its first use.
struct CatalogueCodeRegister {
    let file: String
    private var firstLines: [String: Int?] = [:]

    init(file: String) { self.file = file }

    mutating func register(_ code: String, reader: CatalogueNodeReader) throws {
        if let firstLine = firstLines[code] {
            throw reader.error(.duplicateCode(code, firstLine: firstLine), line: reader.lineOf("code"))
        }
        firstLines[code] = reader.lineOf("code")
    }
}
