import XCTest
@testable import Documents
import PlanBuilder

/// A health and work report issued part way through the plan reaches a line manager in
/// week 4, not week 1: "About this report" says what this week holds, as the grid prints
/// it, beside the fitness advice (where it costs the report no room); issued after the
/// plan, the period it covers is said to have ended.
final class EmployerThisWeekTests: XCTestCase {
    private func report(_ example: String, issued: LocalDate?) throws -> (String, GradedSchedule) {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains(example) }))
        caseFile.caseInfo.issued = try XCTUnwrap(issued)
        let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
        let text = try TestSupport.flowingText(of: try engine.render(.employerReport, caseFile: caseFile, schedule: schedule))
        return (text, schedule)
    }

    private func officePages(issued: LocalDate?) throws -> Int {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        caseFile.caseInfo.issued = try XCTUnwrap(issued)
        let pdf = try engine.render(.employerReport, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
        return try TestSupport.pageTexts(of: pdf).count
    }

    func testAReportIssuedInWeekFourSaysWhatThatWeekHolds() throws {
        // Wed 1 Apr 2026 is in the nurse's week 4 (Mon 30 Mar to Sun 5 Apr).
        let (text, schedule) = try report("shift", issued: LocalDate(year: 2026, month: 4, day: 1))
        let week = schedule.weeks[3]
        XCTAssertEqual([week.totalMinutes, week.days.count], [19 * 60, 3], "the week the sentence describes")
        XCTAssertTrue(text.contains("This week Week 4, to Sun 5 Apr: 19 h over 3 shifts"), text)
        // An office worker's week is counted in days.
        let (office, _) = try report("back-pain", issued: LocalDate(year: 2026, month: 3, day: 25))
        XCTAssertTrue(office.contains("This week Week 4, to Sun 29 Mar: 23½ h over 4 days"), office)
        // The ordinary case still fits two pages.
        XCTAssertEqual(try officePages(issued: LocalDate(year: 2026, month: 3, day: 25)), 2)
    }

    func testAWeekOfLeaveIsSaidToBeABreak() throws {
        let (text, schedule) = try report("shift", issued: LocalDate(year: 2026, month: 4, day: 8))
        XCTAssertTrue(schedule.weeks[4].days.isEmpty, "week 5 is her week of leave")
        XCTAssertTrue(text.contains("This week Week 5, to Sun 12 Apr: a break, with no work"), text)
    }

    func testNoLineBeforeThePlanStartsAndAnEndedPlanSaysSo() throws {
        for issued in [LocalDate(year: 2026, month: 2, day: 23), LocalDate(year: 2026, month: 3, day: 9)] as [LocalDate?] {
            let (text, schedule) = try report("shift", issued: issued)
            XCTAssertEqual(schedule.weeks.first?.start, LocalDate(year: 2026, month: 3, day: 9))
            XCTAssertFalse(text.contains("This week"), "\(String(describing: issued))")
            XCTAssertFalse(text.contains("(ended)"))
        }
        let (after, schedule) = try report("shift", issued: LocalDate(year: 2026, month: 6, day: 1))
        XCTAssertEqual(schedule.weeks.last?.end, LocalDate(year: 2026, month: 5, day: 17))
        XCTAssertFalse(after.contains("This week"))
        XCTAssertTrue(after.contains("Advice covers 9 March 2026 to 17 May 2026 (ended)"), after)
    }
}
