import Foundation
import HTTPTypes
import Hummingbird
import XCTest
import Workspace
import WorkspaceServer

/// The workspace over HTTP: signing in, the case manager's whole round (import, preview,
/// issue, approval, download, export), who may see what, and the protections a
/// health-data system needs.
final class WorkspaceServerTests: XCTestCase {
    func testACaseManagersRoundFromImportToTheApprovedEmployerReport() async throws {
        let (app, workspace, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try WorkspaceFixture.example("back-pain-admin.yaml")
        do { let client = app
            let browser = WorkspaceBrowser(client: client)
            let r1 = try await browser.signIn("morag", WorkspaceFixture.password)
            XCTAssertEqual(r1.status, .ok)
            let imported = try await browser.post("/cases", ["case_file": caseFile])
            XCTAssertEqual(imported.status, .ok)
            XCTAssertTrue(imported.text.contains("Case VR-2026-0147"))
            XCTAssertEqual(WorkspaceBrowser.textarea("case-file", in: imported.text), caseFile, "the draft is the file as imported")
            XCTAssertTrue(imported.text.contains("<th scope=\"row\">7</th>"), "the schedule's seven weeks are previewed")

            // The preview follows an edit without saving it, and says how long it took.
            let edited = caseFile.replacingOccurrences(of: "start_hours_per_day: 4", with: "start_hours_per_day: 3")
            let preview = try await browser.post("/cases/1/preview", ["case_file": edited])
            XCTAssertTrue(preview.text.contains("Mon 3\u{00A0}h, Thu 3\u{00A0}h"), preview.text)
            XCTAssertNotNil(preview.headers[HTTPField.Name("Server-Timing")!])
            let broken = try await browser.post("/cases/1/preview", ["case_file": caseFile.replacingOccurrences(of: "start: 2026-03-02", with: "start: 2026-02-30")])
            XCTAssertTrue(broken.text.contains("<strong>Line "), "each problem beside its line: \(broken.text)")

            _ = try await browser.get("/cases/1")
            let issued = try await browser.post("/cases/1/issue", ["issued_to": "Northside Housing Association", "issue_date": "2026-02-27"])
            XCTAssertTrue(issued.text.contains("Version 1, issued 2026-02-27 to Northside Housing Association"))
            XCTAssertTrue(issued.text.contains("Issued by Morag at "), "who issued it")
            XCTAssertTrue(issued.text.contains("<td>Morag</td><td>issue</td><td>version 1 to Northside Housing Association</td>"), "the issue log")
            let waiting = try await browser.get("/due?within=0")
            XCTAssertTrue(waiting.text.contains("Client&#39;s approval of version 1") || waiting.text.contains("Client's approval of version 1"),
                          "a version waiting for the client's approval is due")
            let r2 = try await browser.get("/cases/1/versions/1/employer-report.pdf")
            XCTAssertEqual(r2.status, .unprocessableContent,
                           "held until the client approves")
            let png = try await browser.get("/cases/1/versions/1/employer-report.png")
            XCTAssertEqual(png.headers[.contentType], "image/png")
            let r3 = try await browser.get("/cases/1/versions/1/client-copy.pdf")
            XCTAssertEqual(r3.status, .ok)
            _ = try await browser.get("/cases/1")
            _ = try await browser.post("/cases/1/versions/1/approve", ["confirmed": "yes", "method": "in person"])
            let approvedDue = try await browser.get("/due?within=0")
            XCTAssertFalse(approvedDue.text.contains("approval of version 1"), "approved: no longer due")
            let report = try await browser.get("/cases/1/versions/1/employer-report.pdf")
            XCTAssertEqual(report.status, .ok)
            XCTAssertTrue(report.body.starts(with: Array("%PDF-".utf8)))
            let r4 = try await browser.get("/cases/1/export")
            XCTAssertEqual(r4.text, caseFile, "exported byte for byte")
            let r5 = try await browser.get("/cases/1/calendar.ics")
            XCTAssertTrue(r5.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        }
        let actions = try workspace.store.auditLog(caseID: 1).map(\.action)
        for action in [AuditEntry.Action.create, .view, .issue, .approve, .download, .export] {
            XCTAssertTrue(actions.contains(action), "\(action) is in the audit log")
        }
    }

    func testFormsNeedTheSessionsCSRFTokenAndCookiesAreStrict() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try WorkspaceFixture.example("cancer-shift-worker.yaml")
        do { let client = app
            let browser = WorkspaceBrowser(client: client)
            try await browser.get("/login")
            let login = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                 body: ByteBuffer(string: "username=morag&password=correct+horse+battery&login_token=forged"))
            XCTAssertEqual(login.status, .forbidden, "a sign-in form from elsewhere is refused")
            _ = try await browser.signIn("morag", WorkspaceFixture.password)
            let r6 = try await browser.post("/cases", ["case_file": caseFile, "csrf": "forged"])
            XCTAssertEqual(r6.status, .forbidden)
            let r7 = try await browser.post("/cases", ["case_file": caseFile], csrf: false)
            XCTAssertEqual(r7.status, .forbidden)
            let r8 = try await browser.post("/cases", ["case_file": caseFile])
            XCTAssertEqual(r8.status, .ok)
            let page = try await browser.get("/cases/1")
            for header in ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"] {
                XCTAssertNotNil(page.headers[HTTPField.Name(header)!], header)
            }
            XCTAssertFalse(page.headers[HTTPField.Name("Content-Security-Policy")!]!.contains("unsafe-inline"))
            XCTAssertEqual(page.headers[.cacheControl], "no-store")
            XCTAssertFalse(page.text.contains("<script>"), "no inline script")
            let huge = String(repeating: "a", count: 2_000_000)
            let r9 = try await browser.post("/cases", ["case_file": huge])
            XCTAssertEqual(r9.status, .contentTooLarge)
        }
        do { let client = app
            let response = try await client.execute(uri: "/login", method: .get)
            let cookie = try XCTUnwrap(response.headers[.setCookie])
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
        }
    }

    func testWhoMaySeeWhat() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try WorkspaceFixture.example("back-pain-admin.yaml")
        do { let client = app
            let anonymous = WorkspaceBrowser(client: client)
            let redirected = try await anonymous.get("/cases/1")
            XCTAssertTrue(redirected.text.contains("<h1>Sign in</h1>"), "signed out: the sign-in page")
            let morag = WorkspaceBrowser(client: client)
            _ = try await morag.signIn("morag", WorkspaceFixture.password)
            _ = try await morag.post("/cases", ["case_file": caseFile])

            let ciaran = WorkspaceBrowser(client: client)
            _ = try await ciaran.signIn("ciaran", WorkspaceFixture.password)
            let r10 = try await ciaran.get("/cases/1")
            XCTAssertEqual(r10.status, .forbidden, "another case manager's case")
            let r11 = try await ciaran.get("/cases/1/export")
            XCTAssertEqual(r11.status, .forbidden)
            _ = try await morag.get("/cases/1")
            _ = try await morag.post("/cases/1/share", ["username": "ciaran"])
            let r12 = try await ciaran.get("/cases/1")
            XCTAssertEqual(r12.status, .ok, "once shared")

            let lead = WorkspaceBrowser(client: client)
            let leadHome = try await lead.signIn("lead", WorkspaceFixture.password)
            XCTAssertTrue(leadHome.text.contains("<h1>Caseload</h1>"))
            XCTAssertFalse(leadHome.text.contains("Jane Morrison"), "no client's name on the caseload page")
            let r13 = try await lead.get("/cases/1")
            XCTAssertEqual(r13.status, .forbidden, "a service lead reads no case")
            let r14 = try await lead.get("/caseload/report.pdf")
            XCTAssertEqual(r14.headers[.contentType], "application/pdf")

            let admin = WorkspaceBrowser(client: client)
            let adminHome = try await admin.signIn("admin", WorkspaceFixture.password)
            XCTAssertTrue(adminHome.text.contains("<h1>Accounts</h1>"))
            let r15 = try await admin.get("/cases/1")
            XCTAssertEqual(r15.status, .forbidden, "an administrator reads no case")
            let r16 = try await admin.get("/caseload")
            XCTAssertEqual(r16.status, .forbidden)
            let r17 = try await morag.get("/admin/accounts")
            XCTAssertEqual(r17.status, .forbidden)
        }
    }

    func testSignInIsThrottledAfterFiveFailures() async throws {
        let (app, workspace, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        do { let client = app
            let browser = WorkspaceBrowser(client: client)
            for _ in 0..<5 {
                let failed = try await browser.signIn("morag", "wrong password!!")
                XCTAssertEqual(failed.status, .unauthorized)
            }
            let sixth = try await browser.signIn("morag", WorkspaceFixture.password)
            XCTAssertEqual(sixth.status, .tooManyRequests, "even the right password waits after five failures")
            XCTAssertTrue(sixth.text.contains("Too many attempts"))
            let r18 = try await browser.signIn("ciaran", WorkspaceFixture.password)
            XCTAssertEqual(r18.status, .ok, "other accounts are not locked out")
        }
        XCTAssertEqual(try workspace.store.auditLog(caseID: nil).filter { $0.action == .signInFailed }.count, 5)
    }
}
