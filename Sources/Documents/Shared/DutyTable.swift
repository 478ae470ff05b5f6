import PlanBuilder
import ReportKit

/// Duties left out at the start of a return and the week each comes back, with the
/// week's date when the schedule is known. Shared by every document that lists duties,
/// so that a duty reads the same on the plan and on the report.
struct DutyTable {
    /// In the order they come back, as the reader lives through them (the case file may
    /// list week 7 before week 5); duties coming back the same week keep the file's order.
    let duties: [DutyChange]
    let planStart: LocalDate
    let weeks: [WeekPlan]
    let wording: Wording
    let dates: DateWords
    /// The wording of a duty that comes back after the plan: "After the phased return: …",
    /// or its stay-in-work form for a client who never left.
    let afterPlanKey: String
    /// "30 Mar" rather than "30 March 2026", for a table whose dates are all short (the
    /// employer's action table, where every line saved keeps the report to two pages).
    let shortDates: Bool
    /// Given (only the client copy gives it), a duty already back on this date is said to
    /// have come back (`duty_from_week_past`, `duty_until_week_past`, and `isBack` for the
    /// section's heading), and one due back after the plan whose last review has passed
    /// drops the promise of that review (`<afterPlanKey>_review_past`).
    var issued: LocalDate? = nil

    init(duties: [DutyChange], planStart: LocalDate, weeks: [WeekPlan], wording: Wording, dates: DateWords,
         afterPlanKey: String = "duty_from_week_after", shortDates: Bool = false) {
        func back(_ change: DutyChange) -> Int {
            switch change.when {
            case .fromWeek(let week): return week
            case .untilWeek(let week): return week + 1
            }
        }
        self.duties = duties.enumerated().sorted { (back($0.element), $0.offset) < (back($1.element), $1.offset) }.map(\.element)
        self.planStart = planStart
        self.shortDates = shortDates
        self.weeks = weeks
        self.wording = wording
        self.dates = dates
        self.afterPlanKey = afterPlanKey
    }

    func table() throws(DocumentError) -> Table {
        var rows: [TableRow] = []
        for change in duties {
            rows.append(TableRow([RichText(change.duty), RichText(try when(change))]))
        }
        return Table(columns: [TableColumn(.init(try wording.text("col_duty")), weight: 1.2),
                               TableColumn(.init(try wording.text("col_duty_when")), weight: 1.5)], rows: rows)
    }

    /// Whether the duty is back on the issue date (never, without one).
    func isBack(_ change: DutyChange) -> Bool {
        guard let issued else { return false }
        switch change.when {
        case .fromWeek(let week):
            return (weeks.first(where: { $0.number == week })?.start ?? planStart.adding(days: 7 * (week - 1))) <= issued
        case .untilWeek(let week):
            return (weeks.first(where: { $0.number == week })?.end ?? planStart.adding(days: 7 * week - 1)) < issued
        }
    }

    /// When the duty is left out and comes back; `{duty}` in the wording names it, for
    /// documents that list duties as sentences rather than as a table.
    func when(_ change: DutyChange) throws(DocumentError) -> String {
        let date = { (day: LocalDate) in shortDates ? dates.short(day, year: day.year != planStart.year) : dates.long(day) }
        switch change.when {
        case .fromWeek(let week):
            if let start = weeks.first(where: { $0.number == week })?.start {
                let past = issued.map { start <= $0 } ?? false
                return try wording.text(past ? "duty_from_week_past" : "duty_from_week", ["week": "\(week)", "date": date(start), "duty": change.duty])
            }
            // After the plan: every document gives the same week, its date and the review
            // at which it is to be confirmed, so the plan, the report and the client agree.
            let back = planStart.adding(days: 7 * (week - 1))
            let review = weeks.last(where: { $0.review != nil })?.review?.date ?? weeks.last?.end ?? back
            let values = ["week": "\(week)", "date": date(back), "review": date(review), "duty": change.duty]
            // Read after the date, as it happened; after the last review, without promising it.
            if let issued, back <= issued { return try wording.text("duty_from_week_past", values) }
            if let issued, review < issued { return try wording.text(afterPlanKey + "_review_past", values) }
            return try wording.text(afterPlanKey, values)
        case .untilWeek(let week):
            let end = weeks.first(where: { $0.number == week })?.end ?? planStart.adding(days: 7 * week - 1)
            return try wording.text(isBack(change) ? "duty_until_week_past" : "duty_until_week", ["week": "\(week)", "date": date(end), "duty": change.duty])
        }
    }
}
