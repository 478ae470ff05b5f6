import Foundation
import GRDB

/// The workspace in one SQLite file: opened in WAL mode (readers never wait for the
/// writer, and a crash loses no committed change), migrated on open, every method one
/// transaction. The one owner of the database handle.
public final class SQLiteStore: WorkspaceStore {
    private let pool: DatabasePool

    /// Opens the database at `path`, creating it (and its tables) on first use.
    public init(path: String) throws(StoreError) {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(5)
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(pool)
        } catch {
            throw .database("\(path): \(error)")
        }
    }

    /// Runs `body`, turning a database error into a `StoreError`.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try run { try pool.write(body) }
    }

    /// A write whose errors the caller inspects itself (a unique key taken).
    func pool<T>(write body: (Database) throws -> T) throws -> T {
        try pool.write(body)
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try run { try pool.read(body) }
    }

    static func isUniqueViolation(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
    }

    // MARK: Accounts

    public func createAccount(username: String, displayName: String, passwordHash: String, role: Role, at: String) throws(StoreError) -> Account {
        do {
            return try pool.write { db in
                try db.execute(sql: "INSERT INTO account (username, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [username, displayName, passwordHash, role.rawValue, at])
                return Account(id: db.lastInsertedRowID, username: username, displayName: displayName, role: role)
            }
        } catch {
            if Self.isUniqueViolation(error) { throw .usernameTaken(username) }
            throw .database("\(error)")
        }
    }

    public func account(id: Int64) throws(StoreError) -> Account? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]).map(Self.account) }
    }

    public func credentials(username: String) throws(StoreError) -> (account: Account, passwordHash: String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE username = ?", arguments: [username]).map { row in
                (Self.account(row), row["password_hash"] as String)
            }
        }
    }

    public func accounts() throws(StoreError) -> [Account] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY username").map(Self.account) }
    }

    public func setDisabled(_ disabled: Bool, accountID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, accountID])
            // A disabled account is signed out everywhere at once.
            if disabled { try db.execute(sql: "DELETE FROM session WHERE account_id = ?", arguments: [accountID]) }
        }
    }

    private static func account(_ row: Row) -> Account {
        Account(id: row["id"], username: row["username"], displayName: row["display_name"],
                role: Role(rawValue: row["role"]) ?? .caseManager, disabled: row["disabled"])
    }

    // MARK: Sessions

    public func createSession(_ session: StoredSession) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT INTO session (token_hash, account_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [session.tokenHash, session.accountID, session.csrfToken, session.expiresAt])
        }
    }

    public func session(tokenHash: String) throws(StoreError) -> StoredSession? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session WHERE token_hash = ?", arguments: [tokenHash]).map { row in
                StoredSession(tokenHash: row["token_hash"], accountID: row["account_id"], csrfToken: row["csrf_token"], expiresAt: row["expires_at"])
            }
        }
    }

    public func deleteSession(tokenHash: String) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func deleteExpiredSessions(before: String) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE expires_at < ?", arguments: [before]) }
    }

    // MARK: Audit and backup

    public func record(_ entry: AuditEntry) throws(StoreError) {
        try write { db in try Self.insert(entry, into: db) }
    }

    static func insert(_ entry: AuditEntry, into db: Database) throws {
        try db.execute(sql: "INSERT INTO audit (at, account_id, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [entry.at, entry.accountID, entry.action.rawValue, entry.caseID, entry.detail])
    }

    public func auditLog(caseID: Int64?) throws(StoreError) -> [AuditEntry] {
        try read { db in
            let rows = caseID == nil
                ? try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id")
                : try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE case_id = ? ORDER BY id", arguments: [caseID])
            return rows.map { row in
                AuditEntry(at: row["at"], accountID: row["account_id"], action: AuditEntry.Action(rawValue: row["action"]) ?? .view,
                           caseID: row["case_id"], detail: row["detail"])
            }
        }
    }

    public func backup(to path: String) throws(StoreError) {
        try run {
            // SQLite's online backup: a consistent copy while others keep writing.
            let destination = try DatabaseQueue(path: path)
            try pool.backup(to: destination)
        }
    }
}
