/// One line of the audit log: who did what to which case, when. It names actions and
/// references, never health details, so the log can be read by whoever audits access.
public struct AuditEntry: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        case signIn = "sign-in"
        case signInFailed = "sign-in-failed"
        case signOut = "sign-out"
        case view
        case create
        case change
        case export
        case issue
        case approve
        case download
        case share
        case accountCreated = "account-created"
        case accountDisabled = "account-disabled"
        case caseloadViewed = "caseload-viewed"
    }

    public var at: String
    public var accountID: Int64?
    public var action: Action
    public var caseID: Int64?
    /// A short note without health data: a version number, a document kind, a username.
    public var detail: String

    public init(at: String, accountID: Int64?, action: Action, caseID: Int64?, detail: String = "") {
        self.at = at
        self.accountID = accountID
        self.action = action
        self.caseID = caseID
        self.detail = detail
    }
}
