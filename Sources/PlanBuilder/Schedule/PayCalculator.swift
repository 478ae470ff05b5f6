/// What each week means for the client's pay, from the employer's pay policy, so that a
/// client can see it before agreeing to the plan.
enum PayCalculator {
    static func apply(_ pay: PayPolicy?, to schedule: inout GradedSchedule) {
        guard let pay else { return }
        for index in schedule.weeks.indices {
            let week = schedule.weeks[index]
            let worked = min(100, week.percentOfContract)
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
