/// Every date the plan must not use, and why: public holidays of the chosen nation,
/// unavailable spans (leave, treatment) and health appointments. Looked up on demand, so
/// a plan that lengthens around a pause needs no horizon fixed in advance.
struct ExcludedDays {
    /// A public holiday as the schedule needs it.
    struct Holiday {
        var name: String
        /// The weekend date of a holiday whose day off is a weekday: not worked, not paid.
        var isWeekendDate: Bool
    }

    private let holiday: (LocalDate) -> Holiday?
    private let unavailable: [UnavailableSpan]
    private let appointments: [LocalDate: Appointment]

    init(plan: PlanSpec, appointments: [Appointment], holiday: @escaping (LocalDate) -> Holiday?) {
        self.holiday = holiday
        unavailable = plan.unavailable
        var byDate: [LocalDate: Appointment] = [:]
        for appointment in appointments where byDate[appointment.date] == nil { byDate[appointment.date] = appointment }
        self.appointments = byDate
    }

    func day(_ date: LocalDate) -> ExcludedDay? {
        guard let reason = reason(for: date) else { return nil }
        return ExcludedDay(date: date, reason: reason, isWeekendDate: holiday(date)?.isWeekendDate ?? false)
    }

    func reason(for date: LocalDate) -> ExcludedDay.Reason? {
        if let holiday = holiday(date) { return .publicHoliday(holiday.name) }
        if let span = unavailable.first(where: { $0.contains(date) }) { return .unavailable(span.reason) }
        if let appointment = appointments[date] { return .appointment(appointment.what) }
        return nil
    }

    func isHoliday(_ date: LocalDate) -> Bool { holiday(date) != nil }
    func isUnavailable(_ date: LocalDate) -> Bool { unavailable.contains { $0.contains(date) } }
}
