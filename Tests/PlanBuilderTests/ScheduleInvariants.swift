@testable import PlanBuilder

/// The rules every graded schedule must keep, stated on what the client lives through —
/// the hours and days actually worked — and checked from the outside so that unit and
/// property tests share one definition of "correct".
enum ScheduleInvariants {
    static func violations(of schedule: GradedSchedule, plan: PlanSpec, contract: Contract,
                           excludedDates: Set<LocalDate>, paidDaysOff: (WeekPlan) -> Int = { _ in 0 }) -> [String] {
        var problems: [String] = []
        let unit = plan.roundingMinutes
        let contractMinutes = schedule.contractMinutes
        let maxStep = plan.maxStepPercent / 100 * Double(contractMinutes)
        let dayRise = Int(plan.maxDayRiseHours * 60)
        let fullDay = Int((contract.fullDayHours * 60 / Double(unit)).rounded(.up)) * unit
        let maxDay = plan.maxDayHours.map { min(Int($0 * 60), fullDay) } ?? fullDay
        let working = Set(plan.pattern.workingDays ?? contract.workingDays).intersection(contract.workingDays)
        var lastWorked: WeekPlan?
        var previousWeek: WeekPlan?
        var previousDates: [LocalDate] = []
        for week in schedule.weeks {
            let sum = week.days.reduce(0) { $0 + $1.minutes }
            if sum != week.totalMinutes { problems.append("week \(week.number): total is not the sum of its days") }
            if week.days.count > contract.fullWeekDays {
                // Only to keep max_day_hours to the end, one day at that length at a time.
                let keepsLimit = plan.maxDayHours != nil && maxDay < fullDay && plan.maxDayHoursUntilReview == nil
                    && schedule.weeks.allSatisfy { $0.longestDayMinutes <= maxDay }
                let limit = max(unit, maxDay / unit * unit)
                let fewestDays = (week.totalMinutes + limit - 1) / limit
                if !keepsLimit || week.days.count > 5 || week.days.count > fewestDays {
                    problems.append("week \(week.number): \(week.days.count) days, more than the contract's \(contract.fullWeekDays)")
                }
            }
            if week.isPause, !week.days.isEmpty { problems.append("week \(week.number): a pause with work in it") }
            if let review = week.review, week.excluded.contains(where: { $0.date == review.date }) {
                problems.append("week \(week.number): the review on \(review.date.iso) is a day the client is away")
            }
            for day in week.days {
                if day.minutes % unit != 0 { problems.append("\(day.date): \(day.minutes) min not rounded to \(unit)") }
                if Double(day.minutes) < plan.minDayHours * 60 - 0.001 { problems.append("\(day.date): shorter than min_day_hours") }
                if day.minutes > fullDay { problems.append("\(day.date): \(day.minutes) min longer than a full day") }
                if excludedDates.contains(day.date) { problems.append("\(day.date): work on an excluded day") }
                if !working.contains(day.date.weekday) { problems.append("\(day.date): not a working day of the plan") }
                if day.date < week.start || day.date > week.end { problems.append("\(day.date): outside week \(week.number)") }
            }
            if week.nonConsecutive {
                let dates = (previousDates.suffix(1) + week.days.map(\.date))
                for (a, b) in zip(dates, dates.dropFirst()) where a.days(until: b) <= 1 {
                    problems.append("\(b): two days in a row in week \(week.number)")
                }
            }
            let run = longestRun(previousDates + week.days.map(\.date))
            if run > contract.fullWeekDays { problems.append("week \(week.number): \(run) days in a row") }
            if let lastWorked, week.totalMinutes > 0 {
                let rise = Double(week.totalMinutes - lastWorked.totalMinutes)
                if rise > maxStep + 0.001 {
                    problems.append("week \(week.number): worked hours rise by \(rise) min, more than \(maxStep)")
                }
                if week.longestDayMinutes > lastWorked.longestDayMinutes + dayRise {
                    problems.append("week \(week.number): a day of \(week.longestDayMinutes) min after a longest day of \(lastWorked.longestDayMinutes)")
                }
                if lastWorked.isShortened, week.totalMinutes > lastWorked.plannedMinutes {
                    problems.append("week \(week.number): goes past the level of the shortened week before")
                }
                if previousWeek?.isPause == true, week.totalMinutes > lastWorked.plannedMinutes {
                    problems.append("week \(week.number): resumes above the level before the pause")
                }
                if week.longestDayMinutes > maxDay, lastWorked.longestDayMinutes < maxDay - unit,
                   week.longestDayMinutes > lastWorked.longestDayMinutes {
                    problems.append("week \(week.number): days beyond max_day_hours before the plan reached it")
                }
                let shortest = week.days.map(\.minutes).min() ?? 0
                let before = lastWorked.days.map(\.minutes).min() ?? 0
                if shortest < before || week.longestDayMinutes < lastWorked.longestDayMinutes,
                   !schedule.notes.contains(where: { $0.topic == .dayLength && $0.values["week"] == .number(week.number) }) {
                    problems.append("week \(week.number): days get shorter with no stated reason")
                }
            }
            if let policy = plan.pay {
                // A normal working day: a shift for shift work, the contract day otherwise.
                let dayMinutes = contract.fullDayHours * 60
                // A week away on paid leave is paid as a normal week; a pause the leave takes
                // only most of pays its days of leave, like any other week.
                let away = Set(week.excluded.map(\.date))
                let awayAllWeek = (0..<7).map { week.start.adding(days: $0) }.filter { working.contains($0.weekday) }.allSatisfy(away.contains)
                // On a rota (shifts that may fall on more days than there are shifts) a paid
                // day off is paid only for the planned time the week could not place, and a
                // pause for paid leave is a normal week however many days it covers.
                let rota = contract.isRota
                let onPaidLeave = week.isPause && (awayAllWeek || rota) && !week.excluded.isEmpty && paidDaysOff(week) == week.excluded.count
                let credit = rota ? min(Double(paidDaysOff(week)) * dayMinutes, Double(max(0, week.plannedMinutes - week.totalMinutes)))
                    : Double(paidDaysOff(week)) * dayMinutes
                let byHours = onPaidLeave ? 100 : min(100, (Double(week.totalMinutes) + credit) * 100 / Double(contractMinutes))
                let expected: Double
                switch policy.policy {
                case .full: expected = 100
                case .hoursWorked: expected = byHours
                case .fullForWeeks: expected = week.number <= (policy.weeks ?? 0) ? 100 : byHours
                }
                if abs((week.payPercent ?? -1) - expected) > 0.01 {
                    problems.append("week \(week.number): pay \(week.payPercent ?? -1) %, expected \(expected)")
                }
            }
            if week.totalMinutes > 0 { lastWorked = week }
            previousDates = week.days.map(\.date)
            previousWeek = week
        }
        if let last = schedule.weeks.last {
            let target = targetMinutes(plan: plan, contract: contract, contractMinutes: contractMinutes)
            if abs(last.totalMinutes - target) >= unit {
                problems.append("last week worked \(last.totalMinutes) min, target \(target)")
            }
            if schedule.targetWeek.map({ schedule.weeks[$0 - 1].totalMinutes != last.totalMinutes }) ?? true {
                problems.append("the target week \(schedule.targetWeek.map(String.init) ?? "none") is not worked at the target")
            }
        }
        return problems
    }

    static func targetMinutes(plan: PlanSpec, contract: Contract, contractMinutes: Int) -> Int {
        let unit = plan.roundingMinutes
        if contract.isShiftWork, plan.targetPercent >= 100, let shifts = contract.shiftsPerWeek, let hours = contract.shiftHours {
            return Int((hours * 60 / Double(unit)).rounded()) * unit * shifts
        }
        return Int((plan.targetPercent / 100 * Double(contractMinutes) / Double(unit)).rounded()) * unit
    }

    private static func longestRun(_ dates: [LocalDate]) -> Int {
        var best = 0, run = 0
        var last: LocalDate?
        for date in dates {
            run = (last.map { $0.days(until: date) == 1 } ?? false) ? run + 1 : 1
            best = max(best, run)
            last = date
        }
        return best
    }
}
