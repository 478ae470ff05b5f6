import Foundation
import Synchronization

/// The holidays of each year a calendar has been asked about, worked out on first use
/// and kept, shared by every copy of the calendar and safe to use from any thread.
///
/// A plan spans one or two years, so working out 131 years (1970–2100) for each of five
/// nations when a command starts was almost all of the calendars' cost in a one-plan
/// process; a batch still computes each year once and then only looks it up.
final class HolidayYearCache: Sendable {
    struct Year {
        var holidays: [PublicHoliday]
        /// At most one holiday per day: the first listed for that date.
        var byDayNumber: [Int: PublicHoliday]
    }

    private let years = Mutex<[Int: Year]>([:])

    /// The year's holidays, computing them with `compute` the first time.
    func year(_ year: Int, compute: (Int) -> [PublicHoliday]) -> Year {
        years.withLock { years in
            if let known = years[year] { return known }
            let holidays = compute(year)
            var byDayNumber: [Int: PublicHoliday] = [:]
            for holiday in holidays where byDayNumber[holiday.date.dayNumber] == nil {
                byDayNumber[holiday.date.dayNumber] = holiday
            }
            let made = Year(holidays: holidays, byDayNumber: byDayNumber)
            years[year] = made
            return made
        }
    }
}
