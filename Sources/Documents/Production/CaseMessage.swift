import PlanBuilder

/// One thing a case manager is told about a case file, in the one form every command
/// prints: `file:line:column: field: problem. fix`. Made only here, from the reader's
/// issues, the planner's conflicts, a document's needs and the health-text screen, so
/// that render, batch, validate and a server word the same problem the same way.
public struct CaseMessage: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: Sendable { case error, warning }

    public let severity: Severity
    /// The case file as the user named it.
    public let file: String
    public let location: SourceLocation?
    /// `field: problem. fix`, without the place.
    public let text: String

    /// `case.yaml:12:3: plan.weeks: ...`, or `case.yaml: ...` when there is no line.
    public var description: String { "\(location.map { "\($0)" } ?? file): \(text)" }

    /// Within one file's entry (a batch summary): `line 12: plan.weeks: ...`.
    public var withinFile: String { location.map { "line \($0.line): \(text)" } ?? text }

    /// A problem the reader found.
    public static func issue(_ issue: CaseFileIssue, file: String) -> CaseMessage {
        var text = issue.description
        if let location = issue.location, text.hasPrefix("\(location): ") { text.removeFirst("\(location): ".count) }
        return CaseMessage(severity: .error, file: file, location: issue.location, text: text)
    }

    /// A plan that cannot be met, pointing at the field to change.
    public static func conflict(_ conflict: PlanConflict, caseFile: CaseFile, file: String) -> CaseMessage {
        CaseMessage(severity: .error, file: file, location: caseFile.locations[conflict.field],
                    text: "\(conflict.field): the plan cannot be met: \(conflict.problem) \(conflict.resolution)")
    }

    /// A document this case file has too little for.
    static func unsupported(_ kind: DocumentKind, file: String) -> CaseMessage {
        let needs: String
        switch kind {
        case .review: needs = "a reviews section"
        case .employerReport: needs = "a plan section or a fitness recommendation (assessment.fitness)"
        case .rtwPlan, .clientCopy: needs = "a plan section"
        }
        return CaseMessage(severity: .error, file: file, location: nil, text: "a \(kind.rawValue) needs \(needs); this case file has none.")
    }

    /// No document at all can be made.
    static func nothingToRender(file: String) -> CaseMessage {
        CaseMessage(severity: .error, file: file, location: nil,
                    text: "nothing to render: documents need a plan section, a fitness recommendation "
                        + "(assessment.fitness) or reviews, and this case file has none of them.")
    }

    /// Something to look at before issuing (`CaseWarning`): screened employer-bound text,
    /// advice that disagrees with the plan.
    public static func warning(_ warning: CaseWarning, caseFile: CaseFile, file: String) -> CaseMessage {
        CaseMessage(severity: .warning, file: file, location: caseFile.locations[warning.field],
                    text: "\(warning.field): \(warning.problem). \(warning.fix)")
    }
}
