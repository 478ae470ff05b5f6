import XCTest
@testable import Documents
import PlanBuilder

/// The client is told about a break in the words of the schedule's own note: every week
/// of it, and what the week after holds.
final class ClientPauseWordingTests: XCTestCase {
    private func twoWeeksAway(_ caseFile: inout CaseFile) throws {
        caseFile.plan?.unavailable = [UnavailableSpan(from: try XCTUnwrap(LocalDate(iso: "2026-04-06")),
                                                      until: try XCTUnwrap(LocalDate(iso: "2026-04-17")), reason: "annual leave")]
    }

    func testABreakOfTwoWeeksNamesBothWeeks() throws {
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift", changing: twoWeeksAway)
        XCTAssertTrue(client.contains("Weeks 5 to 6 are a break for your time away. You do not work in those weeks. The week after, you go back to the hours you worked before the break, not more."), client)
        let plan = try TestSupport.flowingText(of: .rtwPlan, example: "shift", changing: twoWeeksAway)
        XCTAssertTrue(plan.contains("Weeks 5 to 6 are a pause"), "the plan says the same weeks")
    }

    func testAStepBackAfterTheBreakIsNotCalledTheSameHours() throws {
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift") { caseFile in
            caseFile.plan?.afterPause = .stepBack
        }
        XCTAssertTrue(client.contains("The week after, you start again a little below the hours you worked before the break."), client)
        XCTAssertFalse(client.contains("not more."))
    }
}
