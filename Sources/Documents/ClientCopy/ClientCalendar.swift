import PlanBuilder
import ReportKit

/// The schedule as the client reads it: the week grid (`WeekGrid`) with their pay, or in
/// large print a list of the days worked, and every day off with its reason in their own
/// terms.
struct ClientCalendar {
    let schedule: GradedSchedule
    let workingDays: [Weekday]
    let wording: Wording
    let dates: DateWords
    /// Shifts may fall on any day of the pattern (`WeekGrid.rota`).
    var rota = false

    private var grid: WeekGrid { WeekGrid(schedule: schedule, workingDays: workingDays, wording: wording, dates: dates, rota: rota) }

    /// A rota's day off that took no shift shows "–" (`WeekGrid.showsDayOffAsRest`).
    var showsDayOffAsRest: Bool { grid.showsDayOffAsRest }

    func table() throws(DocumentError) -> Table {
        try grid.table(showingPay: schedule.weeks.contains { $0.payPercent != nil }, shadingReviewWeeks: true)
    }

    /// The note read before the table when its pay column marks weeks that count time off.
    func payTimeOffNote() throws(DocumentError) -> Block? {
        try grid.payTimeOffNote()
    }

    /// The same weeks as a list of the days worked, one line a day: in large print seven
    /// weekday columns cannot hold 16-point words on a page, so a 7-day rota is listed.
    func listTable() throws(DocumentError) -> Table {
        let showPay = schedule.weeks.contains { $0.payPercent != nil }
        var columns = [TableColumn(.init(try wording.text("calendar_week")), weight: 1.2, alignment: .center),
                       TableColumn(.init(try wording.text("calendar_days")), weight: 3.0),
                       TableColumn(.init(try wording.text("calendar_total")), weight: 1.3, alignment: .center)]
        if showPay { columns.append(TableColumn(.init(try wording.text("calendar_pay")), weight: 1.3, alignment: .center)) }
        var rows: [TableRow] = []
        for week in schedule.weeks {
            var days = RichText([])
            for (index, day) in week.days.enumerated() {
                if index > 0 { days += RichText("\n") }
                days += RichText(dates.weekday(day.date) + "\u{00A0}") + .bold(wording.fraction(minutes: day.minutes))
                if let start = day.start, let finish = day.finish { days += RichText(" \(start)\u{2013}\(finish)") }
            }
            if week.days.isEmpty { days = .italic(try wording.text("calendar_no_work")) }
            var cells: [RichText] = [.bold("\(week.number)") + RichText("\n" + dates.short(week.start, year: false)), days,
                                     .bold(wording.fraction(minutes: week.totalMinutes))]
            if showPay { cells.append(RichText(try grid.pay(week.payPercent, timeOff: week.payIncludesTimeOff))) }
            rows.append(TableRow(cells, emphasis: week.review != nil ? .shaded : .normal))
        }
        return Table(columns: columns, rows: rows)
    }

    /// Every day off in the plan with its reason in the client's own terms; appointments
    /// keep their time, which the schedule does not carry.
    func daysOff(appointments: [Appointment]) throws(DocumentError) -> [RichText] {
        var items: [(date: LocalDate, text: RichText)] = []
        let excluded = schedule.weeks.flatMap(\.excluded)
        for run in DaysOffRun.runs(excluded) {
            let day = run.last
            let first = run.first
            let reason: String
            switch day.reason {
            case .publicHoliday(let name):
                reason = try wording.text("day_off_public_holiday", ["name": HolidayName(wording: wording)(name)])
            case .appointment(let what):
                reason = try appointmentReason(what, time: appointments.first { $0.date == day.date && $0.what == what }?.time)
            case .unavailable(let why?):
                reason = try wording.text("day_off_unavailable", ["reason": wording.unavailableReason(why)])
            case .unavailable(nil):
                reason = try wording.text("day_off_unavailable_unnamed")
            }
            var date = dates.inFull(day.date)
            if first != day.date {
                date = try wording.text("day_off_range", [
                    "first": dates.inFull(first), "last": date])
            }
            items.append((first, RichText(try wording.text("day_off_entry", ["date": date, "reason": reason]))))
        }
        // An appointment on a day already off for another reason (a check-up during annual
        // leave) is still the client's to keep: listed on its own, in date order.
        let shown = Set(excluded.filter {
            if case .appointment = $0.reason { return true } else { return false }
        }.map(\.date))
        if let start = schedule.firstDay, let end = schedule.lastDay {
            for appointment in appointments where (start...end).contains(appointment.date) && !shown.contains(appointment.date) {
                let reason = try appointmentReason(appointment.what, time: appointment.time)
                let date = dates.inFull(appointment.date)
                items.append((appointment.date, RichText(try wording.text("day_off_entry", ["date": date, "reason": reason]))))
            }
        }
        return items.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element.text)
    }

    /// "Physiotherapy at 10:00 (an appointment)", or "Appointment" when the case names none.
    private func appointmentReason(_ what: String?, time: TimeOfDay?) throws(DocumentError) -> String {
        guard let what else { return try wording.text("day_off_appointment_unnamed") }
        guard let time else { return try wording.text("day_off_appointment", ["what": what]) }
        return try wording.text("day_off_appointment_time", ["what": what, "time": time.description])
    }
}
