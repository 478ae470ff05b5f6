/// Every date the plan must not use, and why: public holidays of the chosen nation,
/// unavailable spans (leave, treatment) and health appointments. Looked up on demand, so
/// a plan that lengthens around a pause needs no horizon fixed in advance.
struct ExcludedDays {
    private let holidayName: (LocalDate) -> String?
    private let unavailable: [UnavailableSpan]
    private let appointments: [LocalDate: Appointment]

    init(plan: PlanSpec, appointments: [Appointment], holidayName: @escaping (LocalDate) -> String?) {
        self.holidayName = holidayName
        unavailable = plan.unavailable
        var byDate: [LocalDate: Appointment] = [:]
        for appointment in appointments where byDate[appointment.date] == nil { byDate[appointment.date] = appointment }
        self.appointments = byDate
    }

    func reason(for date: LocalDate) -> ExcludedDay.Reason? {
        if let name = holidayName(date) { return .publicHoliday(name) }
        if let span = unavailable.first(where: { $0.contains(date) }) { return .unavailable(span.reason) }
        if let appointment = appointments[date] { return .appointment(appointment.what) }
        return nil
    }

    func isHoliday(_ date: LocalDate) -> Bool { holidayName(date) != nil }
    func isUnavailable(_ date: LocalDate) -> Bool { unavailable.contains { $0.contains(date) } }
}
