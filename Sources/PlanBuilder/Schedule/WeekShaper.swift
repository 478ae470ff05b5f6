/// Turns one week's planned total into day lengths, the way each strategy grades a
/// return: `hours` keeps the days and lengthens them, `days` works full days and adds
/// more, `balanced` grows both, `shifts` shortens shifts first, then adds shifts, then
/// returns to full shifts.
///
/// All lengths are in rounding units; the lengths always add up to the total exactly.
struct WeekShaper {
    let strategy: PlanSpec.Strategy
    /// Days (or shifts) in a full contracted week.
    let fullWeekDays: Int
    /// A full contracted day (or shift), in units.
    let fullDayUnits: Int
    let minDayUnits: Int

    struct Limits {
        /// Longest day allowed this week, in units.
        var longestDay: Int
        /// Most days that can be worked this week (capacity, rest days, the calendar).
        var mostDays: Int
        /// Days worked the week before, so the count does not fall back.
        var previousDays: Int?
        /// The day count fixed by the case file (week 1 with `start_hours_per_day`).
        var fixedDays: Int?
        /// The final week, when the return is complete and full days are allowed.
        var isFinal: Bool
    }

    enum Failure: Error, Equatable {
        case shorterThanOneDay
        case doesNotFit(daysNeeded: Int)
    }

    func shape(total: Int, limits: Limits) -> Result<[Int], Failure> {
        guard total > 0 else { return .success([]) }
        guard total >= minDayUnits else { return .failure(.shorterThanOneDay) }
        let longest = max(1, limits.longestDay)
        let daysNeeded = (total + longest - 1) / longest
        if let fixed = limits.fixedDays {
            return fits(daysNeeded, limits) ? .success(split(total, into: fixed)) : .failure(.doesNotFit(daysNeeded: daysNeeded))
        }
        switch strategy {
        case .days:
            return fullDaysFirst(total, longest: longest, limits: limits)
        case .shifts where limits.isFinal:
            return fullDaysFirst(total, longest: longest, limits: limits)
        case .shifts:
            let baseline = limits.fixedDays ?? limits.previousDays ?? min(fullWeekDays, limits.mostDays)
            return evenly(total, days: max(baseline, daysNeeded), daysNeeded: daysNeeded, limits: limits)
        case .hours:
            return evenly(total, days: max(min(fullWeekDays, limits.mostDays), daysNeeded), daysNeeded: daysNeeded, limits: limits)
        case .balanced:
            let share = Double(total) / Double(max(1, fullWeekDays * fullDayUnits))
            var days = Int((Double(fullWeekDays) * share.squareRoot()).rounded())
            days = max(days, limits.previousDays ?? 1, daysNeeded, 1)
            days = min(days, fullWeekDays, limits.mostDays, max(1, total / max(1, minDayUnits)))
            return evenly(total, days: max(days, daysNeeded), daysNeeded: daysNeeded, limits: limits)
        }
    }

    private func fits(_ daysNeeded: Int, _ limits: Limits) -> Bool {
        let days = limits.fixedDays ?? daysNeeded
        return daysNeeded <= days && days <= limits.mostDays
    }

    private func evenly(_ total: Int, days: Int, daysNeeded: Int, limits: Limits) -> Result<[Int], Failure> {
        guard daysNeeded <= limits.mostDays else { return .failure(.doesNotFit(daysNeeded: daysNeeded)) }
        var count = min(days, limits.mostDays)
        while count > 1 && total / count < minDayUnits { count -= 1 }
        return .success(split(total, into: max(count, daysNeeded)))
    }

    /// Full-length days, then one shorter day for what is left; a remainder shorter than
    /// the shortest allowed day is shared with the day before it.
    private func fullDaysFirst(_ total: Int, longest: Int, limits: Limits) -> Result<[Int], Failure> {
        let daysNeeded = (total + longest - 1) / longest
        guard daysNeeded <= limits.mostDays else { return .failure(.doesNotFit(daysNeeded: daysNeeded)) }
        var lengths = Array(repeating: longest, count: total / longest)
        let rest = total % longest
        if rest > 0 {
            if rest >= minDayUnits || lengths.isEmpty {
                lengths.append(rest)
            } else {
                let shared = lengths.removeLast() + rest
                lengths.append(shared - shared / 2)
                lengths.append(shared / 2)
            }
        }
        return .success(lengths)
    }

    /// `total` over `days` days, the longer days first, differing by at most one unit.
    func split(_ total: Int, into days: Int) -> [Int] {
        guard days > 0 else { return [] }
        let base = total / days
        let extra = total % days
        return (0..<days).map { base + ($0 < extra ? 1 : 0) }
    }
}
