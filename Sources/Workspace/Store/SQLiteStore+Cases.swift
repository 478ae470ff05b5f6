import Foundation
import GRDB

/// Cases, their drafts and their issued versions.
extension SQLiteStore {
    public func createCase(reference: String, ownerID: Int64, draft: [UInt8], at: String) throws(StoreError) -> StoredCase {
        do {
            return try pool(write: { db in
                try db.execute(sql: "INSERT INTO case_record (reference, owner_id, draft, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [reference, ownerID, Data(draft), at, at])
                return StoredCase(id: db.lastInsertedRowID, reference: reference, ownerID: ownerID, draft: draft, updatedAt: at)
            })
        } catch {
            if Self.isUniqueViolation(error) { throw .referenceTaken(reference) }
            throw .database("\(error)")
        }
    }

    public func storedCase(id: Int64) throws(StoreError) -> StoredCase? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE id = ?", arguments: [id]).map(Self.storedCase) }
    }

    public func cases(visibleTo accountID: Int64) throws(StoreError) -> [StoredCase] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM case_record WHERE owner_id = ?
                   OR id IN (SELECT case_id FROM case_share WHERE account_id = ?)
                ORDER BY reference
                """, arguments: [accountID, accountID]).map(Self.storedCase)
        }
    }

    public func allCases() throws(StoreError) -> [StoredCase] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM case_record ORDER BY reference").map(Self.storedCase) }
    }

    public func mayRead(caseID: Int64, accountID: Int64) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM case_record WHERE id = ? AND owner_id = ?)
                    OR EXISTS (SELECT 1 FROM case_share WHERE case_id = ? AND account_id = ?)
                """, arguments: [caseID, accountID, caseID, accountID]) ?? false
        }
    }

    public func updateDraft(caseID: Int64, reference: String, draft: [UInt8], at: String) throws(StoreError) {
        do {
            try pool(write: { db in
                try db.execute(sql: "UPDATE case_record SET reference = ?, draft = ?, updated_at = ? WHERE id = ?",
                               arguments: [reference, Data(draft), at, caseID])
            })
        } catch {
            if Self.isUniqueViolation(error) { throw .referenceTaken(reference) }
            throw .database("\(error)")
        }
    }

    public func share(caseID: Int64, with accountID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO case_share (case_id, account_id) VALUES (?, ?)", arguments: [caseID, accountID])
        }
    }

    public func issue(_ version: IssuedVersion) throws(StoreError) -> IssuedVersion {
        try write { db in
            // The number is taken inside the same transaction as the insert, so two
            // issues at once cannot both be version 2.
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM issued_version WHERE case_id = ?", arguments: [version.caseID]) ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO issued_version (case_id, number, case_file, sha256, issue_date, issued_at, issued_by, issued_to, templates_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [version.caseID, number, Data(version.caseFile), version.sha256, version.issueDate, version.issuedAt,
                                 version.issuedBy, version.issuedTo, version.templatesVersion])
            var stored = version
            stored.id = db.lastInsertedRowID
            stored.number = number
            for document in version.documents {
                try db.execute(sql: "INSERT INTO issued_document (version_id, kind, file_name, sha256, pdf) VALUES (?, ?, ?, ?, ?)",
                               arguments: [stored.id, document.kind, document.fileName, document.sha256, Data(document.pdf)])
            }
            try Self.insert(AuditEntry(at: version.issuedAt, accountID: version.issuedBy, action: .issue, caseID: version.caseID,
                                       detail: "version \(number) to \(version.issuedTo)"), into: db)
            return stored
        }
    }

    public func versions(caseID: Int64) throws(StoreError) -> [IssuedVersion] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM issued_version WHERE case_id = ? ORDER BY number", arguments: [caseID]).map { row in
                let id: Int64 = row["id"]
                let documents = try Row.fetchAll(db, sql: "SELECT * FROM issued_document WHERE version_id = ? ORDER BY kind", arguments: [id]).map { doc in
                    IssuedDocument(kind: doc["kind"], fileName: doc["file_name"], sha256: doc["sha256"], pdf: [UInt8](doc["pdf"] as Data))
                }
                var approval: ClientApproval?
                if let at: String = row["approved_at"] {
                    approval = ClientApproval(approvedAt: at, method: row["approval_method"] ?? "", recordedBy: row["approval_recorded_by"] ?? 0)
                }
                return IssuedVersion(id: id, caseID: row["case_id"], number: row["number"], caseFile: [UInt8](row["case_file"] as Data),
                                     sha256: row["sha256"], issueDate: row["issue_date"], issuedAt: row["issued_at"], issuedBy: row["issued_by"],
                                     issuedTo: row["issued_to"], templatesVersion: row["templates_version"], documents: documents, approval: approval)
            }
        }
    }

    public func recordApproval(_ approval: ClientApproval, versionID: Int64) throws(StoreError) {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT case_id, number, approved_at FROM issued_version WHERE id = ?", arguments: [versionID]) else {
                throw StoreError.notFound("Version")
            }
            if (row["approved_at"] as String?) != nil { throw StoreError.alreadyApproved(version: row["number"]) }
            try db.execute(sql: "UPDATE issued_version SET approved_at = ?, approval_method = ?, approval_recorded_by = ? WHERE id = ?",
                           arguments: [approval.approvedAt, approval.method, approval.recordedBy, versionID])
            try Self.insert(AuditEntry(at: approval.approvedAt, accountID: approval.recordedBy, action: .approve, caseID: row["case_id"],
                                       detail: "version \(row["number"] as Int) \(approval.method)"), into: db)
        }
    }

    private static func storedCase(_ row: Row) -> StoredCase {
        StoredCase(id: row["id"], reference: row["reference"], ownerID: row["owner_id"], draft: [UInt8](row["draft"] as Data),
                   updatedAt: row["updated_at"])
    }
}
