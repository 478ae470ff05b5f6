import Foundation
import HTTPTypes
import Hummingbird
import XCTest
import PlanBuilder
import Workspace
import WorkspaceServer

/// The case file as a form, over HTTP: unchanged, it gives the file back byte for
/// byte; a change moves only its own line; the reader's messages sit beside their
/// fields; list items are added and removed.
final class CaseFormTests: XCTestCase {
    private static func read(_ text: String) throws -> CaseFile {
        try WorkspaceFixture.engine.reader.read(bytes: Array(text.utf8), fileName: "form.yaml", baseDirectory: nil)
    }

    func testTheFormSentBackUnchangedLeavesEveryByte() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        do { let client = app
            let browser = WorkspaceBrowser(client: client)
            _ = try await browser.signIn("morag", WorkspaceFixture.password)
            for (number, name) in ["back-pain-admin.yaml", "cancer-shift-worker.yaml"].enumerated() {
                let caseFile = try WorkspaceFixture.example(name)
                _ = try await browser.post("/cases", ["case_file": caseFile])
                let form = try await browser.get("/cases/\(number + 1)/form")
                XCTAssertTrue(form.text.contains("<legend>Consent</legend>"))
                // back-pain-admin's one warning is about an adjustment's detail, which is
                // no field of the form: it goes above the form, beside no field. The shift
                // worker's is about plan.max_day_hours, a field: it sits beside it.
                if name == "back-pain-admin.yaml" {
                    XCTAssertFalse(form.text.contains("field-message"), name)
                } else {
                    XCTAssertEqual(form.text.components(separatedBy: "field-message").count - 1, 1, name)
                    XCTAssertTrue(form.text.contains("no shift is longer than 8 h to the end of the plan"), name)
                }
                let sent = try await browser.submitForm(action: "/cases/\(number + 1)/form")
                XCTAssertTrue(sent.text.contains("Nothing changed."), name)
                let exported = try await browser.get("/cases/\(number + 1)/export")
                XCTAssertEqual(exported.text, caseFile, "\(name) round-trips through the form byte for byte")
            }
        }
    }

    func testAChangeMovesOnlyItsOwnLinesAndMessagesSitBesideTheirFields() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try WorkspaceFixture.example("back-pain-admin.yaml")
        do { let client = app
            let browser = WorkspaceBrowser(client: client)
            _ = try await browser.signIn("morag", WorkspaceFixture.password)
            _ = try await browser.post("/cases", ["case_file": caseFile])
            _ = try await browser.get("/cases/1/form")
            let saved = try await browser.submitForm(action: "/cases/1/form",
                                                     changes: ["client.pronouns": "she/her", "plan.day_start": "09:30"],
                                                     check: ["consent.share_with_employer": "goals"],
                                                     uncheck: ["consent.share_with_employer": "functional_effects"])
            XCTAssertTrue(saved.text.contains("Saved."), saved.text)
            let text = try await browser.get("/cases/1/export").text
            let edited = try Self.read(text)
            XCTAssertEqual(edited.client.pronouns, "she/her")
            XCTAssertEqual(edited.plan?.pattern.dayStart, TimeOfDay(hour: 9, minute: 30))
            XCTAssertEqual(Set(edited.consent.shareWithEmployer), [.schedule, .duties, .adjustments, .goals])
            let before = caseFile.split(separator: "\n", omittingEmptySubsequences: false)
            let after = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(after.count, before.count + 2, "two lines added (pronouns, day_start), one changed (consent)")
            XCTAssertEqual(Set(after).subtracting(before).count, 3, "\(Set(after).subtracting(before))")

            // The form's preview: the schedule as it would be, nothing saved.
            _ = try await browser.get("/cases/1/form")
            let unsaved = try await browser.get("/cases/1/export").text
            let preview = try await browser.submitForm(action: "/cases/1/form", postTo: "/cases/1/form/preview", changes: ["plan.start_hours_per_day": "3"])
            // Days start at 09:30 since the change above, so a 3-hour day ends at 12:30.
            XCTAssertTrue(preview.text.contains("Mon 09:30–12:30 3\u{00A0}h, Thu 09:30–12:30 3\u{00A0}h"), preview.text)
            let afterPreview = try await browser.get("/cases/1/export").text
            XCTAssertEqual(afterPreview, unsaved, "a preview saves nothing")

            // An impossible date: the reader's own message, beside the plan's start field.
            _ = try await browser.get("/cases/1/form")
            let wrong = try await browser.submitForm(action: "/cases/1/form", changes: ["plan.start": "2026-02-30"])
            let field = try XCTUnwrap(wrong.text.range(of: "id=\"f-plan-start\""))
            let message = try XCTUnwrap(wrong.text.range(of: "field-message error", range: field.upperBound..<wrong.text.endIndex))
            XCTAssertLessThan(wrong.text.distance(from: field.upperBound, to: message.lowerBound), 300, "the message follows the plan's start field")
            XCTAssertTrue(wrong.text[message.upperBound...].prefix(200).contains("2026-02-30 is not a real date"))
        }
    }

    func testListItemsAreAddedFromTheCatalogueAndRemoved() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try WorkspaceFixture.example("back-pain-admin.yaml")
        let original = try Self.read(caseFile)
        do { let client = app
            let browser = WorkspaceBrowser(client: client)
            _ = try await browser.signIn("morag", WorkspaceFixture.password)
            _ = try await browser.post("/cases", ["case_file": caseFile])
            let form = try await browser.get("/cases/1/form")
            XCTAssertTrue(form.text.contains("Suggested: "), "adjustments the catalogue suggests come first")
            _ = try await browser.post("/cases/1/form/add", ["list": "reviews", "add.date": "2026-03-27", "add.week": "4",
                                                             "add.hours_worked": "23.5", "add.note": "Tired by Friday, otherwise well"])
            _ = try await browser.post("/cases/1/form/add", ["list": "assessment.limitations", "add.code": "fatigue", "add.severity": "moderate"])
            _ = try await browser.post("/cases/1/form/add", ["list": "assessment.strengths", "add.text": "Knows the housing system inside out"])
            _ = try await browser.post("/cases/1/form/add", ["list": "assessment.barriers", "add.domain": "financial", "add.description": "Worried about pay",
                                                             "add.severity": "low", "add.private": "true"])
            _ = try await browser.post("/cases/1/form/add", ["list": "health.appointments", "add.date": "2026-03-25", "add.time": "10:30",
                                                             "add.what": "Physiotherapy"])
            var edited = try Self.read(try await browser.get("/cases/1/export").text)
            XCTAssertEqual(edited.reviews.count, original.reviews.count + 1)
            XCTAssertEqual(edited.reviews.last?.hoursWorked, 23.5)
            XCTAssertEqual(edited.assessment?.limitations.last?.code, "fatigue")
            XCTAssertEqual(edited.assessment?.strengths.last, "Knows the housing system inside out")
            XCTAssertEqual(edited.assessment?.barriers.last?.isPrivate, true)
            XCTAssertEqual(edited.health?.appointments.last?.date, LocalDate(iso: "2026-03-25"))
            _ = try await browser.get("/cases/1/form")
            _ = try await browser.post("/cases/1/form/remove", ["list": "reviews", "index": "0"])
            edited = try Self.read(try await browser.get("/cases/1/export").text)
            XCTAssertEqual(edited.reviews.count, original.reviews.count)
            XCTAssertEqual(edited.reviews.first?.week, original.reviews.count > 1 ? original.reviews[1].week : 4)
        }
    }
}

/// A case typed in from a referral letter, never touching YAML; and values a hostile
/// or careless hand types, which must come back as typed and change nothing else.
final class CaseFromTheFormTests: XCTestCase {
    private static func read(_ text: String) throws -> CaseFile {
        try WorkspaceFixture.engine.reader.read(bytes: Array(text.utf8), fileName: "form.yaml", baseDirectory: nil)
    }

    func testACaseTypedInFromAReferralLetterIsReadyToIssue() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let client = app
            let browser = WorkspaceBrowser(client: client)
            _ = try await browser.signIn("morag", WorkspaceFixture.password)
            let started = try await browser.post("/cases/new", ["reference": "VR-2026-0301", "client_name": "Aled Pritchard"])
            XCTAssertTrue(started.text.contains("Case VR-2026-0301: form"), "a new case opens on its form")
            let saved = try await browser.submitForm(action: "/cases/1/form", changes: [
                "client.preferred_name": "Aled", "client.language": "cy",
                "employment.status": "off-sick", "employment.employer.name": "Cyngor Gwynedd",
                "employment.job_title": "Library assistant", "employment.contract.hours_per_week": "30",
                "assessment.capacity.hours_per_day": "4",
                "assessment.fitness.status": "may-be-fit",
                "consent.recorded": "2026-04-01",
                "plan.start": "2026-04-20", "plan.start_hours_per_day": "3", "plan.holidays": "england-and-wales",
            ], check: ["assessment.fitness.with": "phased-return"])
            XCTAssertTrue(saved.text.contains("Saved."), saved.text)
            _ = try await browser.post("/cases/1/form/add", ["list": "assessment.limitations", "add.code": "fatigue", "add.severity": "moderate"])
            _ = try await browser.post("/cases/1/form/add", ["list": "adjustments", "add.code": "phased-return", "add.responsible": "line-manager"])
            _ = try await browser.post("/cases/1/form/add", ["list": "reviews", "add.date": "2026-04-24", "add.week": "1", "add.hours_worked": "9"])
            let text = try await browser.get("/cases/1/export").text
            let caseFile = try Self.read(text)
            XCTAssertEqual(caseFile.client.language, "cy")
            XCTAssertEqual(caseFile.employment?.contract?.hoursPerWeek, 30)
            XCTAssertEqual(caseFile.assessment?.fitness?.status.rawValue, "may-be-fit")
            XCTAssertEqual(caseFile.plan?.start, LocalDate(iso: "2026-04-20"))
            XCTAssertEqual(caseFile.reviews.first?.hoursWorked, 9)
            XCTAssertEqual(caseFile.adjustments.first?.code, "phased-return")
            let page = try await browser.get("/cases/1")
            XCTAssertTrue(page.text.contains("<th scope=\"row\">1</th>"), "the plan is scheduled")
            let issued = try await browser.post("/cases/1/issue", ["issued_to": "Cyngor Gwynedd", "issue_date": "2026-04-14"])
            XCTAssertTrue(issued.text.contains("Version 1, issued 2026-04-14 to Cyngor Gwynedd"))
            // A review recorded and the plan changed, then a second version compared with the first.
            _ = try await browser.get("/cases/1/form")
            _ = try await browser.submitForm(action: "/cases/1/form", changes: ["plan.start_hours_per_day": "4"])
            let second = try await browser.post("/cases/1/issue", ["issued_to": "Cyngor Gwynedd", "issue_date": "2026-04-15"])
            XCTAssertTrue(second.text.contains("What changed from version 1"))
            let compared = try await browser.get("/cases/1/compare?from=1&to=2")
            XCTAssertTrue(compared.text.contains("Weeks whose days or hours changed"), compared.text)
        }
    }

    func testHostileValuesComeBackAsTypedAndChangeNothingElse() async throws {
        let (app, _, folder) = try await WorkspaceFixture.application()
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try WorkspaceFixture.example("cancer-shift-worker.yaml")
        let original = try Self.read(caseFile)
        let hostile = ["x\nplan:\n  start: 2020-01-01", "a: b", "- item", "&anchor", "*alias", "!!binary AAAA", "'quoted", "\"dq\\",
                       "# not a comment", "true", "2026-01-01", "  spaced  ", "{flow: map}", "[1, 2]", "<script>alert(1)</script>", "x\u{0}y",
                       "Ní Bhriain – “quotes”", "%TAG ! tag:x", "|\n  block", "@at", "`tick`", String(repeating: "w", count: 250)]
        do {
            let client = app
            let browser = WorkspaceBrowser(client: client)
            _ = try await browser.signIn("morag", WorkspaceFixture.password)
            _ = try await browser.post("/cases", ["case_file": caseFile])
            for value in hostile {
                _ = try await browser.get("/cases/1/form")
                let page = try await browser.submitForm(action: "/cases/1/form", changes: ["client.preferred_name": value])
                XCTAssertFalse(page.text.contains("<script>alert"), "values are escaped on the page")
                let edited = try Self.read(try await browser.get("/cases/1/export").text)
                let expected = value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{0}", with: "\u{0}")
                if !value.contains("\u{0}") {
                    XCTAssertEqual(edited.client.preferredName, expected, "\(value.debugDescription) comes back as typed")
                }
                XCTAssertEqual(edited.plan?.start, original.plan?.start, "\(value.debugDescription) adds no key")
                XCTAssertEqual(edited.client.name, original.client.name)
            }
            let added = try await browser.post("/cases/1/form/add", ["list": "reviews", "add.note": "note\nreviews: []", "add.week": "2 # x"])
            XCTAssertEqual(added.status, .ok)
            let final = try await browser.get("/cases/1")
            XCTAssertTrue(final.text.contains("Line "), "a week that is not a number is the reader's to report, beside its line")
        }
    }
}
