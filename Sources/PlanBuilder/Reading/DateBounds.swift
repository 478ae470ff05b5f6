/// The years a case file's dates may fall in. Real episodes of rehabilitation happen
/// within a lifetime of today; a date far outside that is a typing mistake (`0026`,
/// `20266`), and the holiday calendars and week arithmetic downstream are only defined
/// for years they can compute, so such dates are refused when the file is read rather than
/// reaching the planner.
public enum DateBounds {
    /// The earliest and latest years accepted in any date of a case file.
    public static let years: ClosedRange<Int> = 1900...2199
    public static let earliest = LocalDate(dayNumber: LocalDate.daysFromCivil(year: 1900, month: 1, day: 1))
    public static let latest = LocalDate(dayNumber: LocalDate.daysFromCivil(year: 2199, month: 12, day: 31))

    /// True when `date` lies in the accepted years.
    public static func contains(_ date: LocalDate) -> Bool {
        date >= earliest && date <= latest
    }

    /// Why a year is refused, with its fix; nil for a year in range.
    static func yearProblem(_ year: Int, written: String) -> ValueProblem? {
        guard !years.contains(year) else { return nil }
        return ValueProblem(
            problem: "\(ScalarText.shown(written)) is in the year \(year), outside the years a case file may use "
                + "(\(years.lowerBound) to \(years.upperBound))",
            fix: "Check the year; write the date as YYYY-MM-DD, e.g. 2026-03-02.")
    }
}
