import PlanBuilder

/// Dates as people read them on paper ("Mon 2 Mar 2026"), in the document's language,
/// joined with non-breaking spaces so a date never breaks across lines.
struct DateWords {
    let wording: Wording

    func weekday(_ date: LocalDate) -> String { wording.lookup("weekday_short", date.weekday.rawValue) }

    /// A language whose short month clashes with a short weekday (Welsh "Maw": March and
    /// Tuesday, side by side in a week's row) gives `month_in_dates` for dates.
    func short(_ date: LocalDate, year: Bool = true) -> String {
        let months = (try? wording.list("month_in_dates")) ?? (try? wording.list("month_short")) ?? []
        let month = months.indices.contains(date.month - 1) ? months[date.month - 1] : "\(date.month)"
        return year ? "\(date.day)\u{00A0}\(month)\u{00A0}\(date.year)" : "\(date.day)\u{00A0}\(month)"
    }

    func long(_ date: LocalDate) -> String {
        let months = (try? wording.list("month_long")) ?? []
        let month = months.indices.contains(date.month - 1) ? months[date.month - 1] : "\(date.month)"
        return "\(date.day)\u{00A0}\(month)\u{00A0}\(date.year)"
    }

    func withWeekday(_ date: LocalDate, year: Bool = false) -> String { "\(weekday(date))\u{00A0}\(short(date, year: year))" }

    /// "2–8 Mar" or "30 Mar – 5 Apr".
    func range(_ first: LocalDate, _ last: LocalDate) -> String {
        if first.month == last.month && first.year == last.year {
            return "\(first.day)–\(short(last, year: false))"
        }
        return "\(short(first, year: false)) – \(short(last, year: false))"
    }
}
