import PlanBuilder
import ReportKit

/// The schedule as a calendar read at a glance: one row a week, one column for each day
/// of the working pattern with that day's hours (and the shift's times), the week's
/// total and, for the client, what the week means for their pay. A day off for a reason
/// says "Off"; the document explains it under the table in its reader's terms. The
/// client copy and the employer's report share it, so both show the same days and hours.
struct WeekGrid {
    let schedule: GradedSchedule
    let workingDays: [Weekday]
    let wording: Wording
    let dates: DateWords
    /// Shifts may fall on any day of the pattern (`Contract.isRota`): a holiday on a day
    /// the plan did not use that week lost no shift, so it reads "–", not "Off", unless the
    /// week came out shorter than planned. It is still listed under the table.
    var rota = false

    /// `shadingReviewWeeks` marks the weeks that end in a review, for a reader who is
    /// told so under the table; `compact` puts each week's first date beside its number,
    /// "1 (2 Mar)", so a row takes one line unless a shift's times need a second, and sets
    /// the rows dense.
    func table(showingPay: Bool, shadingReviewWeeks: Bool = false, compact: Bool = false) throws(DocumentError) -> Table {
        var columns = [TableColumn(.init(try wording.text("calendar_week")), weight: compact ? 2.0 : 1.3, alignment: .center)]
        for day in columnDays {
            columns.append(TableColumn(.init(wording.lookup("weekday_short", day.rawValue)), weight: 1, alignment: .center))
        }
        columns.append(TableColumn(.init(try wording.text("calendar_total")), weight: 1.3, alignment: .center))
        if showingPay { columns.append(TableColumn(.init(try wording.text("calendar_pay")), weight: 1.4, alignment: .center)) }
        let rest = try wording.text("calendar_rest")
        let off = try wording.text("calendar_off")
        var rows: [TableRow] = []
        for week in schedule.weeks {
            let start = dates.short(week.start, year: false)
            var cells: [RichText] = [.bold("\(week.number)") + RichText(compact ? "\u{00A0}(\(start))" : "\n" + start)]
            for day in columnDays {
                if let worked = week.days.first(where: { $0.date.weekday == day }) {
                    cells.append(.bold(wording.fraction(minutes: worked.minutes)) + RichText(worked.start.map { "\n\($0)\u{2013}\(worked.finish!)" } ?? ""))
                } else if week.excluded.contains(where: { $0.date.weekday == day }), !dayOffShowsRest(week) {
                    cells.append(.italic(off))
                } else {
                    cells.append(RichText(rest))
                }
            }
            cells.append(.bold(wording.fraction(minutes: week.totalMinutes)))
            if showingPay { cells.append(RichText(try pay(week.payPercent, timeOff: week.payIncludesTimeOff))) }
            rows.append(TableRow(cells, emphasis: shadingReviewWeeks && week.review != nil ? .shaded : .normal))
        }
        return Table(columns: columns, rows: rows, dense: compact)
    }

    /// The working days in the order each week of the plan lives them, from the weekday the
    /// plan starts on: a plan starting on a Sunday reads Sun, Mon, Tue…, so no day is shown
    /// beside dates it does not belong to.
    var columnDays: [Weekday] {
        guard let first = schedule.weeks.first?.start.weekday else { return workingDays }
        func offset(_ day: Weekday) -> Int { (day.index - first.index + 7) % 7 }
        return workingDays.sorted { offset($0) < offset($1) }
    }

    /// Whether a day off listed under the table shows "–" in the grid (a rota's holiday
    /// that took no shift), so the reader is told why it is not "Off".
    var showsDayOffAsRest: Bool {
        schedule.weeks.contains { week in
            dayOffShowsRest(week) && week.excluded.contains { day in
                workingDays.contains(day.date.weekday) && !week.days.contains { $0.date.weekday == day.date.weekday }
            }
        }
    }

    /// On a rota, a day off in a week that lost nothing by it took no shift: "–", not "Off".
    private func dayOffShowsRest(_ week: WeekPlan) -> Bool { rota && !week.isShortened && !week.isPause }

    /// The week's pay ("87 %"), marked ("87 %*") when it counts time off paid as normal
    /// time (`payTimeOffNote` says so before the table).
    func pay(_ percent: Double?, timeOff: Bool = false) throws(DocumentError) -> String {
        guard let percent else { return "" }
        let cell = percent >= 99.95 ? try wording.text("pay_cell_full")
            : try wording.text("pay_cell_percent", ["percent": "\(Int(percent.rounded()))"])
        return timeOff ? cell + (try wording.text("pay_cell_time_off_mark")) : cell
    }

    /// The note, read before the table, on a pay column that marks a week counting time off.
    func payTimeOffNote() throws(DocumentError) -> Block? {
        guard schedule.weeks.contains(where: { $0.payPercent != nil && $0.payIncludesTimeOff }) else { return nil }
        return .paragraph(RichText(try wording.text("pay_time_off_note")), style: .small)
    }
}
