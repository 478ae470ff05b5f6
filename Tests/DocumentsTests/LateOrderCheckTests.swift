import XCTest
@testable import Documents
@testable import PlanBuilder

/// The case manager is told, before issuing, of each adjustment the employer report will
/// ask to be ordered now: the same adjustments, by the same rule as the report.
final class LateOrderCheckTests: XCTestCase {
    private func warningsAndReport(issued: LocalDate?) throws -> (warnings: [CaseWarning], report: String) {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        caseFile.caseInfo.issued = issued
        let warnings = engine.caseWarnings(for: caseFile).filter { $0.problem.contains("to arrange") }
        let report = try TestSupport.flowingText(of: try engine.render(.employerReport, caseFile: caseFile, schedule: try engine.schedule(for: caseFile)))
        return (warnings, report.replacingOccurrences(of: "\u{00A0}", with: " "))
    }

    /// The plan starts on 2 March 2026 with a sit-stand desk (2–6 weeks) and a fixed desk
    /// (1–2 weeks); issued a week before, neither can be relied on to arrive.
    func testAdjustmentsThatMayArriveLateAreNamedWithTheDayThatWouldLeaveTime() throws {
        let (warnings, report) = try warningsAndReport(issued: LocalDate(year: 2026, month: 2, day: 23))
        XCTAssertEqual(warnings.map(\.field), ["adjustments[0].from", "adjustments[1].from"])
        XCTAssertEqual(warnings.count, report.components(separatedBy: "Order now").count - 1 + report.components(separatedBy: "Arrange now").count - 1,
                       "as many as the report asks to order or arrange now: \(report)")
        XCTAssertTrue(report.contains("Arrange now (1–2 weeks): may be late"), report)
        XCTAssertTrue(try XCTUnwrap(warnings.last).problem.hasSuffix("asks the employer to arrange it now and says it may be late"),
                      "a fixed desk is arranged, not bought")
        let desk = try XCTUnwrap(warnings.first)
        XCTAssertEqual(desk.problem, "'A sit-stand desk' usually takes 2–6 weeks to arrange, but is needed from 2026-03-02 (its from date), "
                       + "7 days after the issue date 2026-02-23, so the employer report asks the employer to order it now and says it may arrive late")
        XCTAssertEqual(desk.fix, "Check with the employer that it is already ordered, or move the date it is needed to 2026-04-06 or later.")
    }

    func testNothingWhenThereIsTimeOrNoIssueDate() throws {
        let inTime = try warningsAndReport(issued: LocalDate(year: 2026, month: 1, day: 19))
        XCTAssertEqual(inTime.warnings, [], "exactly six weeks before: the desk can still be ordered in time")
        XCTAssertFalse(inTime.report.contains("Order now") || inTime.report.contains("Arrange now"), inTime.report)
        let oneDayLate = try warningsAndReport(issued: LocalDate(year: 2026, month: 1, day: 20))
        XCTAssertEqual(oneDayLate.warnings.map(\.field), ["adjustments[0].from"], "the fixed desk still has time")
        XCTAssertEqual(try warningsAndReport(issued: nil).warnings, [], "a draft has no day to order from")
    }

    /// Issued on the day the desks are needed: still said (the report asks to order now);
    /// issued after it (a plan issued again part way through): the desks are in place.
    func testOnTheDayItIsNeededButNotAfter() throws {
        let due = try warningsAndReport(issued: LocalDate(year: 2026, month: 3, day: 2))
        XCTAssertEqual(due.warnings.count, 2)
        XCTAssertTrue(due.warnings.allSatisfy { $0.problem.contains("the issue date itself") && !$0.problem.contains("may arrive late") })
        XCTAssertEqual(try warningsAndReport(issued: LocalDate(year: 2026, month: 3, day: 20)).warnings, [])
    }
}
