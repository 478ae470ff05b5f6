import PlanBuilder
import ReportKit

/// The second half of the progress review: what was said at each review, what changes
/// next, the support in place and, once the case is closed, the outcome.
extension ReviewDocument {
    func notes() throws(DocumentError) -> [Block] {
        let rows = caseFile.reviews.map { review in
            TableRow([RichText(review.date.map { dates.short($0) } ?? ""),
                      RichText(review.week.map { "\($0)" } ?? ""),
                      RichText(review.hoursWorked.map { wording.duration(hours: $0, unbroken: true) } ?? ""),
                      RichText(review.daysWorked.map { "\($0)" } ?? ""),
                      RichText(review.note ?? "")])
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_review_date")), weight: 1.1),
            TableColumn(.init(try wording.text("col_review_week")), weight: 0.6, alignment: .center),
            TableColumn(.init(try wording.text("col_hours_worked")), weight: 0.6, alignment: .trailing),
            TableColumn(.init(try wording.text("col_days_worked")), weight: 0.55, alignment: .center),
            TableColumn(.init(try wording.text("col_note")), weight: 3.6),
        ], rows: rows).withoutEmptyColumns()
        return [.heading(level: 2, text: RichText(try wording.text("notes_heading"))), .table(table)]
    }

    /// Next steps follow from the latest review, until the case is discharged: how the
    /// reviewed week went against the plan (the rtw-plan's own rule: a week short of the
    /// plan may be repeated, and the step rule holds on the hours worked), the next week,
    /// duties coming back, the next review, adjustments due for review, and what was agreed.
    func nextSteps() throws(DocumentError) -> [Block] {
        // A discharged case has an outcome, not a next week or a next review.
        guard let latest, caseFile.outcome?.discharged == nil else { return [] }
        var items: [String] = []
        let schedule = view.schedule
        let reviewedWeek = schedule.flatMap { HoursComparison.week(of: latest, in: $0) }
        if let schedule, let number = reviewedWeek, let week = schedule.weeks.first(where: { $0.number == number }) {
            let next = schedule.weeks.first(where: { $0.number == number + 1 })
            if let actual = latest.hoursWorked {
                let values = ["week": "\(number)", "actual": wording.duration(hours: actual), "planned": wording.duration(hours: week.totalHours)]
                // More hours than planned cost rest days only in a week that keeps days apart.
                let above = week.nonConsecutive ? "next_above_plan" : "next_above_plan_no_rest_days"
                let key = actual < week.totalHours - 0.004 ? "next_below_plan" : (actual > week.totalHours + 0.004 ? above : "next_on_plan")
                items.append(try wording.text(key, values))
                // The next week worked, past any pause, is the one the step rule holds for.
                if let nextWorked = schedule.weeks.first(where: { $0.number > number && !$0.days.isEmpty }),
                   let step = try stepTooBig(from: actual, week: number, to: nextWorked, schedule: schedule) {
                    items.append(step)
                }
                if let step = try workedStepTooBig(actual, week: number, schedule: schedule) { items.append(step) }
            }
            if let next {
                // Issued once the next week had begun: the steps are what the review agreed,
                // and the reader is told where the plan stood on the day of issue.
                if let issued = identity.issued, let reviewed = latest.date, next.start <= issued,
                   let now = schedule.week(containing: issued) {
                    items.insert(try wording.text("next_as_agreed", ["date": dates.withWeekdayLong(reviewed),
                                                                     "issued": dates.long(issued), "week": "\(now.number)"]), at: 0)
                }
                items.append(try nextWeek(next))
                let before = Set(week.dutiesBack)
                let back = next.dutiesBack.filter { !before.contains($0) }
                if !back.isEmpty {
                    items.append(try wording.text("next_duties", ["week": "\(next.number)", "date": dates.long(next.start),
                                                                 "duties": back.joined(separator: "; ")]))
                }
            } else {
                items.append(try wording.text("next_complete"))
            }
            // The plan's warnings for weeks still ahead (beyond capacity, more or longer
            // days), so the review that should check them says so again.
            let words = NoteWords(wording: wording, dates: dates)
            for note in schedule.notes where note.kind == .flag && (Self.startWeek(of: note) ?? 0) > number {
                // A warning for the very next week is this review's to settle, not a later one's.
                let key = Self.startWeek(of: note) == number + 1 ? "next_watch_now" : "next_watch"
                items.append(try wording.text(key, ["note": try words.text(note), "week": "\(number + 1)"]))
            }
        }
        if let date = latest.date {
            // Reviews already due by the issue date but not recorded are not "next": they are
            // missing from the case file, every one of them named; then the next one to come.
            let later = schedule?.reviewPoints.filter { $0.date > date }.map(\.date) ?? []
            let missing = later.filter { review in identity.issued.map { review < $0 } ?? false }
            if !missing.isEmpty {
                items.append(try wording.text(missing.count == 1 ? "next_review_unrecorded" : "next_reviews_unrecorded",
                                              ["date": dates.withWeekdayLong(missing[0]), "dates": missing.map(dates.withWeekdayLong).joined(separator: ", ")]))
            }
            if let next = later.first(where: { !missing.contains($0) }) {
                items.append(try wording.text("next_review", ["date": dates.withWeekdayLong(next)]))
            }
        }
        let due = caseFile.adjustments.compactMap { adjustment -> (title: String, date: LocalDate)? in
            guard let review = adjustment.review, latest.date.map({ review >= $0 }) ?? true else { return nil }
            let title = adjustment.title ?? adjustment.code.flatMap { catalogue.adjustment($0)?.title } ?? adjustment.code ?? ""
            return (title, review)
        }.sorted { $0.date < $1.date }
        for adjustment in due {
            // A review date already past on the issue date is overdue, not a date to work to.
            let overdue = identity.issued.map { adjustment.date < $0 } ?? false
            items.append(try wording.text(overdue ? "next_adjustment_overdue" : "next_adjustment",
                                          ["title": adjustment.title, "date": dates.long(adjustment.date)]))
        }
        guard !items.isEmpty else { return [] }
        return [.heading(level: 2, text: RichText(try wording.text("next_heading"))), .bulletList(items.map { RichText($0) })]
    }

    /// The plan's step rule held on the hours actually worked: when the reviewed week fell
    /// short, the next week's planned hours may be more than `max_step_percent` of the
    /// contract above them, and the review says how far the next week may go.
    private func stepTooBig(from actual: Double, week: Int, to next: WeekPlan, schedule: GradedSchedule) throws(DocumentError) -> String? {
        let limit = Self.stepLimit(above: actual, in: schedule)
        guard next.totalHours > limit + 0.004 else { return nil }
        let quarterHours = (limit * 4).rounded(.down) / 4
        return try wording.text("next_step_too_big", [
            "next": "\(next.number)", "week": "\(week)", "hours": wording.duration(minutes: next.totalMinutes),
            "actual": wording.duration(hours: actual), "step": HoursText.percent(schedule.maxStepPercent),
            "limit": wording.duration(hours: quarterHours)])
    }

    /// More hours worked than planned can itself break the step rule: the reviewed week's
    /// hours more than `max_step_percent` of the contract above the week worked before it
    /// (its recorded hours when a review recorded them, its planned hours otherwise).
    private func workedStepTooBig(_ actual: Double, week: Int, schedule: GradedSchedule) throws(DocumentError) -> String? {
        guard let before = schedule.weeks.last(where: { $0.number < week && !$0.days.isEmpty }) else { return nil }
        let recorded = caseFile.reviews.last { HoursComparison.week(of: $0, in: schedule) == before.number && $0.hoursWorked != nil }?.hoursWorked
        let beforeHours = recorded ?? before.totalHours
        guard actual > Self.stepLimit(above: beforeHours, in: schedule) + 0.004 else { return nil }
        return try wording.text("next_worked_step_too_big", [
            "week": "\(week)", "actual": wording.duration(hours: actual), "step": HoursText.percent(schedule.maxStepPercent),
            "before": "\(before.number)", "before_hours": wording.duration(hours: beforeHours)])
    }

    /// The most a week may be worked after `hours`: `max_step_percent` of the contract more.
    static func stepLimit(above hours: Double, in schedule: GradedSchedule) -> Double {
        hours + schedule.contractHours * schedule.maxStepPercent / 100
    }

    /// The week a schedule warning starts from, when it names one.
    static func startWeek(of note: ScheduleNote) -> Int? {
        for key in ["week", "from"] {
            if case .number(let week)? = note.values[key] { return week }
        }
        return nil
    }

    private func nextWeek(_ week: WeekPlan) throws(DocumentError) -> String {
        let span = dates.range(week.start, week.end)
        guard !week.days.isEmpty else { return try wording.text("next_week_no_days", ["week": "\(week.number)", "dates": span]) }
        // Each day stays with its hours ("Tue 5 h 15 min" on one line).
        let days = week.days.map { "\(dates.weekday($0.date))\u{00A0}\(wording.duration(minutes: $0.minutes, unbroken: true))" }.joined(separator: ", ")
        return try wording.text("next_week", ["week": "\(week.number)", "dates": span,
                                              "hours": wording.duration(minutes: week.totalMinutes), "days": days])
    }

    func support() throws(DocumentError) -> [Block] {
        guard !caseFile.interventions.isEmpty else { return [] }
        let rows = caseFile.interventions.map { item in
            TableRow([RichText(wording.lookup("intervention", item.type)),
                      RichText([item.provider, item.note].compactMap { $0 }.joined(separator: ". ")),
                      RichText(item.status.map { wording.lookup("intervention_status", $0) } ?? "")])
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_support")), weight: 1.3),
            TableColumn(.init(try wording.text("col_provider")), weight: 2),
            TableColumn(.init(try wording.text("col_status")), weight: 0.9),
        ], rows: rows).withoutEmptyColumns()
        return [.heading(level: 2, text: RichText(try wording.text("support_heading"))), .table(table)]
    }

    func outcome() throws(DocumentError) -> [Block] {
        guard let outcome = caseFile.outcome else { return [] }
        var rows: [KeyValue] = []
        if let date = outcome.discharged {
            rows.append(KeyValue(.init(try wording.text("outcome_discharged")), RichText(dates.long(date))))
        }
        if let status = outcome.status {
            rows.append(KeyValue(.init(try wording.text("outcome_status")), RichText(wording.lookup("work_status", status))))
        }
        if let reason = outcome.reason {
            rows.append(KeyValue(.init(try wording.text("outcome_reason")), RichText(reason)))
        }
        if let followUp = outcome.followUp, let date = followUp.date {
            let status = followUp.status.map { wording.lookup("work_status", $0) } ?? ""
            rows.append(KeyValue(.init(try wording.text("outcome_follow_up")),
                                 RichText(try wording.text("outcome_follow_up_value", ["date": dates.long(date), "status": status]))))
        }
        guard !rows.isEmpty else { return [] }
        return [.heading(level: 2, text: RichText(try wording.text("outcome_heading"))), .keyValues(rows)]
    }
}
