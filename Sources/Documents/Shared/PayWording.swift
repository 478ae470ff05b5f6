import PlanBuilder

/// How the plan and the client copy explain pay while hours rise: the policy's sentence,
/// then only the rules the reader will meet. A plan with no public holiday and no leave in
/// it says nothing about how holidays are paid, and a plan with no appointment on a day it
/// would have worked says nothing about time off for appointments; both documents read the
/// same schedule, so they say the same things.
struct PayWording {
    let wording: Wording
    let pay: PayPolicy
    /// The schedule as the reader may see it; nil when it is not shared, and then only the
    /// policy is stated (an appointment day is health information the grid would carry).
    let schedule: GradedSchedule?
    /// `_rota` when shifts can fall on more days than there are shifts (`Workplace.payWordingSuffix`).
    let rotaSuffix: String

    func text() throws(DocumentError) -> String {
        var sentences: [String]
        switch pay.policy {
        case .full: return try wording.text("pay_full")
        case .hoursWorked: sentences = [try wording.text("pay_hours_worked")]
        case .fullForWeeks: sentences = [try wording.text("pay_full_for_weeks", ["weeks": "\(pay.weeks ?? 0)"])]
        }
        if wording.has("pay_column") { sentences.append(try wording.text("pay_column")) }
        if hasTimeOff { sentences.append(try wording.text("pay_time_off" + rotaSuffix)) }
        if hasAppointmentDays { sentences.append(try wording.text("pay_appointments")) }
        return sentences.joined(separator: " ")
    }

    /// A public holiday on a weekday of the contract, or a day or week of leave.
    private var hasTimeOff: Bool {
        excludedDays.contains { day in
            switch day.reason {
            case .publicHoliday: return !day.isWeekendDate
            case .unavailable: return true
            case .appointment: return false
            }
        }
    }

    /// An appointment on a day that would otherwise have been a working day of the plan
    /// (one during leave or on a holiday is already a day off).
    private var hasAppointmentDays: Bool {
        excludedDays.contains { if case .appointment = $0.reason { return true } else { return false } }
    }

    private var excludedDays: [ExcludedDay] { schedule?.weeks.flatMap(\.excluded) ?? [] }
}
