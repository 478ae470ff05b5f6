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

    /// "Fri 20 March 2026", as the plan and the review list dates.
    func withWeekdayLong(_ date: LocalDate) -> String { "\(weekday(date)) \(long(date))" }

    /// "Friday 20 March 2026" (Welsh "Dydd Gwener 20 Mawrth 2026"), never broken across
    /// lines: not even inside a weekday name of two words.
    func inFull(_ date: LocalDate) -> String {
        unbroken(wording.lookup("weekday_long", date.weekday.rawValue)) + "\u{00A0}" + long(date)
    }

    /// The weekday as an adverb of time with its date ("Friday 20 Mar", Welsh "ddydd
    /// Gwener 20 Mawrth", as Welsh dates name the month); `inFull` gives the whole month
    /// and the year.
    func on(_ date: LocalDate, inFull: Bool) -> String {
        unbroken(wording.lookup("weekday_on", date.weekday.rawValue)) + "\u{00A0}" + (inFull ? long(date) : short(date, year: false))
    }

    private func unbroken(_ words: String) -> String { words.replacingOccurrences(of: " ", with: "\u{00A0}") }

    /// "2–8 Mar" or "30 Mar – 5 Apr".
    func range(_ first: LocalDate, _ last: LocalDate) -> String {
        if first.month == last.month && first.year == last.year {
            return "\(first.day)–\(short(last, year: false))"
        }
        return "\(short(first, year: false)) – \(short(last, year: false))"
    }
}
