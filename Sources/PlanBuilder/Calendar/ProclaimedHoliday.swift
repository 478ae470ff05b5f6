/// A one-off holiday (a royal wedding, a state funeral) or a statutory holiday moved by
/// proclamation for a year (the 2022 spring bank holiday moved to 2 June).
///
/// These cannot be derived from rules, so they are data in
/// `templates/holidays/proclaimed.yaml`: a new proclamation is an edit to that file, not
/// a code change.
public struct ProclaimedHoliday: Sendable, Equatable {
    public let date: LocalDate
    public let name: String
    /// Where the holiday applies; never `.none`.
    public let regions: [HolidayRegion]
    /// The rule-based holiday this one takes the place of, if it is a move rather than
    /// an extra day; that date stops being a holiday in these regions.
    public let replaces: LocalDate?

    public init(date: LocalDate, name: String, regions: [HolidayRegion], replaces: LocalDate? = nil) {
        self.date = date
        self.name = name
        self.regions = regions
        self.replaces = replaces
    }
}
