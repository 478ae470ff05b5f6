/// Turns one week's total into day lengths, the way each strategy grades a return:
/// `hours` keeps the days and lengthens them, `days` works full days and adds more,
/// `balanced` grows both, `shifts` works the contract's shifts, shorter at first.
///
/// Two rules the client lives through are kept here: no day is longer than the week's
/// limit (which the builder sets from the longest day of the week before, so a day never
/// jumps), and the number of days never falls back. Day lengths do not fall either when a
/// count exists that avoids it; when none does, the shape says so, so the schedule can
/// state why. All lengths are in rounding units, longest first.
struct WeekShaper {
    let strategy: PlanSpec.Strategy
    /// Days (or shifts) in a full contracted week.
    let fullWeekDays: Int
    /// A full contracted day (or shift), in units.
    let fullDayUnits: Int
    let minDayUnits: Int
    /// The plan's longest day (`max_day_hours`), in units.
    let dayLimitUnits: Int
    /// Days a week allowed once the total no longer fits the contract's days within the
    /// plan's longest day (`ScheduleSetup.daysAtLimit`).
    let daysAtLimit: Int

    struct Limits {
        /// Longest day allowed this week, in units.
        var longestDay: Int
        /// Most days that can be worked this week (capacity, rest days, the contract).
        var mostDays: Int
        /// Days worked in the last week worked, so the count does not fall back.
        var previousDays: Int?
        /// Shortest day of the last week worked, so days do not get shorter.
        var previousShortest: Int?
        /// The day count fixed by the case file (week 1 with `start_hours_per_day`).
        var fixedDays: Int?
        /// The next rung and how much a day may grow, so that a count is not chosen
        /// that forces shorter days the week after (one long day, then two short ones).
        var nextTotal: Int? = nil
        var dayRise: Int = 0
        var fullDay: Int = .max
    }

    struct Shape: Equatable {
        var lengths: [Int]
        /// True when the limits could not hold the whole total.
        var heldByLimits: Bool
        /// True when every possible count made days shorter than the week before.
        var daysShorter: Bool
    }

    func shape(total: Int, limits: Limits) -> Shape {
        guard total > 0 else { return Shape(lengths: [], heldByLimits: false, daysShorter: false) }
        let longest = max(1, limits.longestDay)
        // More days than the contract's only when its days cannot hold the week within
        // the plan's longest day: then whole days at that length, and one shorter day.
        let addsDays = daysAtLimit > fullWeekDays && total > fullWeekDays * dayLimitUnits
        let weekDays = addsDays ? min(daysAtLimit, (total + dayLimitUnits - 1) / dayLimitUnits) : fullWeekDays
        let most = max(1, min(limits.mostDays, weekDays))
        let deliverable = min(total, most * longest)
        let needed = (deliverable + longest - 1) / longest
        if let fixed = limits.fixedDays {
            let count = min(max(fixed, needed), most)
            let lengths = split(min(deliverable, count * longest), into: count)
            return Shape(lengths: lengths, heldByLimits: lengths.reduce(0, +) < total, daysShorter: false)
        }
        let byMinimum = max(1, deliverable / max(1, minDayUnits))
        let upper = max(1, min(most, byMinimum))
        let lower = min(max(needed, limits.previousDays ?? 1, 1), upper)
        let count = chooseCount(deliverable, lower: max(lower, needed), upper: max(upper, needed), limits: limits)
        let lengths: [Int]
        if strategy == .days || count > fullWeekDays {
            lengths = fullDaysFirst(deliverable, longest: longest, count: count)
        } else {
            lengths = split(deliverable, into: count)
        }
        let shortest = lengths.min() ?? 0
        let shorter = limits.previousShortest.map { shortest < $0 } ?? false
        return Shape(lengths: lengths, heldByLimits: deliverable < total, daysShorter: shorter)
    }

    /// The count nearest the strategy's preference among those that keep days at least as
    /// long as the week before; the preference itself when no count does.
    private func chooseCount(_ total: Int, lower: Int, upper: Int, limits: Limits) -> Int {
        let preferred = min(max(preferredCount(total, upper: upper), lower), upper)
        guard lower <= upper else { return upper }
        let keepsLength = (lower...upper).filter { count in
            guard strategy != .days, let previous = limits.previousShortest else { return true }
            return total / count >= previous
        }
        guard !keepsLength.isEmpty else { return preferred }
        let leading = keepsLength.filter { leadsOn(from: $0, total: total, upper: upper, limits: limits) }
        return (leading.isEmpty ? keepsLength : leading).min { abs($0 - preferred) < abs($1 - preferred) || (abs($0 - preferred) == abs($1 - preferred) && $0 > $1) }!
    }

    /// Whether the next rung can be worked on at least as many days, none shorter than
    /// this week's shortest and none longer than the day limit allows.
    private func leadsOn(from count: Int, total: Int, upper: Int, limits: Limits) -> Bool {
        guard strategy == .balanced, let next = limits.nextTotal, next > total else { return true }
        let shortest = total / count
        let longestNext = min(limits.fullDay, (total + count - 1) / count + limits.dayRise)
        return (count...max(count, fullWeekDays)).contains { nextCount in
            next / nextCount >= shortest && (next + nextCount - 1) / nextCount <= longestNext
        }
    }

    private func preferredCount(_ total: Int, upper: Int) -> Int {
        switch strategy {
        case .hours, .shifts:
            return upper
        case .days:
            return (total + fullDayUnits - 1) / max(1, fullDayUnits)
        case .balanced:
            let share = Double(total) / Double(max(1, fullWeekDays * fullDayUnits))
            return max(1, Int((Double(fullWeekDays) * share.squareRoot()).rounded()))
        }
    }

    /// Full-length days, then one shorter day for what is left; a remainder shorter than
    /// the shortest allowed day is shared with the day before it.
    private func fullDaysFirst(_ total: Int, longest: Int, count: Int) -> [Int] {
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
        return lengths.count >= count || lengths.count >= fullWeekDays ? lengths : split(total, into: count)
    }

    /// `total` over `days` days, the longer days first, differing by at most one unit.
    func split(_ total: Int, into days: Int) -> [Int] {
        guard days > 0 else { return [] }
        let base = total / days
        let extra = total % days
        return (0..<days).map { base + ($0 < extra ? 1 : 0) }
    }
}
