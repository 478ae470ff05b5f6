import PlanBuilder

/// A phased-return plan inside the limits PlanBuilder enforces: a start of 40–60 % (or
/// a few hours a day), steps of 20–25 points, days never below the 2-hour minimum, and
/// shift workers held to 8-hour shifts until the return is complete.
struct SyntheticPlan {
    let contract: SynthPools.ContractKind
    let start: LocalDate
    let strategy: String
    let startPercent: Int
    let startHoursPerDay: Double?
    let maxStep: Int
    let restDaysFirstWeek: Bool
    let leave: (from: LocalDate, until: LocalDate)?
    let payPolicy: String

    init(contract: SynthPools.ContractKind, start: LocalDate, holidays: String, random: inout SplitMix64) {
        self.contract = contract
        // Plans start on a Monday, as most phased returns do.
        self.start = start.adding(days: (7 - start.weekday.index) % 7)
        maxStep = random.pick([20, 25])
        switch contract {
        case .shift(let hours, _):
            strategy = "shifts"
            startHoursPerDay = min(hours, Double(random.pick([4, 5, 6])))
            startPercent = 0
            restDaysFirstWeek = false
        case .office(let days, let dayHours):
            let choice = random.pick(dayHours >= 5 ? ["hours", "days", "balanced", "balanced"] : ["days", "balanced"])
            strategy = choice
            startPercent = random.pick([40, 50, 60])
            startHoursPerDay = nil
            restDaysFirstWeek = choice == "balanced" && days == 5 && startPercent <= 50 && random.chance(0.3)
        }
        // Leave of two or three days that leaves at least two working days in its week
        // after public holidays, so no week of the plan is empty.
        var leave: (from: LocalDate, until: LocalDate)?
        if case .office(let days, _) = contract, days >= 4, random.chance(0.25) {
            let from = self.start.adding(days: 7 * random.int(2...3) + random.int(0...1))
            let until = from.adding(days: random.int(1...2))
            let calendar = HolidayCalendar(region: HolidayRegion(rawValue: holidays) ?? .englandAndWales)
            let monday = from.adding(days: -from.weekday.index)
            let free = (0..<days).map { monday.adding(days: $0) }.filter { day in
                (day < from || day > until) && calendar.holiday(on: day) == nil
            }
            if free.count >= 2 { leave = (from, until) }
        }
        self.leave = leave
        payPolicy = random.pick(["full", "hours-worked", "full-for-weeks"])
    }

    var fullDayHours: Double {
        switch contract {
        case .office(_, let dayHours): return dayHours
        case .shift(let hours, _): return min(hours, 8)
        }
    }

    var contractHours: Double {
        switch contract {
        case .office(let days, let dayHours): return Double(days) * dayHours
        case .shift(let hours, let perWeek): return Double(perWeek) * hours
        }
    }

    /// The share of the contract week 1 works, for the reviews' hours.
    var startShare: Double {
        if let startHoursPerDay, case .shift(_, let perWeek) = contract {
            return min(1, startHoursPerDay * Double(perWeek) / contractHours)
        }
        return Double(startPercent) / 100
    }

    /// Roughly how many weeks the return takes: the fewest that keep within the step.
    var estimatedWeeks: Int { Int(((1 - startShare) * 100 / Double(maxStep)).rounded(.up)) + 1 }

    func write(to out: inout YAMLText, holidays: String) {
        out.line(0, "plan:")
        out.line(1, "start: \(start.iso)")
        if let startHoursPerDay {
            out.line(1, "start_hours_per_day: \(YAMLText.number(startHoursPerDay))")
        } else {
            out.line(1, "start_percent: \(startPercent)")
        }
        out.line(1, "strategy: \(strategy)")
        out.line(1, "max_step_percent: \(maxStep)")
        if case .shift(let hours, _) = contract, hours > 8 { out.line(1, "max_day_hours: 8") }
        if restDaysFirstWeek { out.line(1, "non_consecutive_until_week: 2") }
        out.line(1, "holidays: \(holidays)")
        if let leave {
            out.line(1, "unavailable:")
            out.line(2, "- from: \(leave.from.iso)")
            out.line(3, "until: \(leave.until.iso)")
            out.line(3, "reason: annual leave")
        }
        out.line(1, "reviews:")
        out.line(2, "every_weeks: 2")
        out.line(1, "pay:")
        out.line(2, "policy: \(payPolicy)")
        if payPolicy == "full-for-weeks" { out.line(2, "weeks: 2") }
        out.blank()
    }

    /// Reviews every two weeks so far, each with the hours actually worked: usually a
    /// little under the plan, sometimes well under after a bad week.
    func reviewWeeks(random: inout SplitMix64) -> [(week: Int, date: LocalDate, hours: Double)] {
        let weeks = estimatedWeeks
        let recorded = random.int(0...max(1, weeks / 2))
        return (0..<recorded).map { position in
            let week = 2 * (position + 1)
            let planned = min(1, startShare + Double(maxStep) / 100 * Double(week - 1)) * contractHours
            let kept = random.chance(0.15) ? 0.5 + random.unit() * 0.3 : 0.85 + random.unit() * 0.15
            let hours = (planned * kept * 4).rounded() / 4
            return (week, start.adding(days: 7 * (week - 1) + 4), hours)
        }
    }
}
