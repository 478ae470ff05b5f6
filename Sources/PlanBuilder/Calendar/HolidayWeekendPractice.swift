/// What happens when a fixed-date holiday falls on a Saturday or Sunday.
enum HolidayWeekendPractice: Sendable {
    /// UK: the weekend date is not a bank holiday; the next weekday that is not already
    /// a holiday is, as "... (substitute day)". This is what GOV.UK publishes, including
    /// for St Andrew's Day and 12 July.
    case substituteDay
    /// Ireland: the public holiday stays on its own date (that is the law, and what
    /// citizensinformation.ie lists), and the next weekday that is not already a holiday
    /// is also treated as a day off, named "... (day in lieu)".
    ///
    /// Strictly, the Organisation of Working Time Act 1997 lets the employer choose
    /// between a paid day off within a month, an extra day's annual leave or an extra
    /// day's pay. The overwhelming practice (banks, the public service, most employers)
    /// is the next weekday off, e.g. Monday 18 March 2024 for St Patrick's Day on a
    /// Sunday, so a schedule that avoids that weekday is the safe choice.
    case keepAndGiveFollowingWeekday

    /// Name suffix for the extra or moved day.
    var suffix: String {
        switch self {
        case .substituteDay: return " (substitute day)"
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
    /// Turns a year's raw occurrences into observed holidays, sorted by date.
    ///
    /// Weekend fixed-date holidays are handled in date order, each taking the next
    /// weekday that is not already a holiday. That single rule gives every published
    /// case: Christmas on Saturday → Monday 27 and Boxing Day → Tuesday 28; Christmas on
    /// Sunday → Boxing Day stays Monday 26 and Christmas moves to Tuesday 27; in Scotland
    /// New Year's Day on Saturday → Monday 3 and 2 January → Tuesday 4.
    func observe(_ occurrences: [HolidayOccurrence]) -> [PublicHoliday] {
        let ordered = occurrences.sorted { $0.date < $1.date }
        var taken = Set(ordered.filter { !HolidayDateMath.isWeekend($0.date) }.map(\.date))
        var observed: [PublicHoliday] = []
        for occurrence in ordered {
            let onWeekend = HolidayDateMath.isWeekend(occurrence.date)
            if !onWeekend || !occurrence.movesOffWeekend || self == .keepAndGiveFollowingWeekday {
                observed.append(PublicHoliday(date: occurrence.date, name: occurrence.name))
            }
            guard onWeekend, occurrence.movesOffWeekend else { continue }
            var day = occurrence.date.adding(days: 1)
            while HolidayDateMath.isWeekend(day) || taken.contains(day) {
                day = day.adding(days: 1)
            }
            taken.insert(day)
            observed.append(PublicHoliday(date: day, name: occurrence.name + suffix))
        }
        return observed.sorted { $0.date < $1.date }
    }
}
