/// Everything the workspace keeps, behind one protocol so that the SQLite file a single
/// case manager starts with can later be a shared PostgreSQL database for a service
/// whose staff outgrow one machine (see the README). Every method is one transaction:
/// it happens whole or not at all.
public protocol WorkspaceStore: Sendable {
    // Accounts
    func createAccount(username: String, displayName: String, passwordHash: String, role: Role, at: String) throws(StoreError) -> Account
    func account(id: Int64) throws(StoreError) -> Account?
    /// The account and its bcrypt hash, for signing in.
    func credentials(username: String) throws(StoreError) -> (account: Account, passwordHash: String)?
    func accounts() throws(StoreError) -> [Account]
    func setDisabled(_ disabled: Bool, accountID: Int64) throws(StoreError)

    // Sessions: only the SHA-256 of the token is kept, so a copy of the database signs no one in.
    func createSession(_ session: StoredSession) throws(StoreError)
    func session(tokenHash: String) throws(StoreError) -> StoredSession?
    func deleteSession(tokenHash: String) throws(StoreError)
    func deleteExpiredSessions(before: String) throws(StoreError)

    // Cases
    func createCase(reference: String, ownerID: Int64, draft: [UInt8], at: String) throws(StoreError) -> StoredCase
    func storedCase(id: Int64) throws(StoreError) -> StoredCase?
    /// The cases an account owns or has been given, by reference.
    func cases(visibleTo accountID: Int64) throws(StoreError) -> [StoredCase]
    /// Every case's current draft: for the caseload figures and the due list.
    func allCases() throws(StoreError) -> [StoredCase]
    func mayRead(caseID: Int64, accountID: Int64) throws(StoreError) -> Bool
    func updateDraft(caseID: Int64, reference: String, draft: [UInt8], at: String) throws(StoreError)
    func share(caseID: Int64, with accountID: Int64) throws(StoreError)

    // Issued versions
    /// Stores a version and its documents with the next number, or nothing at all.
    func issue(_ version: IssuedVersion) throws(StoreError) -> IssuedVersion
    func versions(caseID: Int64) throws(StoreError) -> [IssuedVersion]
    func recordApproval(_ approval: ClientApproval, versionID: Int64) throws(StoreError)

    // Audit
    func record(_ entry: AuditEntry) throws(StoreError)
    func auditLog(caseID: Int64?) throws(StoreError) -> [AuditEntry]

    /// A consistent copy of the whole store at `path`, taken while the server runs.
    func backup(to path: String) throws(StoreError)
}

/// A signed-in browser: whose it is, its CSRF token, and when it stops working.
public struct StoredSession: Sendable, Equatable {
    public var tokenHash: String
    public var accountID: Int64
    public var csrfToken: String
    public var expiresAt: String

    public init(tokenHash: String, accountID: Int64, csrfToken: String, expiresAt: String) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

/// What went wrong with the store, in words a case manager (or whoever runs the
/// workspace) can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case usernameTaken(String)
    case referenceTaken(String)
    case notFound(String)
    case alreadyApproved(version: Int)
    case database(String)

    public var description: String {
        switch self {
        case .usernameTaken(let name): return "There is already an account called \(name); choose another username."
        case .referenceTaken(let reference): return "There is already a case \(reference) in the workspace; open it instead, or change case.reference."
        case .notFound(let what): return "\(what) was not found; it may have been removed."
        case .alreadyApproved(let version): return "The client's approval of version \(version) is already recorded."
        case .database(let message): return "The workspace database could not be used: \(message)"
        }
    }
}
