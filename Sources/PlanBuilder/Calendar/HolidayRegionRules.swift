/// The statutory rules for each region, as in force today.
///
/// Rules carry start years where they began within living memory (early May 1978 in the
/// UK and 1994 in Ireland, St Andrew's Day 2007, St Brigid's Day 2023). Earlier changes
/// (e.g. Whit Monday before 1971) are not modelled: no return-to-work plan starts then.
enum HolidayRegionRules {
    static func rules(for region: HolidayRegion) -> [HolidayRule] {
        switch region {
        case .englandAndWales: return englandAndWales
        case .scotland: return scotland
        case .northernIreland: return northernIreland
        case .ireland: return ireland
        case .none: return []
        }
    }

    /// UK substitute days are bank holidays in their own right (proclaimed under the 1971
    /// Act and published on GOV.UK), so `inLieu` only changes Ireland, where a weekday off
    /// after a weekend holiday is the employer's choice, not the law.
    static func weekendPractice(for region: HolidayRegion, inLieu: Bool) -> HolidayWeekendPractice {
        guard region == .ireland else { return .substituteDay }
        return inLieu ? .keepAndGiveFollowingWeekday : .keepOnOwnDate
    }

    private static let newYear = HolidayRule("New Year's Day", .fixed(month: 1, day: 1))
    private static let goodFriday = HolidayRule("Good Friday", .easterOffset(-2))
    private static let easterMonday = HolidayRule("Easter Monday", .easterOffset(1))
    private static let earlyMay = HolidayRule("Early May bank holiday",
                                              .nthWeekday(1, .mon, month: 5), since: 1978)
    private static let spring = HolidayRule("Spring bank holiday", .lastWeekday(.mon, month: 5))
    private static let christmas = HolidayRule("Christmas Day", .fixed(month: 12, day: 25))
    private static let boxingDay = HolidayRule("Boxing Day", .fixed(month: 12, day: 26))
    private static let stPatrick = HolidayRule("St Patrick's Day", .fixed(month: 3, day: 17))

    private static let englandAndWales: [HolidayRule] = [
        newYear, goodFriday, easterMonday, earlyMay, spring,
        HolidayRule("Summer bank holiday", .lastWeekday(.mon, month: 8)),
        christmas, boxingDay,
    ]

    /// Scotland has 2 January and St Andrew's Day, its summer holiday early in August,
    /// and no Easter Monday (Banking and Financial Dealings Act 1971, Schedule 1).
    private static let scotland: [HolidayRule] = [
        newYear,
        HolidayRule("2nd January", .fixed(month: 1, day: 2)),
        goodFriday, earlyMay, spring,
        HolidayRule("Summer bank holiday", .nthWeekday(1, .mon, month: 8)),
        HolidayRule("St Andrew's Day", .fixed(month: 11, day: 30), since: 2007),
        christmas, boxingDay,
    ]

    private static let northernIreland: [HolidayRule] = [
        newYear, stPatrick, goodFriday, easterMonday, earlyMay, spring,
        HolidayRule("Battle of the Boyne (Orangemen's Day)", .fixed(month: 7, day: 12)),
        HolidayRule("Summer bank holiday", .lastWeekday(.mon, month: 8)),
        christmas, boxingDay,
    ]

    /// Organisation of Working Time Act 1997, Schedule 2, as amended in 2022. Good Friday
    /// is deliberately absent: it is not a public holiday in Ireland.
    private static let ireland: [HolidayRule] = [
        newYear,
        HolidayRule("St Brigid's Day", .stBrigid, since: 2023),
        stPatrick, easterMonday,
        HolidayRule("May bank holiday", .nthWeekday(1, .mon, month: 5), since: 1994),
        HolidayRule("June bank holiday", .nthWeekday(1, .mon, month: 6), since: 1973),
        HolidayRule("August bank holiday", .nthWeekday(1, .mon, month: 8)),
        HolidayRule("October bank holiday", .lastWeekday(.mon, month: 10), since: 1977),
        christmas,
        HolidayRule("St Stephen's Day", .fixed(month: 12, day: 26)),
    ]
}
