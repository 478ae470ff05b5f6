/// Builds the graded return-to-work schedule from a case file's plan, or explains, with
/// what would resolve it, why the plan cannot be met.
///
/// The work is done in two layers: `WeeklyRamp` decides each week's planned total, then
/// `WeekShaper` and `DayPicker` place it on days around holidays and appointments.
public struct ScheduleBuilder {
    /// The public holiday on a date, if any (`HolidayCalendar.holiday(on:)`).
    public typealias HolidayLookup = (LocalDate) -> String?

    private let holidayName: HolidayLookup

    public init(holidayName: @escaping HolidayLookup) {
        self.holidayName = holidayName
    }

    public func build(_ caseFile: CaseFile) throws(InfeasiblePlan) -> GradedSchedule {
        guard let plan = caseFile.plan else {
            throw InfeasiblePlan(conflicts: [PlanConflict(field: "plan", problem: "the case file has no plan.",
                                                         resolution: "Add a plan section with at least plan.start.")])
        }
        guard let contract = caseFile.employment?.contract else {
            throw InfeasiblePlan(conflicts: [PlanConflict(field: "employment.contract", problem: "a plan needs the contracted hours.",
                                                         resolution: "Add employment.contract.hours_per_week.")])
        }
        let setup = try ScheduleSetup(plan: plan, contract: contract, capacity: caseFile.assessment?.capacity)
        guard plan.weeks == nil else {
            switch buildWeeks(count: setup.weeks, setup: setup, caseFile: caseFile) {
            case .success(let schedule): return schedule
            case .failure(let failure): throw failure.plan
            }
        }
        // With no length given, the plan takes the fewest weeks that keep every rule: a
        // week the rest-day rule or the calendar cannot fit, or a last week shortened by
        // a holiday, moves the end on by a week rather than failing or finishing short.
        var weeks = setup.weeks
        while true {
            let result = buildWeeks(count: weeks, setup: setup, caseFile: caseFile)
            let canLengthen = weeks < setup.weeks + 26
            switch result {
            case .success(let schedule):
                if canLengthen, schedule.weeks.last?.isShortened == true, weeks < setup.weeks + 3 {
                    weeks += 1
                    continue
                }
                return schedule
            case .failure(let failure):
                if canLengthen, failure.lengtheningMayHelp {
                    weeks += 1
                    continue
                }
                throw failure.plan
            }
        }
    }

    /// Why a given number of weeks did not work, and whether more weeks might.
    private struct WeeksFailure: Error {
        var plan: InfeasiblePlan
        var lengtheningMayHelp: Bool
    }

    private func buildWeeks(count: Int, setup: ScheduleSetup, caseFile: CaseFile) -> Result<GradedSchedule, WeeksFailure> {
        let plan = setup.plan
        let lastDay = plan.start.adding(days: 7 * count - 1)
        let excluded = ExcludedDays(plan: plan, appointments: caseFile.health?.appointments ?? [],
                                    holidayName: holidayName, through: lastDay)
        let limitsByWeek = (1...count).map { weekLimits(number: $0, count: count, setup: setup) }
        let planned = cappedRamp(setup.ramp.plannedUnits(weeks: count), limits: limitsByWeek)
        var conflicts: [PlanConflict] = []
        var onlyLaterWeeksDidNotFit = true
        for (index, pair) in zip(planned, planned.dropFirst()).enumerated() where pair.1 - pair.0 > setup.ramp.maxStepUnits {
            conflicts.append(setup.stepConflict(week: index + 2, rise: pair.1 - pair.0, weeks: count))
        }
        var weeks: [WeekPlan] = []
        var previousDays: Int?
        var lastWorked: LocalDate?
        var notes = setup.notes

        for (index, units) in planned.enumerated() {
            let number = index + 1
            let start = plan.start.adding(days: 7 * index)
            let dates = (0..<7).map { start.adding(days: $0) }
            let contractDates = dates.filter { setup.workingDays.contains($0.weekday) }
            let free = contractDates.filter { excluded.reason(for: $0) == nil }
            let restDays = (plan.nonConsecutiveUntilWeek ?? 0) >= number
            var limits = limitsByWeek[index]
            limits.previousDays = previousDays
            let lengths: [Int]
            switch setup.shaper.shape(total: units, limits: limits) {
            case .success(let shaped):
                lengths = shaped
            case .failure(let failure):
                conflicts.append(setup.conflict(for: failure, week: number, units: units, limits: limits, restDays: restDays))
                if number == 1 || failure == .shorterThanOneDay { onlyLaterWeeksDidNotFit = false }
                lengths = []
            }
            let available = DayPicker.mostDays(from: free, nonConsecutive: restDays, after: restDays ? lastWorked : nil)
            let dayCount = min(lengths.count, available)
            if !lengths.isEmpty && dayCount == 0 {
                onlyLaterWeeksDidNotFit = false
                conflicts.append(PlanConflict(
                    field: "plan.unavailable",
                    problem: "week \(number) (\(start.iso) to \(dates[6].iso)) has no day that can be worked: every contract day is a holiday, unavailable or an appointment.",
                    resolution: "Move the start of the plan, shorten the unavailable dates, or add working days to employment.contract."))
            }
            let chosen = DayPicker.pick(dayCount, from: free, nonConsecutive: restDays, after: restDays ? lastWorked : nil) ?? []
            let kept = Array(lengths.prefix(dayCount))
            let days = zip(chosen, kept).map { WorkDay(date: $0, minutes: $1 * setup.unit) }
            if let worked = days.last?.date { lastWorked = worked }
            if !kept.isEmpty, kept.count == lengths.count { previousDays = kept.count }
            var flags: [String] = []
            if number == 1, setup.plan.exceedCapacity, setup.exceedsCapacity(days) {
                flags.append("Week 1 is above the assessed capacity, as the case file asks (plan.exceed_capacity).")
                notes.append(ScheduleNote(kind: .flag, message: "Week 1 goes beyond the assessed capacity at the case manager's request."))
            }
            weeks.append(WeekPlan(
                number: number, start: start, end: dates[6], days: days,
                excluded: contractDates.compactMap { date in excluded.reason(for: date).map { ExcludedDay(date: date, reason: $0) } },
                plannedMinutes: units * setup.unit, contractMinutes: setup.contractMinutes,
                payPercent: nil,
                dutiesBack: plan.duties.filter { $0.isDone(inWeek: number) }.map(\.duty),
                dutiesAvoided: plan.duties.filter { !$0.isDone(inWeek: number) }.map(\.duty),
                review: nil, nonConsecutive: restDays, flags: flags))
        }
        if !conflicts.isEmpty {
            return .failure(WeeksFailure(plan: InfeasiblePlan(conflicts: conflicts), lengtheningMayHelp: onlyLaterWeeksDidNotFit))
        }
        if plan.maxDayHours != nil, let last = weeks.last,
           let longest = last.days.map(\.minutes).max(), longest > setup.longestDayUnits * setup.unit {
            notes.append(ScheduleNote(kind: .flag, message: "Week \(last.number) returns to full \(HoursText.hours(minutes: longest))-hour days; until then no day is longer than \(HoursText.hours(minutes: setup.longestDayUnits * setup.unit)) h (plan.max_day_hours). Review how the client is before the first full day."))
        }
        var schedule = GradedSchedule(
            weeks: weeks, strategy: plan.strategy, contractMinutes: setup.contractMinutes,
            targetPercent: plan.targetPercent, startPercent: setup.startPercent,
            maxStepPercent: plan.maxStepPercent, reviewPoints: [], notes: notes,
            payPolicy: plan.pay, holidayRegion: plan.holidays)
        ReviewScheduler.place(plan.reviews, in: &schedule)
        PayCalculator.apply(plan.pay, to: &schedule)
        return .success(schedule)
    }

    /// What week `number` allows before the calendar is consulted: day length, how many
    /// days the rest-day rule and (in week 1) the assessed capacity leave.
    private func weekLimits(number: Int, count: Int, setup: ScheduleSetup) -> WeekShaper.Limits {
        let plan = setup.plan
        let start = plan.start.adding(days: 7 * (number - 1))
        let contractDates = (0..<7).map { start.adding(days: $0) }.filter { setup.workingDays.contains($0.weekday) }
        let restDays = (plan.nonConsecutiveUntilWeek ?? 0) >= number
        let isFinal = number == count
        var limits = WeekShaper.Limits(
            longestDay: isFinal ? setup.finalDayUnits : setup.longestDayUnits,
            mostDays: DayPicker.mostDays(from: contractDates, nonConsecutive: restDays, after: nil),
            previousDays: nil, fixedDays: nil, isFinal: isFinal)
        if number == 1 {
            limits.fixedDays = setup.firstWeekDays
            if let capacityDays = setup.capacityDays { limits.mostDays = min(limits.mostDays, capacityDays) }
            if let capacityUnits = setup.capacityDayUnits { limits.longestDay = min(limits.longestDay, capacityUnits) }
        }
        return limits
    }

    /// The straight-line ramp, held level in weeks that cannot hold more (rest days
    /// between working days, a shorter day cap) so that no such week is overfilled; the
    /// last week always stays at the target.
    private func cappedRamp(_ planned: [Int], limits: [WeekShaper.Limits]) -> [Int] {
        var capped = planned
        for index in capped.indices.dropLast() {
            let most = limits[index].mostDays * limits[index].longestDay
            capped[index] = min(capped[index], most)
            if index > 0 { capped[index] = max(capped[index], min(capped[index - 1], most)) }
        }
        return capped
    }
}
