/// The public holidays a schedule skips for one region: statutory rules computed for any
/// year, plus proclaimed one-off and moved holidays supplied as data.
///
/// Every entry is a day a schedule must not use for someone who would otherwise work it,
/// including the weekend date of a UK holiday whose bank holiday moved to a weekday
/// (see `PublicHoliday.isWeekendDate`), so a 7-day rota is not put to work on Christmas
/// Day. A Monday-to-Friday schedule never asks about those dates, so it loses exactly
/// the published bank holidays.
///
/// Each year's holidays are worked out the first time a schedule asks about that year
/// and kept (`HolidayYearCache`), so `holiday(on:)` is a single lookup after the first
/// day of a year however many days a schedule asks about, and a calendar made for one
/// plan costs only the years the plan touches.
public struct HolidayCalendar: Sendable {
    /// Years the calendar was once precomputed for, kept for callers that name the range;
    /// every year is now computed on first use, inside or outside it.
    public static let precomputedYears: ClosedRange<Int> = 1970...2100

    public let region: HolidayRegion
    /// Whether an Irish holiday at a weekend also gives the next free weekday off.
    public let inLieu: Bool
    private let rules: [HolidayRule]
    private let practice: HolidayWeekendPractice
    /// Only the proclaimed holidays that apply to `region`.
    private let proclaimed: [ProclaimedHoliday]
    private let cache = HolidayYearCache()

    /// - Parameter inLieu: Ireland only. False (the default) lists an Irish public holiday
    ///   on its own date and nothing more, because Irish law gives no substitute day: the
    ///   employer chooses a paid day off within a month, an extra day's leave or a day's
    ///   pay. Pass true for an employer who gives the next weekday off; that weekday is
    ///   then listed as "... (day in lieu)". UK substitute days are law and always listed.
    public init(region: HolidayRegion, proclaimed: [ProclaimedHoliday] = [], inLieu: Bool = false) {
        self.region = region
        self.inLieu = inLieu
        rules = HolidayRegionRules.rules(for: region)
        practice = HolidayRegionRules.weekendPractice(for: region, inLieu: inLieu)
        self.proclaimed = region == .none ? [] : proclaimed.filter { $0.regions.contains(region) }
    }

    /// The observed holidays in `year`, sorted by date, at most one per date; includes
    /// weekend-date entries (`isWeekendDate`), which a Monday-to-Friday list filters out.
    public func holidays(in year: Int) -> [PublicHoliday] {
        if rules.isEmpty { return [] }
        return cachedYear(year).holidays
    }

    /// The holiday observed on `date`, or nil for an ordinary day. On a Saturday or Sunday
    /// this can be a weekend-date entry, but never one that hides a day off in its own
    /// right on the same date (see `HolidayWeekendPractice.observe`).
    public func holiday(on date: LocalDate) -> PublicHoliday? {
        if rules.isEmpty { return nil }
        return cachedYear(date.year).byDayNumber[date.dayNumber]
    }

    public func isHoliday(_ date: LocalDate) -> Bool { holiday(on: date) != nil }

    private func cachedYear(_ year: Int) -> HolidayYearCache.Year {
        let (rules, practice, proclaimed) = (rules, practice, proclaimed)
        return cache.year(year) { Self.compute(year: $0, rules: rules, practice: practice, proclaimed: proclaimed) }
    }

    /// Rule dates, minus those a proclamation moved away, plus proclaimed days, then
    /// weekend handling over the lot (so a substitute never lands on a proclaimed day).
    private static func compute(year: Int, rules: [HolidayRule], practice: HolidayWeekendPractice,
                                proclaimed: [ProclaimedHoliday]) -> [PublicHoliday] {
        let movedAway = Set(proclaimed.compactMap(\.replaces))
        var occurrences: [HolidayOccurrence] = rules.compactMap { rule in
            guard let date = rule.occurrence(in: year), !movedAway.contains(date) else { return nil }
            return HolidayOccurrence(date: date, name: rule.name, movesOffWeekend: rule.isFixedDate)
        }
        occurrences += proclaimed.filter { $0.date.year == year }.map {
            HolidayOccurrence(date: $0.date, name: $0.name, movesOffWeekend: false)
        }
        return practice.observe(occurrences)
    }
}
