import XCTest
@testable import PlanBuilder

/// The reminders list: what falls due in the window, what is overdue, what has been done.
final class DueListTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    private let noHolidays: ScheduleBuilder.HolidayLookup = { _ in nil }

    /// A six-week plan from Monday 2 March 2026 with a review every two weeks.
    private func planned(reviews: [ReviewRecord] = [], outcome: Outcome? = nil,
                         adjustments: [Adjustment] = []) throws -> (CaseFile, GradedSchedule) {
        var plan = PlanSpec(start: date("2026-03-02"))
        plan.weeks = 6
        plan.startHoursPerDay = 4
        plan.reviews = ReviewPlan(everyWeeks: 2)
        let file = CaseFile(caseInfo: CaseInfo(reference: "T-1"), client: Client(name: "Test Client"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35, days: [.mon, .tue, .wed, .thu, .fri])),
                            plan: plan, adjustments: adjustments, reviews: reviews, outcome: outcome)
        return (file, try XCTUnwrap(try ScheduleBuilder(holidayName: noHolidays).build(file)))
    }

    func testReviewsInTheWindowAndTheFirstAndLastWorkingDay() throws {
        let (file, schedule) = try planned()
        XCTAssertEqual(schedule.reviewPoints.map(\.date), [date("2026-03-13"), date("2026-03-27"), date("2026-04-10")])
        let start = DueList.items(for: file, schedule: schedule, today: date("2026-02-27"), within: 14)
        XCTAssertEqual(start.map(\.kind), [.review(week: 2), .planStarts])
        XCTAssertEqual(start.map(\.date), [date("2026-03-13"), date("2026-03-02")])
        XCTAssertEqual(DueList.sorted(start).map(\.date), [date("2026-03-02"), date("2026-03-13")])
        XCTAssertFalse(start.contains { $0.overdue })
        let end = DueList.items(for: file, schedule: schedule, today: date("2026-04-06"), within: 7)
        // The plan's last week ends on Sunday 12 April; the last day worked is Friday 10.
        XCTAssertTrue(end.contains(DueItem(date: date("2026-04-10"), kind: .planEnds, reference: "T-1", clientName: "Test Client", overdue: false)))
    }

    func testAPastReviewStaysOverdueUntilItIsRecorded() throws {
        let (file, schedule) = try planned()
        let late = DueList.items(for: file, schedule: schedule, today: date("2026-03-30"), within: 3)
        XCTAssertEqual(late.filter(\.overdue).map(\.date), [date("2026-03-13"), date("2026-03-27")])
        let (recorded, sameSchedule) = try planned(reviews: [ReviewRecord(date: date("2026-03-13"), week: 2), ReviewRecord(week: 4)])
        let none = DueList.items(for: recorded, schedule: sameSchedule, today: date("2026-03-30"), within: 3)
        XCTAssertEqual(none, [], "reviews recorded by date or by week are done")
    }

    func testADischargedCaseHasOnlyItsFollowUpAndAFutureDischargeLeavesItOpen() throws {
        let followUp = Outcome(discharged: date("2026-04-17"), status: "at-work", followUp: .init(date: date("2026-10-16")))
        let (file, schedule) = try planned(outcome: followUp)
        XCTAssertEqual(DueList.items(for: file, schedule: schedule, today: date("2026-10-12"), within: 7).map(\.kind), [.followUp])
        XCTAssertEqual(DueList.items(for: file, schedule: schedule, today: date("2026-03-09"), within: 7).map(\.kind), [.review(week: 2)],
                       "before the discharge date the case is open")
        let done = Outcome(discharged: date("2026-04-17"), followUp: .init(date: date("2026-10-16"), status: "at-work"))
        let (closed, closedSchedule) = try planned(outcome: done)
        XCTAssertEqual(DueList.items(for: closed, schedule: closedSchedule, today: date("2026-10-12"), within: 7), [])
    }

    func testAdjustmentReviewsInsideTheWindowOnly() throws {
        let adjustments = [Adjustment(code: "sit-stand-desk", review: date("2026-03-20")), Adjustment(title: "Parking space", review: date("2026-06-01"))]
        let (file, schedule) = try planned(reviews: [ReviewRecord(week: 2)], adjustments: adjustments)
        let items = DueList.items(for: file, schedule: schedule, today: date("2026-03-16"), within: 7)
        XCTAssertEqual(items.map(\.kind), [.adjustmentReview("sit-stand-desk")])
    }
}
