/// What happens when a fixed-date holiday falls on a Saturday or Sunday.
enum HolidayWeekendPractice: Sendable {
    /// UK: the next weekday that is not already a holiday is the bank holiday, as
    /// "... (substitute day)". This is what GOV.UK publishes, including for St Andrew's
    /// Day and 12 July. The weekend date itself is also listed, under the holiday's own
    /// name, because a worker on a 7-day rota must not be scheduled on Christmas Day
    /// just because the bank holiday moved to Monday; `PublicHoliday.isWeekendDate`
    /// tells it apart from the bank holiday.
    case substituteDay
    /// Ireland, by default: the public holiday stays on its own date and nothing else is
    /// added. The Organisation of Working Time Act 1997 (s. 21) gives no substitute
    /// public holiday: the employer chooses between a paid day off within a month, an
    /// extra day's annual leave or an extra day's pay. Inventing a Monday off would
    /// schedule around a day the employee may well be expected to work.
    case keepOnOwnDate
    /// Ireland, for employers who do give the next weekday off (`inLieu: true`): the
    /// holiday stays on its own date and the next weekday that is not already a holiday
    /// is also a day off, named "... (day in lieu)".
    case keepAndGiveFollowingWeekday

    /// Name suffix for the extra or moved weekday; nil when no weekday is added.
    var suffix: String? {
        switch self {
        case .substituteDay: return " (substitute day)"
        case .keepOnOwnDate: return nil
        case .keepAndGiveFollowingWeekday: return " (day in lieu)"
        }
    }
}

/// A holiday date before weekend handling: fixed-date holidays (`movesOffWeekend`) may
/// need a substitute; Easter and Monday holidays and proclaimed days never do.
struct HolidayOccurrence: Sendable {
    let date: LocalDate
    let name: String
    let movesOffWeekend: Bool
}

extension HolidayWeekendPractice {
    /// Turns a year's raw occurrences into observed holidays, sorted by date, one per date.
    ///
    /// Weekend fixed-date holidays are handled in date order, each taking the next
    /// weekday that is not already a holiday. That single rule gives every published
    /// case: Christmas on Saturday → Monday 27 and Boxing Day → Tuesday 28; Christmas on
    /// Sunday → Boxing Day stays Monday 26 and Christmas moves to Tuesday 27; in Scotland
    /// New Year's Day on Saturday → Monday 3 and 2 January → Tuesday 4.
    ///
    /// When two entries land on one date, the day off in its own right wins (a holiday
    /// on its date, a proclaimed day), then a substitute or day in lieu, and a UK
    /// weekend-date entry last: it only stops a rota being scheduled, so it must never
    /// hide a holiday that is the real reason for the day off.
    func observe(_ occurrences: [HolidayOccurrence]) -> [PublicHoliday] {
        let ordered = occurrences.sorted { $0.date < $1.date }
        var taken = Set(ordered.filter { !HolidayDateMath.isWeekend($0.date) }.map(\.date))
        var ownDates: [PublicHoliday] = []
        var movedDays: [PublicHoliday] = []
        var weekendDates: [PublicHoliday] = []
        for occurrence in ordered {
            let holiday = PublicHoliday(date: occurrence.date, name: occurrence.name)
            guard HolidayDateMath.isWeekend(occurrence.date), occurrence.movesOffWeekend else {
                ownDates.append(holiday)
                continue
            }
            if self == .substituteDay { weekendDates.append(holiday) } else { ownDates.append(holiday) }
            guard let suffix else { continue }
            var day = occurrence.date.adding(days: 1)
            while HolidayDateMath.isWeekend(day) || taken.contains(day) {
                day = day.adding(days: 1)
            }
            taken.insert(day)
            movedDays.append(PublicHoliday(date: day, name: occurrence.name + suffix))
        }
        var seen = Set<LocalDate>()
        let unique = (ownDates + movedDays + weekendDates).filter { seen.insert($0.date).inserted }
        return unique.sorted { $0.date < $1.date }
    }
}
