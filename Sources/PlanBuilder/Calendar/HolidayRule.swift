/// How a statutory holiday's date is found in a given year.
///
/// Rules, not tables, so that any year works; each case is one shape of rule the UK and
/// Irish statutes actually use.
enum HolidayRuleDate: Sendable {
    /// A calendar date such as 25 December. Only these can fall on a weekend, so only
    /// these get substitute days (UK) or, when the employer gives one, a following
    /// weekday off (Ireland, `inLieu`).
    case fixed(month: Int, day: Int)
    /// The `n`th weekday of a month, e.g. the first Monday in May.
    case nthWeekday(Int, Weekday, month: Int)
    /// The last weekday of a month, e.g. the last Monday in August.
    case lastWeekday(Weekday, month: Int)
    /// Days from Easter Sunday: -2 is Good Friday, +1 Easter Monday.
    case easterOffset(Int)
    /// Ireland's St Brigid's Day: the first Monday in February, except that when
    /// 1 February is a Friday the holiday is that Friday (Organisation of Working Time
    /// (Amendment) Act 2022).
    case stBrigid
}

/// One statutory holiday for a region: its name, its date rule and the first year it
/// applied, so that years before a holiday existed are not given it.
struct HolidayRule: Sendable {
    let name: String
    let date: HolidayRuleDate
    /// First year the holiday applies; nil when it predates anything a plan will cover.
    let since: Int?

    init(_ name: String, _ date: HolidayRuleDate, since: Int? = nil) {
        self.name = name
        self.date = date
        self.since = since
    }

    /// Whether a weekend occurrence is moved or supplemented; movable rules are always
    /// on a weekday by construction.
    var isFixedDate: Bool {
        if case .fixed = date { return true }
        return false
    }

    /// The date in `year`, or nil when the holiday did not exist yet.
    func occurrence(in year: Int) -> LocalDate? {
        if let since, year < since { return nil }
        switch date {
        case let .fixed(month, day):
            return LocalDate(year: year, month: month, day: day)
        case let .nthWeekday(n, weekday, month):
            return HolidayDateMath.nth(n, weekday, month: month, year: year)
        case let .lastWeekday(weekday, month):
            return HolidayDateMath.last(weekday, month: month, year: year)
        case let .easterOffset(days):
            return HolidayCalendar.easterSunday(in: year).adding(days: days)
        case .stBrigid:
            let first = LocalDate(year: year, month: 2, day: 1)!
            return first.weekday == .fri ? first : HolidayDateMath.nth(1, .mon, month: 2, year: year)
        }
    }
}
