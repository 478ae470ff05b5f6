/// One day off that a schedule must skip, as it is observed.
///
/// `date` is the day people are actually off, so a substitute day carries its own date
/// and a name such as "St Andrew's Day (substitute day)": the schedule and the printed
/// plan can both say why a working day went missing.
public struct PublicHoliday: Sendable, Equatable, CustomStringConvertible {
    public let date: LocalDate
    public let name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    /// True when this entry falls on a Saturday or Sunday.
    ///
    /// Such an entry is never a working day lost for a Monday-to-Friday worker, but a
    /// worker on a 7-day rota must not be scheduled on it. What it means for pay and for
    /// the documents depends on the nation, which is why it is flagged rather than left
    /// out:
    /// - UK: it is the actual date of a fixed holiday (Christmas Day, Boxing Day, New
    ///   Year's Day, 2 January, St Andrew's Day, 12 July, St Patrick's Day) whose bank
    ///   holiday moved to a weekday. The "(substitute day)" entry is the bank holiday;
    ///   this one is listed only so a rota is not scheduled on the day itself.
    /// - Ireland: it is the public holiday itself (Irish law keeps it on its own date).
    ///   The employee's benefit is a paid day off within a month, an extra day's leave or
    ///   a day's pay, at the employer's choice; a "(day in lieu)" weekday appears only
    ///   when the calendar was made with `inLieu: true`.
    ///
    /// Derived from `date`, so it can never disagree with the weekday printed beside it.
    public var isWeekendDate: Bool { HolidayDateMath.isWeekend(date) }

    public var description: String { "\(date.iso) \(name)" }
}
