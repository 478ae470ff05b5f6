import XCTest
@testable import Documents
import PlanBuilder

/// A day away for a reason that is neither leave nor health (jury service, a school's
/// closure) reaches the employer only when the case manager marks it `share_reason`:
/// allowed, never subtracted. A reason marked to share that reads as health information
/// is still kept back without the diagnosis, and the case manager is told which field.
final class SharedReasonTests: XCTestCase {
    private func documents(reason: String, share: Bool) throws -> (employer: [String], client: String, warnings: [String]) {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        XCTAssertEqual(caseFile.consent.discloseDiagnosis, false)
        let day = try XCTUnwrap(LocalDate(year: 2026, month: 3, day: 18))
        caseFile.plan?.unavailable = [UnavailableSpan(from: day, until: day, reason: reason, shareReason: share)]
        let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
        XCTAssertTrue(schedule.weeks[2].excluded.contains { $0.date == day }, "Wed 18 Mar is a day off in week 3")
        let employer = try [DocumentKind.rtwPlan, .employerReport].map {
            try TestSupport.flowingText(of: try engine.render($0, caseFile: caseFile, schedule: schedule))
        }
        let client = try TestSupport.flowingText(of: try engine.render(.clientCopy, caseFile: caseFile, schedule: schedule))
        return (employer, client, engine.disclosureWarnings(for: caseFile))
    }

    func testAReasonReachesTheEmployerOnlyWhenMarkedToShare() throws {
        let kept = try documents(reason: "Jury service", share: false)
        for text in kept.employer {
            XCTAssertFalse(text.contains("Jury service"), text)
            XCTAssertTrue(text.contains("Wed 18 Mar: unavailable"), "the day is still named: \(text)")
        }
        XCTAssertTrue(kept.client.contains("Jury service"), "the client reads her own reason")
        let shared = try documents(reason: "Jury service", share: true)
        for text in shared.employer { XCTAssertTrue(text.contains("Jury service"), text) }
        XCTAssertEqual(shared.warnings.filter { $0.hasPrefix("plan.") }, [])
    }

    func testAHealthReasonMarkedToShareIsStillKeptBack() throws {
        let marked = try documents(reason: "Hospital appointment for her back", share: true)
        for text in marked.employer {
            XCTAssertFalse(text.contains("Hospital"), text)
            XCTAssertFalse(text.lowercased().contains("back pain"))
        }
        XCTAssertEqual(marked.warnings.filter { $0.hasPrefix("plan.") }, ["plan.unavailable[0].reason"])
    }

    func testWelshLeaveWordsAreLeave() {
        XCTAssertTrue(UnavailableSpan.isLeave("gwyliau"))
        XCTAssertTrue(UnavailableSpan.isLeave("Gwyliau blynyddol"))
        XCTAssertTrue(UnavailableSpan.isLeave("absenoldeb"), "the Welsh wording's own word for leave")
        XCTAssertFalse(UnavailableSpan.isLeave("gwyliau'r Pasg (ysgol ar gau)"), "a closure is not the client's own leave")
    }
}
