import GRDB

/// The workspace database's shape, one migration per change, applied in order when the
/// server starts. A migration is never edited once released: a change is a new one, so
/// a database made by any earlier version opens in a later one.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 accounts, sessions, cases, versions, approvals, audit") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    display_name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('case-manager', 'service-lead', 'administrator')),
                    disabled INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE session (
                    token_hash TEXT PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    expires_at TEXT NOT NULL
                );
                CREATE TABLE case_record (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    reference TEXT NOT NULL UNIQUE,
                    owner_id INTEGER NOT NULL REFERENCES account(id),
                    draft BLOB NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE case_share (
                    case_id INTEGER NOT NULL REFERENCES case_record(id) ON DELETE CASCADE,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    PRIMARY KEY (case_id, account_id)
                );
                CREATE TABLE issued_version (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES case_record(id),
                    number INTEGER NOT NULL,
                    case_file BLOB NOT NULL,
                    sha256 TEXT NOT NULL,
                    issue_date TEXT NOT NULL,
                    issued_at TEXT NOT NULL,
                    issued_by INTEGER NOT NULL REFERENCES account(id),
                    issued_to TEXT NOT NULL,
                    templates_version TEXT NOT NULL,
                    approved_at TEXT,
                    approval_method TEXT,
                    approval_recorded_by INTEGER REFERENCES account(id),
                    UNIQUE (case_id, number)
                );
                CREATE TABLE issued_document (
                    version_id INTEGER NOT NULL REFERENCES issued_version(id),
                    kind TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    pdf BLOB NOT NULL,
                    PRIMARY KEY (version_id, kind)
                );
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    account_id INTEGER REFERENCES account(id),
                    action TEXT NOT NULL,
                    case_id INTEGER REFERENCES case_record(id),
                    detail TEXT NOT NULL
                );
                CREATE INDEX audit_by_case ON audit(case_id, id);
                -- Issued versions and the audit log are never changed or removed.
                CREATE TRIGGER issued_version_frozen BEFORE UPDATE OF case_file, sha256, number, issue_date, issued_at, issued_by,
                    issued_to, templates_version ON issued_version
                    BEGIN SELECT RAISE(ABORT, 'an issued version cannot be changed'); END;
                CREATE TRIGGER issued_version_kept BEFORE DELETE ON issued_version
                    BEGIN SELECT RAISE(ABORT, 'an issued version cannot be removed'); END;
                CREATE TRIGGER issued_document_frozen BEFORE UPDATE ON issued_document
                    BEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed'); END;
                CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
                CREATE TRIGGER audit_kept BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
                """)
        }
        return migrator
    }
}
