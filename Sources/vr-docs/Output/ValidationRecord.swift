import Foundation
import PlanBuilder

/// One file's result from `validate --json`, for case-management systems and scripts:
/// every problem with its line, column, field, what is wrong and the fix, as the
/// terminal shows them. The output's `format_version` changes only when a key changes
/// meaning or is removed.
struct ValidationRecord: Encodable, Sendable {
    struct Problem: Encodable, Sendable {
        var line: Int?
        var column: Int?
        var field: String
        var problem: String
        var fix: String?
    }

    var file: String
    var valid: Bool
    var reference: String?
    var weeks: Int?
    /// Problems that make the file invalid (the reader's).
    var problems: [Problem] = []
    /// Why the plan cannot be met, each with what resolves it.
    var conflicts: [Problem] = []
    /// Employer-bound fields left out as health information (named, never quoted).
    var warnings: [Problem] = []

    static func problem(_ issue: CaseFileIssue) -> Problem {
        Problem(line: issue.location?.line, column: issue.location?.column, field: issue.path, problem: issue.problem, fix: issue.fix)
    }

    static func conflict(_ conflict: PlanConflict, at location: SourceLocation?) -> Problem {
        Problem(line: location?.line, column: location?.column, field: conflict.field, problem: conflict.problem, fix: conflict.resolution)
    }
}

/// The whole `validate --json` answer.
struct ValidationReport: Encodable {
    static let formatVersion = 1
    var formatVersion = ValidationReport.formatVersion
    var files: [ValidationRecord]
    var valid: Int
    var invalid: Int

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// One case file's result in `batch --json`: whether all its documents were written,
/// which files, and the messages the terminal would show (errors make it fail; warnings
/// name employer-bound fields left out as health information).
struct BatchRecord: Encodable, Sendable {
    var file: String
    var ok = true
    var written: [String] = []
    var errors: [String] = []
    var warnings: [String] = []
}

/// The whole `batch --json` answer; `format_version` as in `validate --json`.
struct BatchReport: Encodable {
    var formatVersion = ValidationReport.formatVersion
    var documents: Int
    var rendered: Int
    var failed: Int
    var files: [BatchRecord]

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
