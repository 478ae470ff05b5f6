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
        // Days of leave are paid as normal days (the plans here give leave only as such).
        let leave = { (week: WeekPlan) in week.excluded.filter { day in plan.unavailable.contains { $0.contains(day.date) } }.count }
        XCTAssertEqual(ScheduleInvariants.violations(of: schedule, plan: plan, contract: contract, excludedDates: [], paidDaysOff: leave), [])
        return schedule
    }

    /// On a rota (three shifts that may fall on any day) a Good Friday whose shift is worked
    /// on the Saturday is not paid as a shift as well; with fixed shift days (Monday,
    /// Wednesday, Friday) the holiday is a shift lost and is paid.
    func testAHolidayOnARotaIsPaidOnlyWhenItCostsAShift() throws {
        var plan = PlanSpec(start: date("2026-03-30"), startHoursPerDay: 6, strategy: .shifts)
        plan.pay = PayPolicy(policy: .hoursWorked)
        let goodFriday: ScheduleBuilder.HolidayLookup = { $0 == LocalDate(iso: "2026-04-03")! ? "Good Friday" : nil }
        // Built directly: `build` checks pay counting days of leave only, not holidays.
        func firstWeek(_ contract: Contract) throws -> WeekPlan {
            let file = CaseFile(caseInfo: CaseInfo(reference: "T-3"), client: Client(name: "Test"),
                                employment: Employment(contract: contract), plan: plan)
            return try XCTUnwrap(try ScheduleBuilder(holidayName: goodFriday).build(file).weeks.first)
        }
        let rota = Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3)
        XCTAssertTrue(rota.isRota)
        let moved = try firstWeek(rota)
        XCTAssertEqual(moved.days.count, 3, "the Friday shift is worked on another day")
        XCTAssertEqual(try XCTUnwrap(moved.payPercent), Double(moved.totalMinutes) * 100 / Double(36 * 60), accuracy: 0.01,
                       "paid for the hours worked, not for Good Friday too")

        let fixed = Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3, shiftDays: [.mon, .wed, .fri])
        XCTAssertFalse(fixed.isRota)
        let lost = try firstWeek(fixed)
        XCTAssertEqual(lost.days.count, 2, "Good Friday was a shift day")
        XCTAssertEqual(try XCTUnwrap(lost.payPercent), (Double(lost.totalMinutes) + 12 * 60) * 100 / Double(36 * 60), accuracy: 0.01,
                       "the lost shift is paid as a normal shift")
    }

    func testShiftWorkerKeepsMaxDayHoursToTheEndByAddingShifts() throws {
        var plan = PlanSpec(start: date("2026-03-09"), weeks: 10, startHoursPerDay: 4, strategy: .shifts)
        plan.maxDayHours = 8
        plan.nonConsecutiveUntilWeek = 6
        let contract = Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3)
        let schedule = try build(plan, contract, capacity: Capacity(hoursPerDay: 6, daysPerWeek: 3))
        let lengths = schedule.weeks.map { $0.days.map(\.minutes) }
        XCTAssertEqual(lengths.first, [240, 240, 240])
        // The target, 36 hours, is worked with no shift over 8 hours: four full and one short.
        XCTAssertEqual(lengths.last?.sorted(by: >), [480, 480, 480, 480, 240])
        XCTAssertTrue(lengths.allSatisfy { ($0.max() ?? 0) <= 480 }, "\(lengths)")
        // Three shifts until they reach 8 hours, then one more shift a week, never two.
        let counts = lengths.map(\.count)
        let firstExtra = try XCTUnwrap(counts.firstIndex { $0 > 3 })
        XCTAssertTrue(lengths[firstExtra - 1].allSatisfy { $0 == 480 }, "\(lengths)")
        for (before, after) in zip(counts, counts.dropFirst()) { XCTAssertLessThanOrEqual(after - before, 1, "\(counts)") }
        // The plan, the employer's schedule and the client copy are all told.
        let note = try XCTUnwrap(schedule.notes.first { $0.key == "more_shifts_within_limit" })
        XCTAssertEqual(note.kind, .flag)
        XCTAssertTrue(note.message.contains("up to 5 shifts a week instead of the contract's 3"), note.message)
        XCTAssertEqual(schedule.warnings.moreDays?.week, firstExtra + 1)
        XCTAssertNil(schedule.warnings.stepUp)
        // Both the 6 h a day and the 3 days a week of the assessment are passed, and flagged,
        // in a shift worker's words: her shifts are measured against the days assessed.
        XCTAssertTrue(schedule.notes.contains { $0.key == "beyond_capacity_hours_shifts" && $0.message.contains("shifts are longer than the 6 h a day") })
        XCTAssertTrue(schedule.notes.contains { $0.key == "beyond_capacity_days_shifts" && $0.message.contains("more shifts a week than the 3 working days") })
        XCTAssertTrue(schedule.countsShifts)
    }

    func testDaysStepUpWhenFiveDaysCannotHoldTheTarget() throws {
        var plan = PlanSpec(start: date("2026-06-01"), startPercent: 40, strategy: .hours)
        plan.maxDayHours = 6
        let contract = Contract(hoursPerWeek: 37.5)
        let schedule = try build(plan, contract)
        XCTAssertTrue(schedule.weeks.allSatisfy { $0.days.count <= 5 })
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 2250)
        XCTAssertNotNil(schedule.warnings.stepUp)
        XCTAssertNil(schedule.warnings.moreDays)
        let longest = schedule.weeks.map(\.longestDayMinutes)
        for (before, after) in zip(longest, longest.dropFirst()) { XCTAssertLessThanOrEqual(after - before, 120, "\(longest)") }
        XCTAssertTrue(schedule.notes.contains { $0.topic == .dayLength && $0.message.contains("step up") })
    }

    func testFullShiftsWaitForTheReviewNamed() throws {
        var plan = PlanSpec(start: date("2026-03-09"), startHoursPerDay: 6, strategy: .shifts)
        plan.maxDayHours = 8
        plan.maxDayHoursUntilReview = 2
        plan.reviews = ReviewPlan(everyWeeks: 3)
        let contract = Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3)
        let schedule = try build(plan, contract)
        let firstLong = schedule.weeks.first { $0.longestDayMinutes > 480 }!
        XCTAssertGreaterThan(firstLong.number, 6, "no shift over 8 h until after the review in week 6")
        XCTAssertEqual(schedule.weeks.last?.days.map(\.minutes), [720, 720, 720])
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

    func testTooFewWeeksIsAConflictWithAFixThatWorks() throws {
        let plan = PlanSpec(start: date("2026-06-01"), weeks: 2, startPercent: 40)
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)), plan: plan)
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: noHolidays).build(file)) { error in
            let conflict = (error as? InfeasiblePlan)?.conflicts.first
            XCTAssertEqual(conflict?.field, "plan.weeks")
            XCTAssertTrue(conflict?.resolution.contains("plan.weeks: 4") ?? false, "\(String(describing: conflict))")
        }
        var fixed = file
        fixed.plan?.weeks = 4
        XCTAssertEqual(try ScheduleBuilder(holidayName: noHolidays).build(fixed).weeks.count, 4)
    }

    /// A last week shortened by a holiday names the day, in a sentence that agrees with the count.
    func testALastWeekWithAHolidayNamesTheDay() {
        let plan = PlanSpec(start: date("2026-06-01"), weeks: 4, startPercent: 50)
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)), plan: plan)
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: { $0 == self.date("2026-06-24") ? "Holiday" : nil }).build(file)) { error in
            let conflict = (error as? InfeasiblePlan)?.conflicts.first
            XCTAssertTrue(conflict?.problem.contains("one of its contract days (2026-06-24) is a holiday, leave or an appointment") ?? false,
                          "\(String(describing: conflict))")
        }
    }

    func testStartAboveCapacityProposesAGentlerStartThatWorks() {
        let plan = PlanSpec(start: date("2026-06-01"), startHoursPerDay: 6)
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)),
                            assessment: Assessment(capacity: Capacity(hoursPerDay: 4, daysPerWeek: 3)), plan: plan)
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: noHolidays).build(file)) { error in
            let conflict = (error as? InfeasiblePlan)?.conflicts.first
            XCTAssertEqual(conflict?.field, "plan.start_hours_per_day")
            XCTAssertTrue(conflict?.resolution.contains("plan.start_hours_per_day: 4") ?? false, "\(String(describing: conflict))")
        }
        var fixed = file
        fixed.plan?.startHoursPerDay = 4
        XCTAssertNoThrow(try ScheduleBuilder(holidayName: noHolidays).build(fixed))
    }

    func testExceedingCapacityOnRequestIsFlagged() throws {
        var plan = PlanSpec(start: date("2026-06-01"), startHoursPerDay: 6)
        plan.exceedCapacity = true
        let schedule = try build(plan, Contract(hoursPerWeek: 35), capacity: Capacity(hoursPerDay: 4, daysPerWeek: 3))
        XCTAssertFalse(schedule.weeks[0].flags.isEmpty)
        XCTAssertTrue(schedule.notes.contains { $0.kind == .flag })
    }

    func testAWeekOfLeaveIsAPauseThatResumesAtTheLevelBefore() throws {
        var plan = PlanSpec(start: date("2026-06-01"), startPercent: 50)
        plan.unavailable = [UnavailableSpan(from: date("2026-06-08"), until: date("2026-06-12"), reason: "annual leave")]
        let contract = Contract(hoursPerWeek: 35)
        let schedule = try build(plan, contract)
        XCTAssertTrue(schedule.weeks[1].isPause)
        XCTAssertEqual(schedule.weeks[1].totalMinutes, 0)
        XCTAssertEqual(schedule.weeks[2].totalMinutes, schedule.weeks[0].totalMinutes, "resumes at the level before the pause")
        XCTAssertEqual(schedule.weeks.count, 5, "the pause and the repeated week add two weeks to the computed plan")
        XCTAssertTrue(schedule.notes.contains { $0.topic == .pause })

        plan.afterPause = .stepBack
        plan.startPercent = 60
        let stepped = try build(plan, contract)
        XCTAssertLessThanOrEqual(stepped.weeks[2].totalMinutes, stepped.weeks[0].totalMinutes)
    }

    /// Leave on Tuesday to Thursday takes out most of the week, so Monday and Friday are
    /// not worked either; the note says that, not "the employee is away" all week.
    func testLeaveOnMostOfAWeekIsAPauseThatSaysWhichDaysAreLeft() throws {
        var plan = PlanSpec(start: date("2026-06-01"), startPercent: 50)
        plan.unavailable = [UnavailableSpan(from: date("2026-06-09"), until: date("2026-06-11"), reason: "annual leave")]
        plan.pay = PayPolicy(policy: .hoursWorked)
        let schedule = try build(plan, Contract(hoursPerWeek: 35))
        let pause = schedule.weeks[1]
        XCTAssertEqual(try XCTUnwrap(pause.payPercent), 60, accuracy: 0.01, "three days of leave paid; Monday and Friday not worked, not paid")
        XCTAssertTrue(pause.isPause)
        XCTAssertEqual(pause.totalMinutes, 0)
        XCTAssertEqual(pause.excluded.count, 3)
        XCTAssertEqual(pause.pauseFreeDays, 2)
        let note = try XCTUnwrap(schedule.notes.first { $0.topic == .pause })
        XCTAssertEqual(note.key, "pause_single_partly_repeat")
        XCTAssertEqual(note.message, "Week 2 is a pause: the employee is off on 3 of its 5 working days, so its other days are not worked either. Week 3 resumes at 17.5 h, the level reached before the pause.")

        plan.unavailable = [UnavailableSpan(from: date("2026-06-08"), until: date("2026-06-12"), reason: "annual leave")]
        let whole = try build(plan, Contract(hoursPerWeek: 35))
        XCTAssertEqual(whole.weeks[1].pauseFreeDays, 0)
        XCTAssertEqual(whole.weeks[1].payPercent, 100, "a week away on leave is a normal week's pay")
        XCTAssertEqual(whole.notes.first { $0.topic == .pause }?.key, "pause_single_repeat")
    }

    /// A review due in a week of leave is not held on a day of leave: it moves to the next
    /// week's last working day. With leave on Tuesday to Thursday it stays in its week, on
    /// the Friday the client is not away.
    func testAReviewIsNeverOnADayOfLeave() throws {
        var plan = PlanSpec(start: date("2026-06-01"), startPercent: 50)
        plan.reviews = ReviewPlan(everyWeeks: 2)
        plan.unavailable = [UnavailableSpan(from: date("2026-06-08"), until: date("2026-06-12"), reason: "annual leave")]
        let away = try build(plan, Contract(hoursPerWeek: 35))
        XCTAssertTrue(away.weeks[1].isPause)
        XCTAssertNil(away.weeks[1].review)
        let moved = try XCTUnwrap(away.weeks[2].review)
        XCTAssertEqual(moved.week, 3)
        XCTAssertTrue(away.weeks[2].days.contains { $0.date == moved.date }, "held on a working day")
        for point in away.reviewPoints {
            XCTAssertFalse(plan.unavailable.contains { $0.contains(point.date) }, "review on \(point.date.iso) is a day of leave")
        }
        plan.unavailable = [UnavailableSpan(from: date("2026-06-09"), until: date("2026-06-11"), reason: "annual leave")]
        let partly = try build(plan, Contract(hoursPerWeek: 35))
        XCTAssertEqual(partly.weeks[1].review?.date, date("2026-06-12"), "the Friday the client is not away")
    }

    func testWorkedHoursDoNotJumpAfterAShortenedWeek() throws {
        // A 10 % step for a client with post-exertional malaise; Good Friday and Easter Monday.
        var plan = PlanSpec(start: date("2026-03-23"), startPercent: 30, strategy: .hours, maxStepPercent: 10)
        plan.reviews = ReviewPlan(everyWeeks: 2)
        let contract = Contract(hoursPerWeek: 37.5)
        let holidays: Set<LocalDate> = [date("2026-04-03"), date("2026-04-06")]
        let schedule = try build(plan, contract, holidays: { holidays.contains($0) ? "Holiday" : nil })
        for (before, after) in zip(schedule.weeks, schedule.weeks.dropFirst()) {
            XCTAssertLessThanOrEqual(after.totalMinutes - before.totalMinutes, 225, "week \(after.number)")
        }
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 2250)
    }

    func testAGivenLengthWithAHolidayInTheLastWeekIsRefusedWithAWorkingFix() {
        var plan = PlanSpec(start: date("2026-03-09"), weeks: 4, startPercent: 40, strategy: .hours)
        plan.maxStepPercent = 25
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 39)), plan: plan)
        let goodFriday: ScheduleBuilder.HolidayLookup = { $0 == LocalDate(iso: "2026-04-03") ? "Good Friday" : nil }
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: goodFriday).build(file)) { error in
            let conflict = (error as? InfeasiblePlan)?.conflicts.first
            XCTAssertEqual(conflict?.field, "plan.weeks")
            XCTAssertTrue(conflict?.problem.contains("week 4") ?? false, "\(String(describing: conflict))")
            XCTAssertTrue(conflict?.resolution.contains("plan.weeks: 5") ?? false, "\(String(describing: conflict))")
        }
    }

    func testReviewDatesMustBeWorkingWeekdaysOfThePlan() {
        var plan = PlanSpec(start: date("2026-03-30"), startPercent: 50, strategy: .hours)
        plan.reviews = ReviewPlan(dates: [date("2026-04-06"), date("2026-04-11"), date("2026-09-01")])
        let file = CaseFile(caseInfo: CaseInfo(reference: "T"), client: Client(name: "T"),
                            employment: Employment(contract: Contract(hoursPerWeek: 35)), plan: plan)
        let easterMonday: ScheduleBuilder.HolidayLookup = { $0 == LocalDate(iso: "2026-04-06") ? "Easter Monday" : nil }
        XCTAssertThrowsError(try ScheduleBuilder(holidayName: easterMonday).build(file)) { error in
            let conflicts = (error as? InfeasiblePlan)?.conflicts ?? []
            XCTAssertEqual(conflicts.count, 3, "every bad date at once: \(conflicts)")
            XCTAssertTrue(conflicts[0].problem.contains("public holiday"))
            XCTAssertTrue(conflicts[0].resolution.contains("2026-04-07"), conflicts[0].resolution)
            XCTAssertTrue(conflicts[1].problem.contains("Saturday"))
            XCTAssertTrue(conflicts[2].problem.contains("after the plan ends"))
        }
    }
}
