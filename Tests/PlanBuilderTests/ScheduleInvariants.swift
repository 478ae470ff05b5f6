@testable import PlanBuilder

/// The rules every graded schedule must keep, checked from the outside so that unit and
/// property tests share one definition of "correct".
enum ScheduleInvariants {
    static func violations(of schedule: GradedSchedule, plan: PlanSpec, contract: Contract,
                           excludedDates: Set<LocalDate>) -> [String] {
        var problems: [String] = []
        let unit = plan.roundingMinutes
        let maxStep = plan.maxStepPercent / 100 * Double(schedule.contractMinutes)
        let working = Set(contract.workingDays)
        var previousPlanned: Int?
        var previousDate: LocalDate?
        for week in schedule.weeks {
            let sum = week.days.reduce(0) { $0 + $1.minutes }
            if sum != week.totalMinutes { problems.append("week \(week.number): total is not the sum of its days") }
            if week.totalMinutes > week.plannedMinutes { problems.append("week \(week.number): more than planned") }
            if let previousPlanned {
                let rise = Double(week.plannedMinutes - previousPlanned)
                if rise > maxStep + 0.001 { problems.append("week \(week.number): step of \(rise) minutes above \(maxStep)") }
                if week.plannedMinutes < previousPlanned { problems.append("week \(week.number): planned hours fall") }
            }
            previousPlanned = week.plannedMinutes
            let isFinal = week.number == schedule.weeks.count
            let longest = isFinal ? Int((contract.fullDayHours * 60 / Double(unit)).rounded(.up)) * unit
                : Int((min(plan.maxDayHours ?? contract.fullDayHours, contract.fullDayHours) * 60))
            for day in week.days {
                if day.minutes % unit != 0 { problems.append("\(day.date): \(day.minutes) min not rounded to \(unit)") }
                if Double(day.minutes) < plan.minDayHours * 60 - 0.001 { problems.append("\(day.date): shorter than min_day_hours") }
                if day.minutes > longest { problems.append("\(day.date): \(day.minutes) min longer than \(longest)") }
                if excludedDates.contains(day.date) { problems.append("\(day.date): work on an excluded day") }
                if !working.contains(day.date.weekday) { problems.append("\(day.date): not a contract day") }
                if day.date < week.start || day.date > week.end { problems.append("\(day.date): outside week \(week.number)") }
                if week.nonConsecutive, let previousDate, previousDate.days(until: day.date) <= 1 {
                    problems.append("\(day.date): two days in a row in week \(week.number)")
                }
                previousDate = day.date
            }
            if !week.isShortened && week.totalMinutes != week.plannedMinutes {
                problems.append("week \(week.number): total differs from plan")
            }
        }
        if let last = schedule.weeks.last {
            let target = plan.targetPercent / 100 * Double(schedule.contractMinutes)
            if !last.isShortened, abs(Double(last.plannedMinutes) - target) > Double(unit) {
                problems.append("last week \(last.plannedMinutes) min, target \(target)")
            }
        }
        return problems
    }
}
