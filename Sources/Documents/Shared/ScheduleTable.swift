import PlanBuilder
import ReportKit

/// The week-by-week table: one row a week with the days, hours, share of the contract,
/// pay, reviews and what is different about the week.
struct ScheduleTable {
    let schedule: GradedSchedule
    let wording: Wording
    let dates: DateWords

    func table() throws(DocumentError) -> Table {
        let showPay = schedule.weeks.contains { $0.payPercent != nil }
        // Start and finish times need a wider days column; the notes give way. A week's
        // hours stay on one line ("17¾ h"); the percentages are short, so the notes get
        // the room.
        let timed = schedule.weeks.contains { $0.days.contains { $0.start != nil } }
        var columns = [
            TableColumn(.init(try wording.text("col_week")), weight: 0.75, alignment: .center),
            TableColumn(.init(try wording.text("col_dates")), weight: 1.05),
            TableColumn(.init(try wording.text(schedule.countsShifts ? "col_days_shifts" : "col_days")), weight: timed ? 2.2 : 2.0),
            TableColumn(.init(try wording.text("col_total")), weight: 0.8, alignment: .trailing),
            TableColumn(.init(try wording.text("col_percent")), weight: 0.85, alignment: .trailing),
        ]
        if showPay { columns.append(TableColumn(.init(try wording.text("col_pay")), weight: 0.7, alignment: .trailing)) }
        columns.append(TableColumn(.init(try wording.text("col_notes")), weight: timed ? 2.0 : 2.3))
        var rows: [TableRow] = []
        for week in schedule.weeks {
            var cells: [RichText] = [
                .bold("\(week.number)"),
                RichText(dates.range(week.start, week.end)),
                try dayList(week),
                .bold(wording.fraction(minutes: week.totalMinutes)),
                RichText(HoursText.percent(week.percentOfContract) + "\u{00A0}%"),
            ]
            if showPay { cells.append(RichText(week.payPercent.map { HoursText.percent($0) + "\u{00A0}%" } ?? "")) }
            cells.append(try notes(week))
            rows.append(TableRow(cells, emphasis: week.review != nil ? .shaded : .normal))
        }
        return Table(columns: columns, rows: rows)
    }

    /// The same weeks in two columns for large print: the week and its dates, then the
    /// days, the week's hours with its share of the contract (and of pay), and the notes,
    /// each on its own line. Seven columns at 16 pt left three letters a line.
    func largePrintTable() throws(DocumentError) -> Table {
        let showPay = schedule.weeks.contains { $0.payPercent != nil }
        let columns = [
            TableColumn(.init(try wording.text("col_week")), weight: 1.0),
            TableColumn(.init(try wording.text("col_week_details")), weight: 3.2),
        ]
        var rows: [TableRow] = []
        for week in schedule.weeks {
            var share = try wording.text("week_share", ["hours": wording.fraction(minutes: week.totalMinutes),
                                                        "percent": HoursText.percent(week.percentOfContract) + "\u{00A0}%"])
            if showPay, let pay = week.payPercent {
                share += try wording.text("week_share_pay", ["percent": HoursText.percent(pay) + "\u{00A0}%"])
            }
            var details = try dayList(week) + RichText("\n" + share)
            let notes = try notes(week)
            if !notes.isEmpty { details += RichText("\n") + notes }
            rows.append(TableRow([.bold("\(week.number)") + RichText("\n" + dates.range(week.start, week.end)), details],
                                 emphasis: week.review != nil ? .shaded : .normal))
        }
        return Table(columns: columns, rows: rows)
    }

    private func dayList(_ week: WeekPlan) throws(DocumentError) -> RichText {
        guard !week.days.isEmpty else { return .italic(try wording.text("no_work_this_week")) }
        var parts: [String] = []
        let entry = DayEntry(wording: wording, dates: dates)
        for day in week.days { parts.append(try entry.text(day)) }
        return RichText(parts.joined(separator: week.days.contains { $0.start != nil } ? "\n" : ", "))
    }

    private func notes(_ week: WeekPlan) throws(DocumentError) -> RichText {
        var text = RichText([])
        func add(_ piece: RichText) {
            if !text.runs.isEmpty { text += RichText(". ") }
            text += piece
        }
        if let review = week.review {
            add(.bold(try wording.text("week_review")) + RichText(" " + dates.withWeekday(review.date)))
        }
        if !week.excluded.isEmpty {
            let days = try ExclusionWords(wording: wording).describe(week.excluded, dates: dates)
            add(RichText(try wording.text("not_working", ["days": days.joined(separator: "; ")])))
        }
        let previousBack = week.number > 1 ? Set(schedule.weeks[week.number - 2].dutiesBack) : []
        let newlyBack = week.dutiesBack.filter { !previousBack.contains($0) }
        if week.number > 1, !newlyBack.isEmpty {
            add(RichText(try wording.text("duties_back", ["duties": newlyBack.joined(separator: "; ")])))
        }
        if week.isPause {
            add(.bold(try wording.text("week_pause")))
        } else if week.isShortened {
            // "Next week repeats" only when the next week really works that level: it may
            // step on anyway, or be shorter itself (Good Friday, then Easter Monday).
            let next = schedule.weeks.indices.contains(week.number) ? schedule.weeks[week.number] : nil
            let repeats = next.map { $0.plannedMinutes == week.plannedMinutes && !$0.isShortened && !$0.isPause } ?? false
            add(.italic(try wording.text(repeats ? "week_shortened_by" : "week_shortened_alone", [
                "hours": wording.fraction(minutes: week.totalMinutes), "planned": wording.fraction(minutes: week.plannedMinutes)])))
        }
        if week.number == schedule.targetWeek, schedule.weeks.count > 1 {
            // Shifts kept shorter than the contract's to the end reach the target's hours,
            // not its pattern: full-length shifts come after the plan.
            add(.bold(try wording.text(schedule.warnings.moreDays == nil ? "week_target" : "week_target_hours")))
        }
        return text
    }
}

/// Why a day is not worked, in the words of the document's audience (the reasons have
/// already been narrowed by `EmployerSchedule`).
struct ExclusionWords {
    let wording: Wording

    /// Runs of days off for the same reason as one entry: "Mon 6 – Fri 10 Apr: unavailable
    /// (annual leave)".
    func describe(_ days: [ExcludedDay], dates: DateWords) throws(DocumentError) -> [String] {
        var entries: [String] = []
        for run in DaysOffRun.runs(days) {
            let when = run.first == run.last.date ? dates.withWeekday(run.first)
                : "\(dates.withWeekday(run.first)) – \(dates.withWeekday(run.last.date))"
            entries.append("\(when): \(try describe(run.last.reason))")
        }
        return entries
    }

    func describe(_ reason: ExcludedDay.Reason) throws(DocumentError) -> String {
        switch reason {
        case .publicHoliday(let name):
            return try wording.text("excluded_public_holiday", ["name": HolidayName(wording: wording)(name)])
        case .appointment(let what?):
            return try wording.text("excluded_appointment_named", ["what": what])
        case .appointment(nil):
            return try wording.text("excluded_appointment")
        case .unavailable(let reason?):
            return try wording.text("excluded_unavailable_named", ["reason": wording.unavailableReason(reason)])
        case .unavailable(nil):
            return try wording.text("excluded_unavailable")
        }
    }
}
