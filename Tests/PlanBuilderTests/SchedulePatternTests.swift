import XCTest
@testable import PlanBuilder

/// The agreed shape of a day, written as structured fields and read from YAML, is what
/// the schedule works: start times, early finishes, fixed days; and a plan with several
/// problems reports them all at once, each with a fix that was tried and works.
final class SchedulePatternTests: XCTestCase {
    private func read(_ text: String) throws -> CaseFile {
        try CaseFileReader(knownCodes: ReadingPaths.specCodes)
            .read(bytes: Array(text.utf8), fileName: "pattern.yaml", baseDirectory: nil)
    }

    private func plan(_ planLines: String, contract: String = "{hours_per_week: 37.5}") throws -> GradedSchedule {
        let file = try read("""
            format: 1
            case: {reference: P-1}
            client: {name: A Client}
            employment: {contract: \(contract)}
            plan:
            \(planLines)
            """)
        return try ScheduleBuilder(holidayName: { _ in nil }).build(file)
    }

    func testStartTimeAndAnEarlyFridayFinishAreWorked() throws {
        let schedule = try plan("""
              start: 2026-06-01
              start_percent: 50
              target_percent: 80
              strategy: hours
              day_start: "10:00"
              days: {fri: {until: "12:30"}}
            """)
        for day in schedule.weeks.flatMap(\.days) {
            XCTAssertEqual(day.start, TimeOfDay(hour: 10, minute: 0))
            if day.date.weekday == .fri {
                XCTAssertLessThanOrEqual(day.minutes, 150, "Friday ends by 12:30")
                XCTAssertLessThanOrEqual(day.finish!.minutesSinceMidnight, 12 * 60 + 30)
            }
        }
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 1800, "80 % of 37.5 h is still reached")
    }

    /// An early finish on one weekday is made up on another day the rules allow, so a
    /// target the pattern can hold is reached promptly instead of stalling on the short day.
    func testAnEarlyFinishDoesNotStallThePlan() throws {
        let thursday = try plan("""
              start: 2026-06-01
              target_percent: 80
              day_start: "08:00"
              days: {thu: {until: "12:00"}}
            """, contract: "{hours_per_week: 30, days: [mon, tue, wed, thu]}")
        XCTAssertEqual(thursday.weeks.last?.totalMinutes, 1440, "24 h a week fits: 3 × 7.5 h + 4 h")
        let friday = try plan("""
              start: 2026-09-07
              target_percent: 80
              day_start: "10:00"
              days: {fri: {until: "12:30"}}
            """)
        XCTAssertLessThanOrEqual(friday.weeks.count, 4, "30 h on Mon–Thu plus a short Friday is reached without a stall")
        XCTAssertEqual(friday.weeks.last?.totalMinutes, 1800)
    }

    func testWorkingDaysAreTheOnlyDaysWorked() throws {
        let schedule = try plan("""
              start: 2026-06-01
              start_percent: 30
              target_percent: 60
              working_days: [mon, wed, fri]
            """)
        let weekdays = Set(schedule.weeks.flatMap(\.days).map(\.date.weekday))
        XCTAssertTrue(weekdays.isSubset(of: [.mon, .wed, .fri]), "\(weekdays)")
    }

    func testPatternFieldsAreCheckedWhenRead() {
        XCTAssertThrowsError(try read("""
            format: 1
            case: {reference: P-1}
            client: {name: A Client}
            employment: {contract: {hours_per_week: 37.5}}
            plan:
              start: 2026-06-01
              days: {fri: {until: "12:30"}, sat: {start: "09:00", until: "08:00"}}
              working_days: [mon, sun]
              after_pause: later
            """)) { error in
            let issues = (error as? CaseFileErrors)?.issues.map(\.description) ?? []
            XCTAssertEqual(issues.count, 4, "\(issues)")
            XCTAssertTrue(issues.contains { $0.contains("plan.days.fri.until") && $0.contains("start") }, "\(issues)")
            XCTAssertTrue(issues.contains { $0.contains("plan.days.sat.until") }, "\(issues)")
            XCTAssertTrue(issues.contains { $0.contains("plan.working_days") && $0.contains("sun") }, "\(issues)")
            XCTAssertTrue(issues.contains { $0.contains("plan.after_pause") }, "\(issues)")
        }
    }

    func testEveryConflictAtOnceAndEveryFixWorks() throws {
        let text = """
            format: 1
            case: {reference: P-2}
            client: {name: A Client}
            employment: {contract: {hours_per_week: 35}}
            assessment: {capacity: {hours_per_day: 4, days_per_week: 3}}
            plan:
              start: 2026-06-01
              weeks: 2
              start_hours_per_day: 6
              reviews: [2026-06-06, 2026-09-01]
            """
        let file = try read(text)
        let builder = ScheduleBuilder(holidayName: { _ in nil })
        XCTAssertThrowsError(try builder.build(file)) { error in
            let conflicts = (error as? InfeasiblePlan)?.conflicts ?? []
            let fields = conflicts.map(\.field)
            XCTAssertTrue(fields.contains("plan.start_hours_per_day"), "\(conflicts)")
            XCTAssertTrue(fields.contains("plan.weeks"), "\(conflicts)")
            XCTAssertEqual(fields.filter { $0 == "plan.reviews" }.count, 2, "\(conflicts)")
        }
        // Follow the first offered fix of every conflict: the plan is then accepted.
        var fixed = file
        fixed.plan?.startHoursPerDay = 4
        fixed.plan?.weeks = nil
        fixed.plan?.reviews.dates = []
        XCTAssertNoThrow(try builder.build(fixed))
    }
}
