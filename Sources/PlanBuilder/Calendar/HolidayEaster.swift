extension HolidayCalendar {
    /// Easter Sunday in the Gregorian calendar, by the Anonymous Gregorian algorithm
    /// (Meeus/Jones/Butcher).
    ///
    /// Good Friday and Easter Monday hang off this date, so it is computed rather than
    /// tabled: a plan can start in any year without someone updating a list.
    /// Valid for every Gregorian year (1583 on); `LocalDate` itself covers 1...9999.
    public static func easterSunday(in year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        // The algorithm only ever yields 22 March ... 25 April, which always exist.
        return LocalDate(year: year, month: month, day: day)!
    }
}
