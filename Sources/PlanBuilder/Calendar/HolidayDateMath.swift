/// Weekday-in-month arithmetic that the holiday rules are written in ("first Monday in
/// May", "last Monday in August").
///
/// Kept in its own namespace rather than as `LocalDate` extensions so it cannot clash
/// with helpers other parts of the module add to `LocalDate`.
enum HolidayDateMath {
    /// The `n`th (1-based) `weekday` of a month; `n` is at most 4 so it always exists.
    static func nth(_ n: Int, _ weekday: Weekday, month: Int, year: Int) -> LocalDate {
        let first = LocalDate(year: year, month: month, day: 1)!
        let offset = (weekday.index - first.weekday.index + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last `weekday` of a month.
    static func last(_ weekday: Weekday, month: Int, year: Int) -> LocalDate {
        let lastDay = LocalDate(year: year, month: month,
                                day: LocalDate.daysIn(month: month, year: year))!
        let offset = (lastDay.weekday.index - weekday.index + 7) % 7
        return lastDay.adding(days: -offset)
    }

    static func isWeekend(_ date: LocalDate) -> Bool {
        date.weekday == .sat || date.weekday == .sun
    }
}
