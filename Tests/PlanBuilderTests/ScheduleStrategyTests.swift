import XCTest
@testable import PlanBuilder

/// Each strategy grades a return in its own way; these pin the shape of each.
final class ScheduleStrategyTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    private let noHolidays: ScheduleBuilder.HolidayLookup = { _ in nil }

    private func build(_ plan: PlanSpec, _ contract: Contract, capacity: Capacity? = nil,
                       holidays: ScheduleBuilder.HolidayLookup? = nil) throws -> GradedSchedule {
        let file = CaseFile(caseInfo: CaseInfo(reference: "T-2"), client: Client(name: "Test"),
                            employment: Employment(contract: contract),
                            assessment: Assessment(capacity: capacity), plan: plan)
        let schedule = try ScheduleBuilder(holidayName: holidays ?? noHolidays).build(file)
        XCTAssertEqual(ScheduleInvariants.violations(of: schedule, plan: plan, contract: contract, excludedDates: []), [])
        return schedule
    }

    func testShiftWorkerShortensShiftsThenAddsShiftsThenFullShifts() throws {
        var plan = PlanSpec(start: date("2026-03-09"), weeks: 10, startHoursPerDay: 4, strategy: .shifts)
        plan.maxDayHours = 8
        plan.nonConsecutiveUntilWeek = 6
        let contract = Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3)
        let schedule = try build(plan, contract, capacity: Capacity(hoursPerDay: 6, daysPerWeek: 3))
        let lengths = schedule.weeks.map { $0.days.map(\.minutes) }
        XCTAssertEqual(lengths.first, [240, 240, 240])
        XCTAssertEqual(lengths.last, [720, 720, 720])
        for week in lengths.dropLast() { XCTAssertTrue(week.allSatisfy { $0 <= 480 }, "\(week)") }
        // Shift counts never fall, and no week before the last has a 12-hour shift.
        let counts = lengths.dropLast().map(\.count)
        XCTAssertEqual(counts, counts.sorted())
        XCTAssertGreaterThan(counts.dropLast().max() ?? 0, 3, "more shifts before full shifts")
    }

    func testHoursStrategyKeepsTheSameDays() throws {
        let plan = PlanSpec(start: date("2026-06-01"), startPercent: 40, strategy: .hours)
        let contract = Contract(hoursPerWeek: 37.5)
        let schedule = try build(plan, contract)
        XCTAssertEqual(schedule.weeks.count, 4) // 40 -> 100 in steps of at most 25
        for week in schedule.weeks { XCTAssertEqual(week.days.count, 5) }
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 2250)
    }

    func testDaysStrategyWorksFullDays() throws {
        let plan = PlanSpec(start: date("2026-06-01"), startPercent: 40, strategy: .days)
        let contract = Contract(hoursPerWeek: 37.5)
        let schedule = try build(plan, contract)
        XCTAssertEqual(schedule.weeks.first?.days.map(\.minutes), [450, 450])
        XCTAssertTrue(schedule.weeks.flatMap(\.days).filter { $0.minutes == 450 }.count > 10)
    }

    func testPartTimeReducedTarget() throws {
        let plan = PlanSpec(start: date("2026-09-07"), targetPercent: 60, strategy: .balanced)
        let contract = Contract(hoursPerWeek: 20, days: [.mon, .wed, .thu, .fri])
        let schedule = try build(plan, contract)
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 720)
        XCTAssertTrue(schedule.notes.contains { $0.message.contains("lasting reduction") })
    }

    func testHolidayIsSkippedAndShown() throws {
        let goodFriday = date("2026-04-03")
        let plan = PlanSpec(start: date("2026-03-30"), startPercent: 60, strategy: .hours)
        let contract = Contract(hoursPerWeek: 35)
        let schedule = try build(plan, contract, holidays: { $0 == goodFriday ? "Good Friday" : nil })
        XCTAssertFalse(schedule.weeks[0].days.contains { $0.date == goodFriday })
        XCTAssertEqual(schedule.weeks[0].excluded, [ExcludedDay(date: goodFriday, reason: .publicHoliday("Good Friday"))])
        XCTAssertTrue(schedule.weeks[0].isShortened)
    }

    func testComputedPlanEndsOnAFullWeek() throws {
        // Christmas and Boxing Day fall in the week the plan would otherwise end.
        let holidays: Set<LocalDate> = [date("2026-12-25"), date("2026-12-28")]
        let plan = PlanSpec(start: date("2026-12-07"), startPercent: 50, strategy: .hours)
        let schedule = try build(plan, Contract(hoursPerWeek: 35), holidays: { holidays.contains($0) ? "Holiday" : nil })
        XCTAssertFalse(schedule.weeks.last!.isShortened)
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 2100)
    }

    func testTooFewWeeksIsAConflictWithAResolution() {
        let plan = PlanSpec(start: date("2026-06-01"), weeks: 2, startPercent: 40)
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)), plan: plan)
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: noHolidays).build(file)) { error in
            let conflict = (error as? InfeasiblePlan)?.conflicts.first
            XCTAssertEqual(conflict?.field, "plan.weeks")
            XCTAssertTrue(conflict?.problem.contains("needs steps of 60 points") ?? false, "\(String(describing: conflict))")
            XCTAssertTrue(conflict?.resolution.contains("4 weeks keeps within 25") ?? false, "\(String(describing: conflict))")
        }
    }

    func testStartAboveCapacityProposesAGentlerStart() {
        let plan = PlanSpec(start: date("2026-06-01"), startHoursPerDay: 6)
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)),
                            assessment: Assessment(capacity: Capacity(hoursPerDay: 4, daysPerWeek: 3)), plan: plan)
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: noHolidays).build(file)) { error in
            let conflict = (error as? InfeasiblePlan)?.conflicts.first
            XCTAssertEqual(conflict?.field, "plan.start_hours_per_day")
            XCTAssertTrue(conflict?.resolution.contains("start_hours_per_day: 4 on 3 days") ?? false, "\(String(describing: conflict))")
        }
    }

    func testExceedingCapacityOnRequestIsFlagged() throws {
        var plan = PlanSpec(start: date("2026-06-01"), startHoursPerDay: 6)
        plan.exceedCapacity = true
        let schedule = try build(plan, Contract(hoursPerWeek: 35), capacity: Capacity(hoursPerDay: 4, daysPerWeek: 3))
        XCTAssertFalse(schedule.weeks[0].flags.isEmpty)
        XCTAssertTrue(schedule.notes.contains { $0.kind == .flag })
    }

    func testAWeekWithNoPossibleDayIsAConflict() {
        var plan = PlanSpec(start: date("2026-06-01"), weeks: 4, startPercent: 50)
        plan.unavailable = [UnavailableSpan(from: date("2026-06-08"), until: date("2026-06-12"), reason: "annual leave")]
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)), plan: plan)
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: noHolidays).build(file)) { error in
            XCTAssertEqual((error as? InfeasiblePlan)?.conflicts.first?.field, "plan.unavailable")
        }
    }
}
