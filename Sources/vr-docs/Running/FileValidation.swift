import Foundation
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
        /// The same result for `validate --json`.
        var record: ValidationRecord
    }

    func check(_ path: String) -> Outcome {
        let caseFile: CaseFile
        do {
            if path == StandardStreams.name {
                caseFile = try engine.reader.read(bytes: StandardStreams.readInput(), fileName: "<stdin>",
                                                  baseDirectory: FileManager.default.currentDirectoryPath)
            } else {
                caseFile = try engine.reader.read(path: path)
            }
        } catch {
            return Outcome(problems: error.issues.map { CaseMessage.issue($0, file: path).description }, summary: nil,
                           record: ValidationRecord(file: path, valid: false, problems: error.issues.map(ValidationRecord.problem)))
        }
        do {
            var summary = "\(path): valid (\(caseFile.caseInfo.reference))"
            let schedule = try engine.schedule(for: caseFile)
            if let schedule { summary += ", a plan of \(schedule.weeks.count) week\(schedule.weeks.count == 1 ? "" : "s")" }
            var record = ValidationRecord(file: path, valid: true, reference: caseFile.caseInfo.reference, weeks: schedule?.weeks.count)
            let warnings = engine.caseWarnings(for: caseFile)
            record.warnings = warnings.map { warning in
                let place = caseFile.locations[warning.field]
                return ValidationRecord.Problem(line: place?.line, column: place?.column, field: warning.field,
                                                problem: warning.problem, fix: warning.fix)
            }
            return Outcome(problems: [], summary: summary,
                           warnings: warnings.map { CaseMessage.warning($0, caseFile: caseFile, file: path).description }, record: record)
        } catch {
            return Outcome(problems: error.conflicts.map { CaseMessage.conflict($0, caseFile: caseFile, file: path).description }, summary: nil, record: ValidationRecord(file: path, valid: false, reference: caseFile.caseInfo.reference,
                                                      conflicts: error.conflicts.map { ValidationRecord.conflict($0, at: caseFile.locations[$0.field]) }))
        }
    }
}
