/// What each week means for the client's pay, from the employer's pay policy, so that a
/// client can see it before agreeing to the plan.
enum PayCalculator {
    /// Hours worked, plus the planned hours of public holidays and leave, which are paid
    /// as normal; appointments and other time off are not counted.
    static func paidPercent(_ week: WeekPlan) -> Double {
        guard week.contractMinutes > 0 else { return 0 }
        let paidDaysOff = week.excluded.filter { day in
            switch day.reason {
            case .publicHoliday: return true
            case .unavailable(let reason?): return UnavailableSpan.isLeave(reason)
            default: return false
            }
        }.count
        // The hours a shortened week lost, shared across its days off; the share of
        // paid days off is paid.
        let missing = max(0, week.plannedMinutes - week.totalMinutes)
        let paidMinutes = week.totalMinutes + missing * paidDaysOff / max(1, week.excluded.count)
        return Double(paidMinutes) * 100 / Double(week.contractMinutes)
    }


    static func apply(_ pay: PayPolicy?, to schedule: inout GradedSchedule) {
        guard let pay else { return }
        for index in schedule.weeks.indices {
            let week = schedule.weeks[index]
            let worked = min(100, paidPercent(week))
            switch pay.policy {
            case .full:
                schedule.weeks[index].payPercent = 100
            case .hoursWorked:
                schedule.weeks[index].payPercent = worked
            case .fullForWeeks:
                schedule.weeks[index].payPercent = week.number <= (pay.weeks ?? 0) ? 100 : worked
            }
        }
    }
}
