import Documents

/// Why the workspace refused something, in words for the person at the screen.
public enum WorkspaceError: Error, CustomStringConvertible {
    /// Not this account's to see or do (another case manager's case, a role without access).
    case forbidden
    case notFound(String)
    /// The case file cannot be read: every problem, each with its line and fix.
    case invalidCaseFile([CaseMessage])
    /// The case file reads but its plan cannot be met, or its documents cannot be made.
    case cannotIssue([CaseMessage])
    /// An employer document before the client has approved the version.
    case awaitingApproval
    /// Something the person can put right, said in a sentence.
    case refused(String)
    case store(StoreError)

    public var description: String {
        switch self {
        case .forbidden: return "You do not have access to this."
        case .notFound(let what): return "\(what) was not found."
        case .invalidCaseFile(let messages): return "The case file has problems:\n" + messages.map(\.withinFile).joined(separator: "\n")
        case .cannotIssue(let messages): return "The documents cannot be issued:\n" + messages.map(\.withinFile).joined(separator: "\n")
        case .awaitingApproval: return "The client has not yet approved this version, so the employer's documents are held back. Record the client's approval first."
        case .refused(let problem): return problem
        case .store(let error): return error.description
        }
    }
}
