/// What each week means for the client's pay, from the employer's pay policy, so that a
/// client can see it before agreeing to the plan.
///
/// Public holidays and paid leave are paid as a normal contract day whatever the
/// schedule planned for that day, and a week the plan pauses for paid leave as a normal
/// week (the documents say so); appointments and other time off are not counted under
/// `hours-worked`.
///
/// On a shift rota (`Contract.isRota`: three shifts that may fall on any of seven days)
/// no day is a shift the employee would otherwise have worked: a Good Friday whose shift
/// the plan works on the Saturday costs nothing, and paying it as well would promise the
/// client a shift's pay the employer does not owe. There a paid day off is paid only for
/// the planned time the week could not place, and a week away on paid leave is a normal
/// week however many of its days the leave covers.
enum PayCalculator {
    /// Hours worked plus a normal day's pay for each public holiday or day of leave on a
    /// contract day (on a rota, at most the planned time not worked), as a share of the
    /// contract, at most 100 %.
    static func paidPercent(_ week: WeekPlan, dayMinutes: Double, rota: Bool = false) -> Double {
        guard week.contractMinutes > 0 else { return 0 }
        // A week away on paid leave is a normal week's pay. A pause the leave takes only
        // most of (`pauseFreeDays`) pays its days of leave; its other days are not worked,
        // and under `hours-worked` not paid, which the pay column then shows.
        if week.isPause, week.pauseFreeDays == 0 || rota, !week.excluded.isEmpty, week.excluded.allSatisfy(isPaid) { return 100 }
        let paidDaysOff = week.excluded.filter(isPaid).count
        var credit = Double(paidDaysOff) * dayMinutes
        if rota { credit = min(credit, Double(max(0, week.plannedMinutes - week.totalMinutes))) }
        let paid = Double(week.totalMinutes) + credit
        return min(100, paid * 100 / Double(week.contractMinutes))
    }

    static func isPaid(_ day: ExcludedDay) -> Bool {
        switch day.reason {
        case .publicHoliday: return !day.isWeekendDate
        case .unavailable(let reason?): return UnavailableSpan.isLeave(reason)
        default: return false
        }
    }

    static func apply(_ pay: PayPolicy?, to schedule: inout GradedSchedule, setup: ScheduleSetup) {
        guard let pay else { return }
        // A normal working day is the contract's own: a 12-hour shift for three shifts a
        // week, not a seventh of the week (shift days can fall on any day).
        let dayMinutes = setup.contract.fullDayHours * 60
        for index in schedule.weeks.indices {
            let week = schedule.weeks[index]
            let worked = paidPercent(week, dayMinutes: dayMinutes, rota: setup.contract.isRota)
            // Paid for more than its hours: the week counts time off paid as normal time.
            let timeOff = worked > week.percentOfContract + 0.005
            switch pay.policy {
            case .full:
                schedule.weeks[index].payPercent = 100
            case .hoursWorked:
                schedule.weeks[index].payPercent = worked
                schedule.weeks[index].payIncludesTimeOff = timeOff
            case .fullForWeeks:
                let full = week.number <= (pay.weeks ?? 0)
                schedule.weeks[index].payPercent = full ? 100 : worked
                schedule.weeks[index].payIncludesTimeOff = !full && timeOff
            }
        }
    }
}
