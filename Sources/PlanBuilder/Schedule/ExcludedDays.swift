/// Every date the plan must not use, and why: public holidays of the chosen nation,
/// unavailable spans (leave, treatment) and health appointments.
struct ExcludedDays {
    private var reasons: [LocalDate: ExcludedDay.Reason] = [:]

    init(plan: PlanSpec, appointments: [Appointment], holidayName: (LocalDate) -> String?, through lastDay: LocalDate) {
        var day = plan.start
        while day <= lastDay {
            if let name = holidayName(day) { reasons[day] = .publicHoliday(name) }
            day = day.adding(days: 1)
        }
        for span in plan.unavailable {
            var date = max(span.from, plan.start)
            while date <= min(span.until, lastDay) {
                if reasons[date] == nil { reasons[date] = .unavailable(span.reason) }
                date = date.adding(days: 1)
            }
        }
        for appointment in appointments where appointment.date >= plan.start && appointment.date <= lastDay {
            if reasons[appointment.date] == nil { reasons[appointment.date] = .appointment(appointment.what) }
        }
    }

    func reason(for date: LocalDate) -> ExcludedDay.Reason? { reasons[date] }
}
