import Documents
import PlanBuilder

/// Checks one case file and its plan without printing, so that many files can be checked
/// at once and their results printed in order. The messages are those `CaseLoading`
/// prints for a single file: `file:line:column: field: problem`.
struct FileValidation: Sendable {
    let engine: DocumentEngine

    struct Outcome: Sendable {
        /// Every problem, for standard error.
        var problems: [String]
        /// `case.yaml: valid (VR-2026-0147), a 6-week plan`; nil when the file is invalid.
        var summary: String?
        /// Employer-bound fields left out as health information, for standard error.
        var warnings: [String] = []
    }

    func check(_ path: String) -> Outcome {
        let caseFile: CaseFile
        do {
            caseFile = try engine.reader.read(path: path)
        } catch {
            return Outcome(problems: error.issues.map { $0.location == nil ? "\(path): \($0)" : $0.description }, summary: nil)
        }
        do {
            var summary = "\(path): valid (\(caseFile.caseInfo.reference))"
            if let schedule = try engine.schedule(for: caseFile) { summary += ", a \(schedule.weeks.count)-week plan" }
            return Outcome(problems: [], summary: summary,
                           warnings: DisclosureWarnings.lines(path, caseFile: caseFile, engine: engine))
        } catch {
            return Outcome(problems: error.conflicts.map { conflict in
                let place = caseFile.locations[conflict.field].map { "\($0): " } ?? "\(path): "
                return "\(place)\(conflict.field): the plan cannot be met: \(conflict.problem) \(conflict.resolution)"
            }, summary: nil)
        }
    }
}
