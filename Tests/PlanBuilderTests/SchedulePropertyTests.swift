import XCTest
@testable import PlanBuilder

/// Many generated plans, each checked against the rules every schedule keeps. The
/// generator is seeded, so a failure names a plan that can be rebuilt exactly.
final class SchedulePropertyTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so runs are repeatable.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func testGeneratedPlansKeepEveryRule() {
        var random = SeededGenerator(state: 20261123)
        var built = 0
        var refused = 0
        var paused = 0
        var given = 0
        var fixesFollowed = 0
        for index in 0..<600 {
            let (file, excluded) = Self.randomCase(&random, index: index)
            let plan = file.plan!
            let contract = file.employment!.contract!
            let lookup: ScheduleBuilder.HolidayLookup = { excluded.holidays.contains($0) ? "Holiday" : nil }
            do {
                let schedule = try ScheduleBuilder(holidayName: lookup).build(file)
                built += 1
                if schedule.weeks.contains(where: \.isPause) { paused += 1 }
                if plan.weeks != nil { given += 1; XCTAssertEqual(schedule.weeks.count, plan.weeks, "case \(index)") }
                let paidDaysOff = { (week: WeekPlan) in
                    week.excluded.filter { excluded.holidays.contains($0.date) || excluded.leave.contains($0.date) }.count
                }
                let problems = ScheduleInvariants.violations(of: schedule, plan: plan, contract: contract,
                                                             excludedDates: excluded.all, paidDaysOff: paidDaysOff)
                XCTAssertEqual(problems, [], "case \(index): \(plan) \(contract)")
                XCTAssertFalse(schedule.weeks.isEmpty)
                if let first = schedule.weeks.first(where: { !$0.days.isEmpty }), let capacity = file.assessment?.capacity, !plan.exceedCapacity {
                    if let days = capacity.daysPerWeek { XCTAssertLessThanOrEqual(first.days.count, days, "case \(index)") }
                    if let hours = capacity.hoursPerDay {
                        XCTAssertTrue(first.days.allSatisfy { Double($0.minutes) <= hours * 60 }, "case \(index)")
                    }
                }
            } catch {
                refused += 1
                XCTAssertFalse(error.conflicts.isEmpty)
                for conflict in error.conflicts {
                    XCTAssertFalse(conflict.resolution.isEmpty, "case \(index): a conflict without a way out")
                    // A length offered as a fix is followed, and the conflict must go.
                    if let weeks = Self.offeredWeeks(conflict.resolution) {
                        var followed = file
                        followed.plan?.weeks = weeks
                        do { _ = try ScheduleBuilder(holidayName: lookup).build(followed); fixesFollowed += 1 } catch {
                            XCTAssertFalse(error.conflicts.contains { $0.code == conflict.code },
                                           "case \(index): plan.weeks: \(weeks) was offered but does not resolve \(conflict)")
                            fixesFollowed += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(built, 400, "too many generated plans refused (\(refused))")
        XCTAssertGreaterThan(paused, 20, "too few generated plans with a pause")
        XCTAssertGreaterThan(given, 40, "too few generated plans with a given length")
        XCTAssertGreaterThan(fixesFollowed, 5, "too few offered fixes followed")
    }

    /// The first "plan.weeks: N" a resolution offers.
    static func offeredWeeks(_ resolution: String) -> Int? {
        guard let range = resolution.range(of: "plan.weeks: ") else { return nil }
        return Int(resolution[range.upperBound...].prefix { $0.isNumber })
    }

    struct Exclusions {
        var holidays: Set<LocalDate>
        var leave: Set<LocalDate>
        var all: Set<LocalDate>
    }

    static func randomCase(_ random: inout SeededGenerator, index: Int) -> (CaseFile, Exclusions) {
        let start = LocalDate(year: 2026, month: 1, day: 5)!.adding(days: Int.random(in: 0..<700, using: &random))
        let strategy = PlanSpec.Strategy.allCases.randomElement(using: &random)!
        let contract: Contract
        if strategy == .shifts {
            let shiftHours = [8.0, 10, 12, 12.5].randomElement(using: &random)!
            let shifts = Int.random(in: 2...4, using: &random)
            contract = Contract(hoursPerWeek: shiftHours * Double(shifts), shiftHours: shiftHours, shiftsPerWeek: shifts)
        } else {
            let pattern: [[Weekday]] = [[.mon, .tue, .wed, .thu, .fri], [.mon, .tue, .wed, .thu], [.tue, .wed, .thu, .fri, .sat], [.mon, .wed, .fri]]
            let days = pattern.randomElement(using: &random)!
            let dayHours = [6.0, 7, 7.5, 8].randomElement(using: &random)!
            contract = Contract(hoursPerWeek: dayHours * Double(days.count), days: days)
        }
        var plan = PlanSpec(start: start, strategy: strategy)
        if Bool.random(using: &random) { plan.startPercent = Double(Int.random(in: 20...60, using: &random)) }
        plan.targetPercent = [100, 100, 100, 80, 60].randomElement(using: &random)!
        if let startPercent = plan.startPercent, startPercent > plan.targetPercent { plan.startPercent = plan.targetPercent }
        plan.maxStepPercent = [15, 20, 25, 30].randomElement(using: &random)!
        plan.roundingMinutes = [15, 15, 30].randomElement(using: &random)!
        if strategy == .shifts, let shiftHours = contract.shiftHours, shiftHours > 8 { plan.maxDayHours = 8 }
        if Int.random(in: 0..<3, using: &random) == 0 { plan.nonConsecutiveUntilWeek = Int.random(in: 1...3, using: &random) }
        var holidays = Set<LocalDate>()
        var all = Set<LocalDate>()
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            holidays.insert(start.adding(days: Int.random(in: 0..<70, using: &random)))
        }
        all.formUnion(holidays)
        var appointments: [Appointment] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let day = start.adding(days: Int.random(in: 0..<70, using: &random))
            appointments.append(Appointment(date: day))
            all.insert(day)
        }
        var leave = Set<LocalDate>()
        if Int.random(in: 0..<3, using: &random) == 0 {
            let from = start.adding(days: Int.random(in: 7..<50, using: &random))
            let until = from.adding(days: [0, 1, 3, 6, 13, 20].randomElement(using: &random)!)
            plan.unavailable = [UnavailableSpan(from: from, until: until, reason: "annual leave")]
            var day = from
            while day <= until { all.insert(day); leave.insert(day); day = day.adding(days: 1) }
            if Bool.random(using: &random) { plan.afterPause = .stepBack }
        }
        if Int.random(in: 0..<4, using: &random) == 0 { plan.weeks = Int.random(in: 4...14, using: &random) }
        if Int.random(in: 0..<3, using: &random) == 0 { plan.maxDayRiseHours = [1, 1.5, 3].randomElement(using: &random)! }
        plan.pay = [nil, PayPolicy(policy: .full), PayPolicy(policy: .hoursWorked), PayPolicy(policy: .fullForWeeks, weeks: 2)]
            .randomElement(using: &random)!
        var capacity: Capacity?
        if Bool.random(using: &random) {
            capacity = Capacity(hoursPerDay: Double(Int.random(in: 4...8, using: &random)), daysPerWeek: Int.random(in: 2...5, using: &random))
        }
        let file = CaseFile(caseInfo: CaseInfo(reference: "P-\(index)"), client: Client(name: "P"),
                            employment: Employment(contract: contract), health: Health(appointments: appointments),
                            assessment: Assessment(capacity: capacity), plan: plan)
        return (file, Exclusions(holidays: holidays, leave: leave.subtracting(holidays), all: all))
    }
}
