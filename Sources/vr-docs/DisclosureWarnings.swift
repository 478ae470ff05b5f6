import Documents
import PlanBuilder

/// The warning given to the case manager for each employer-bound field left out because
/// it reads as health information, in the `file:line:column: field:` form of every other
/// message. It names the field only: repeating the words would put the health
/// information into a terminal log or a batch report.
enum DisclosureWarnings {
    static func lines(_ file: String, caseFile: CaseFile, engine: DocumentEngine) -> [String] {
        let paths = engine.disclosureWarnings(for: caseFile).enumerated().sorted { lhs, rhs in
            let left = caseFile.locations[lhs.element], right = caseFile.locations[rhs.element]
            return (left?.line ?? 0, left?.column ?? 0, lhs.offset) < (right?.line ?? 0, right?.column ?? 0, rhs.offset)
        }.map(\.element)
        return paths.map { path in
            let place = caseFile.locations[path].map { "\($0): " } ?? "\(file): "
            return "\(place)\(path): reads as health information the client has not agreed to share "
                + "(consent.disclose_diagnosis is not true), so employer documents leave it out. "
                + "Reword it to say only what the employer needs to know or do."
        }
    }
}
