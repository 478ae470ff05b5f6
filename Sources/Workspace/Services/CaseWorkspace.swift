import Documents
import PlanBuilder

/// The workspace's rules in one place, whatever asks (a web page, a test, the command
/// line): who may see and change what, every view and change written to the audit log,
/// case files read and planned by the same reader and planner as `vr-docs validate`.
public final class CaseWorkspace: Sendable {
    public let store: any WorkspaceStore
    public let documents: DocumentService
    public let clock: WorkspaceClock
    public let passwords: Passwords
    /// Recorded with every issued version (`TemplatesFingerprint`).
    public let templatesVersion: String
    /// A real hash checked when a username does not exist, so that answer takes as long
    /// as a wrong password and does not tell which usernames exist.
    private let decoyHash: String

    public init(store: any WorkspaceStore, documents: DocumentService, clock: WorkspaceClock = WorkspaceClock(),
                passwords: Passwords = Passwords(), templatesVersion: String) {
        self.store = store
        self.documents = documents
        self.clock = clock
        self.passwords = passwords
        self.templatesVersion = templatesVersion
        decoyHash = passwords.hash(SessionTokens.random())
    }

    func attempt<T>(_ body: () throws(StoreError) -> T) throws(WorkspaceError) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    func audit(_ action: AuditEntry.Action, by account: Account?, caseID: Int64? = nil, detail: String = "") throws(WorkspaceError) {
        try attempt { () throws(StoreError) in
            try store.record(AuditEntry(at: clock.timestamp, accountID: account?.id, action: action, caseID: caseID, detail: detail))
        }
    }

    // MARK: Accounts

    /// `by` is nil only for the first administrator, made from the command line.
    public func createAccount(username: String, displayName: String, password: String, role: Role, by creator: Account?) throws(WorkspaceError) -> Account {
        if let creator, !creator.role.mayManageAccounts { throw .forbidden }
        if let problem = Passwords.problem(with: password) { throw .refused(problem) }
        let name = username.trimmingSpaces
        guard !name.isEmpty, name.count <= 64, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }) else {
            throw .refused("A username is 1 to 64 letters, digits, dots, dashes, underscores or @.")
        }
        let account = try attempt { () throws(StoreError) in
            try store.createAccount(username: name, displayName: displayName.trimmingSpaces.isEmpty ? name : displayName.trimmingSpaces,
                                    passwordHash: passwords.hash(password), role: role, at: clock.timestamp)
        }
        try audit(.accountCreated, by: creator, detail: "\(name) as \(role.rawValue)")
        return account
    }

    /// The account when the password is right and the account is in use; every attempt
    /// is in the audit log (the username only, never the password).
    public func signIn(username: String, password: String) throws(WorkspaceError) -> Account? {
        let found = try attempt { () throws(StoreError) in try store.credentials(username: username.trimmingSpaces) }
        let hash = found?.passwordHash ?? decoyHash
        let matches = passwords.verify(password, hash: hash)
        guard let found, matches, !found.account.disabled else {
            try audit(.signInFailed, by: found?.account, detail: String(username.prefix(64)))
            return nil
        }
        try audit(.signIn, by: found.account)
        return found.account
    }

    public func disable(accountID: Int64, by administrator: Account) throws(WorkspaceError) {
        guard administrator.role.mayManageAccounts else { throw .forbidden }
        guard accountID != administrator.id else { throw .refused("You cannot disable your own account.") }
        try attempt { () throws(StoreError) in try store.setDisabled(true, accountID: accountID) }
        try audit(.accountDisabled, by: administrator, detail: "account \(accountID)")
    }

    public func accounts(by administrator: Account) throws(WorkspaceError) -> [Account] {
        guard administrator.role.mayManageAccounts else { throw .forbidden }
        return try attempt { () throws(StoreError) in try store.accounts() }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
