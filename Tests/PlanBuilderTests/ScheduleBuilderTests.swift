import XCTest
@testable import PlanBuilder

final class ScheduleBuilderTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    private func caseFile(plan: PlanSpec, contract: Contract, capacity: Capacity? = nil,
                          appointments: [Appointment] = []) -> CaseFile {
        CaseFile(caseInfo: CaseInfo(reference: "T-1"), client: Client(name: "Test Client"),
                 employment: Employment(contract: contract),
                 health: Health(appointments: appointments),
                 assessment: Assessment(capacity: capacity), plan: plan)
    }

    private let noHolidays: ScheduleBuilder.HolidayLookup = { _ in nil }

    func testBackPainStylePlanKeepsEveryRule() throws {
        var plan = PlanSpec(start: date("2026-03-02"))
        plan.startHoursPerDay = 4
        plan.maxStepPercent = 20
        plan.nonConsecutiveUntilWeek = 2
        plan.pay = PayPolicy(policy: .fullForWeeks, weeks: 4)
        plan.reviews = ReviewPlan(everyWeeks: 2)
        let contract = Contract(hoursPerWeek: 35, days: [.mon, .tue, .wed, .thu, .fri])
        let appointments = [Appointment(date: date("2026-03-04")), Appointment(date: date("2026-03-18"))]
        let file = caseFile(plan: plan, contract: contract, capacity: Capacity(hoursPerDay: 4, daysPerWeek: 3), appointments: appointments)
        let schedule = try ScheduleBuilder(holidayName: noHolidays).build(file)
        let problems = ScheduleInvariants.violations(of: schedule, plan: plan, contract: contract,
                                                     excludedDates: Set(appointments.map(\.date)))
        XCTAssertEqual(problems, [])
        // The appointment on Wednesday leaves no three days without two in a row.
        XCTAssertEqual(schedule.weeks[0].days.map(\.minutes), [240, 240])
        XCTAssertTrue(schedule.weeks[0].isShortened)
        XCTAssertEqual(schedule.weeks[0].plannedMinutes, 720)
        XCTAssertEqual(schedule.weeks[1].days.map(\.date.weekday), [.mon, .wed, .fri])
        XCTAssertEqual(schedule.weeks.last?.totalMinutes, 35 * 60)
        XCTAssertFalse(schedule.weeks[0].days.contains { $0.date == self.date("2026-03-04") })
    }
}
