import Foundation
import GRDB
import XCTest
import Documents
import PlanBuilder
import Workspace

/// Drafts, issued versions, approval, comparison and the audit log.
final class CaseVersionTests: XCTestCase {
    private func manager(_ workspace: CaseWorkspace) throws -> Account {
        let admin = try workspace.createAccount(username: "admin", displayName: "", password: "correct horse battery", role: .administrator, by: nil)
        return try workspace.createAccount(username: "morag", displayName: "Morag", password: "correct horse battery", role: .caseManager, by: admin)
    }

    func testACaseFileRoundTripsByteForByte() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let morag = try manager(workspace)
        for name in ["back-pain-admin.yaml", "cancer-shift-worker.yaml"] {
            let bytes = try WorkspaceTestSupport.example(name)
            let stored = try workspace.importCase(bytes, by: morag)
            try workspace.saveDraft(stored.id, text: bytes, by: morag)
            XCTAssertEqual(try workspace.exportCase(stored.id, by: morag).draft, bytes, name)
        }
        XCTAssertThrowsError(try workspace.importCase(try WorkspaceTestSupport.example("back-pain-admin.yaml"), by: morag)) { error in
            XCTAssertTrue("\(error)".contains("already a case VR-2026-0147"), "\(error)")
        }
        XCTAssertThrowsError(try workspace.importCase(Array("format: 1\nclient: {name: A}\n".utf8), by: morag)) { error in
            guard case WorkspaceError.invalidCaseFile(let messages) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(messages.contains { $0.text.contains("case") }, "\(messages)")
        }
    }

    func testIssuingFreezesTheTextRendersEveryDocumentAndHoldsEmployerDocumentsUntilApproved() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let morag = try manager(workspace)
        let bytes = try WorkspaceTestSupport.example("back-pain-admin.yaml")
        let stored = try workspace.importCase(bytes, by: morag)
        let version = try workspace.issue(stored.id, issuedTo: "Northside Housing Association", issueDate: "2026-02-27", by: morag)
        XCTAssertEqual(version.number, 1)
        XCTAssertEqual(version.sha256, SHA256.hex(bytes))
        // The example's review of 13 March is not issued on 27 February: it had not happened.
        XCTAssertEqual(Set(version.documents.map(\.kind)), ["rtw-plan", "employer-report", "client-copy"])
        XCTAssertTrue(try workspace.reRendersIdentically(version), "an issued version re-renders to the same bytes")
        // The draft changes afterwards; the issued text does not.
        let changed = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "start_hours_per_day: 4", with: "start_hours_per_day: 3").utf8)
        XCTAssertNotEqual(changed, bytes)
        try workspace.saveDraft(stored.id, text: changed, by: morag)
        XCTAssertEqual(try workspace.versions(stored.id, by: morag)[0].caseFile, bytes)

        XCTAssertThrowsError(try workspace.issuedDocument(stored.id, version: 1, kind: "employer-report", by: morag)) { error in
            guard case WorkspaceError.awaitingApproval = error else { return XCTFail("\(error)") }
        }
        XCTAssertNoThrow(try workspace.issuedDocument(stored.id, version: 1, kind: "client-copy", by: morag))
        try workspace.approve(stored.id, version: 1, method: "in person", by: morag)
        XCTAssertThrowsError(try workspace.approve(stored.id, version: 1, method: "by phone", by: morag), "approval is recorded once")
        let report = try workspace.issuedDocument(stored.id, version: 1, kind: "employer-report", by: morag)
        XCTAssertTrue(report.pdf.starts(with: Array("%PDF-".utf8)))

        let second = try workspace.issue(stored.id, issuedTo: "Northside Housing Association", issueDate: "2026-03-06", by: morag)
        XCTAssertEqual(second.number, 2)
        XCTAssertNil(second.approval, "each version needs its own approval")
        let comparison = try XCTUnwrap(VersionComparison(before: workspace.check(bytes), after: workspace.check(changed),
                                                         catalogue: WorkspaceTestSupport.engine.catalogue))
        XCTAssertFalse(comparison.weekChanges.isEmpty, "starting at 3 h a day changes the weeks")
        XCTAssertTrue(comparison.weekChanges[0].after?.replacingOccurrences(of: "\u{00A0}", with: " ").contains("Mon 3 h, Thu 3 h (6 h)") == true, "\(comparison.weekChanges[0])")
        XCTAssertTrue(try XCTUnwrap(VersionComparison(before: workspace.check(bytes), after: workspace.check(bytes),
                                                      catalogue: WorkspaceTestSupport.engine.catalogue)).isEmpty)

        let log = try workspace.store.auditLog(caseID: stored.id).map(\.action)
        XCTAssertEqual(log.filter { $0 == .issue }.count, 2)
        XCTAssertTrue(log.contains(.approve) && log.contains(.change) && log.contains(.download) && log.contains(.create))
        XCTAssertFalse(try workspace.store.auditLog(caseID: nil).contains { $0.detail.lowercased().contains("back") },
                       "the audit log carries no health details")
    }

    func testIssuedVersionsAndTheAuditLogCannotBeChangedAndABrokenIssueLeavesNothing() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let morag = try manager(workspace)
        let stored = try workspace.importCase(try WorkspaceTestSupport.example("back-pain-admin.yaml"), by: morag)
        let version = try workspace.issue(stored.id, issuedTo: "Employer", issueDate: "2026-02-27", by: morag)
        let database = try DatabaseQueue(path: folder.appendingPathComponent("workspace.sqlite").path)
        XCTAssertThrowsError(try database.write { try $0.execute(sql: "UPDATE issued_version SET case_file = x'00'") })
        XCTAssertThrowsError(try database.write { try $0.execute(sql: "DELETE FROM issued_version") })
        XCTAssertThrowsError(try database.write { try $0.execute(sql: "DELETE FROM audit") })
        // Two documents of the same kind break the second insert: the version goes too.
        var broken = version
        broken.documents.append(version.documents[0])
        XCTAssertThrowsError(try workspace.store.issue(broken))
        XCTAssertEqual(try workspace.store.versions(caseID: stored.id).count, 1, "a failed issue leaves no version behind")
    }

    func testBackupIsAWholeWorkingCopy() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let morag = try manager(workspace)
        let stored = try workspace.importCase(try WorkspaceTestSupport.example("cancer-shift-worker.yaml"), by: morag)
        _ = try workspace.issue(stored.id, issuedTo: "Riverside Care Homes", issueDate: "2026-03-06", by: morag)
        let copy = folder.appendingPathComponent("backup.sqlite").path
        try workspace.store.backup(to: copy)
        let restored = try SQLiteStore(path: copy)
        XCTAssertEqual(try restored.allCases().map(\.reference), ["VR-2026-0212"])
        XCTAssertEqual(try restored.versions(caseID: stored.id).first?.documents.count, 3)
    }

    func testDueAcrossTheWorkspace() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let morag = try manager(workspace)
        _ = try workspace.importCase(try WorkspaceTestSupport.example("cancer-shift-worker.yaml"), by: morag)
        let due = try workspace.due(for: morag, today: LocalDate(iso: "2026-03-16")!, within: 7)
        XCTAssertEqual(due.map(\.item.description), ["Review (week 2)"])
    }
}
