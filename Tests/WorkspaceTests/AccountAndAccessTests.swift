import XCTest
import Workspace

/// Accounts, passwords and who may see what.
final class AccountAndAccessTests: XCTestCase {
    func testPasswordsAreHashedAndSignInChecksThemAndTheAccount() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let admin = try workspace.createAccount(username: "admin", displayName: "Admin", password: "correct horse battery", role: .administrator, by: nil)
        let manager = try workspace.createAccount(username: "morag", displayName: "Morag Campbell", password: "staple paper river", role: .caseManager, by: admin)
        let stored = try XCTUnwrap(try workspace.store.credentials(username: "morag"))
        XCTAssertTrue(stored.passwordHash.hasPrefix("$2"), "a bcrypt hash")
        XCTAssertFalse(stored.passwordHash.contains("staple"))
        XCTAssertEqual(try workspace.signIn(username: "morag", password: "staple paper river"), manager)
        XCTAssertNil(try workspace.signIn(username: "morag", password: "staple paper rivet"))
        XCTAssertNil(try workspace.signIn(username: "nobody", password: "staple paper river"))
        try workspace.disable(accountID: manager.id, by: admin)
        XCTAssertNil(try workspace.signIn(username: "morag", password: "staple paper river"), "a disabled account cannot sign in")
        let actions = try workspace.store.auditLog(caseID: nil).map(\.action)
        XCTAssertEqual(actions.filter { $0 == .signInFailed }.count, 3)
        XCTAssertFalse(try workspace.store.auditLog(caseID: nil).contains { $0.detail.contains("staple") }, "no password in the log")
    }

    func testAccountRules() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let admin = try workspace.createAccount(username: "admin", displayName: "", password: "correct horse battery", role: .administrator, by: nil)
        XCTAssertThrowsError(try workspace.createAccount(username: "short", displayName: "", password: "tooshort", role: .caseManager, by: admin))
        XCTAssertThrowsError(try workspace.createAccount(username: "ADMIN", displayName: "", password: "correct horse battery", role: .caseManager, by: admin)) { error in
            XCTAssertTrue("\(error)".contains("already an account"), "\(error)")
        }
        let lead = try workspace.createAccount(username: "lead", displayName: "", password: "correct horse battery", role: .serviceLead, by: admin)
        XCTAssertThrowsError(try workspace.createAccount(username: "x", displayName: "", password: "correct horse battery", role: .caseManager, by: lead),
                             "only an administrator makes accounts")
    }

    func testOnlyTheOwnerAndThoseItIsSharedWithReadACase() throws {
        let (workspace, folder) = try WorkspaceTestSupport.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let admin = try workspace.createAccount(username: "admin", displayName: "", password: "correct horse battery", role: .administrator, by: nil)
        let morag = try workspace.createAccount(username: "morag", displayName: "", password: "correct horse battery", role: .caseManager, by: admin)
        let ciaran = try workspace.createAccount(username: "ciaran", displayName: "", password: "correct horse battery", role: .caseManager, by: admin)
        let lead = try workspace.createAccount(username: "lead", displayName: "", password: "correct horse battery", role: .serviceLead, by: admin)
        let stored = try workspace.importCase(try WorkspaceTestSupport.example("back-pain-admin.yaml"), by: morag)
        XCTAssertThrowsError(try workspace.openCase(stored.id, by: ciaran))
        XCTAssertThrowsError(try workspace.openCase(stored.id, by: lead), "a service lead sees figures, not cases")
        XCTAssertThrowsError(try workspace.openCase(stored.id, by: admin), "an administrator sees accounts, not cases")
        XCTAssertEqual(try workspace.cases(for: ciaran), [])
        try workspace.share(stored.id, withUsername: "ciaran", by: morag)
        XCTAssertEqual(try workspace.openCase(stored.id, by: ciaran).reference, "VR-2026-0147")
    }
}
