/// The graded progression at the level of whole weeks: the ladder of weekly totals
/// ("rungs") the return climbs, one rung for each week that is worked as planned.
///
/// It has two stages. Up to the *plateau* every day stays within `max_day_hours` on the
/// contract's days; from the plateau to the target, days step up to full length by at
/// most `max_day_rise_hours` a week, so a 12-hour shift never comes back all at once, or,
/// when the limit holds to the end of the plan (`addedDayUnits`), a day is added each week instead. Everything is in units of
/// `plan.rounding_minutes`, so a step that is allowed on paper is still allowed after
/// rounding.
struct WeeklyRamp {
    let startUnits: Int
    /// Where the first stage ends: the most a full week allows within `max_day_hours`.
    let plateauUnits: Int
    let targetUnits: Int
    let maxStepUnits: Int
    /// Days (or shifts) worked in a full week, over which the second stage spreads.
    let fullWeekDays: Int
    /// How much longer a day may become from one week to the next.
    let dayRiseUnits: Int
    /// When set, the second stage adds at most one day of this length a week instead of
    /// lengthening days.
    var addedDayUnits: Int? = nil

    /// The fewest rises from the start to the plateau within the maximum step.
    var fewestClimbSteps: Int {
        let rise = plateauUnits - startUnits
        guard rise > 0, maxStepUnits > 0 else { return 0 }
        return (rise + maxStepUnits - 1) / maxStepUnits
    }

    /// The rungs when the first stage takes `climbSteps` rises (a straight line whose
    /// rises differ by at most one unit), followed by the step-up to full days.
    func rungs(climbSteps: Int) -> [Int] {
        var rungs: [Int]
        let rise = plateauUnits - startUnits
        if climbSteps <= 0 || rise <= 0 {
            rungs = [startUnits]
        } else {
            rungs = (0...climbSteps).map { startUnits + rise * $0 / climbSteps }
        }
        var level = rungs.last ?? startUnits
        while level < targetUnits {
            let day = (level + fullWeekDays - 1) / max(1, fullWeekDays)
            let byDayRise: Int
            if let added = addedDayUnits.map({ max(1, $0) }) {
                byDayRise = ((level + added - 1) / added + 1) * added
            } else {
                byDayRise = fullWeekDays * (day + max(1, dayRiseUnits))
            }
            let next = min(targetUnits, level + max(1, maxStepUnits), byDayRise)
            guard next > level else { break }
            level = next
            rungs.append(level)
        }
        return rungs
    }

    /// The index of the plateau rung: later rungs are the step-up to full days.
    func plateauIndex(climbSteps: Int) -> Int {
        plateauUnits > startUnits ? max(0, climbSteps) : 0
    }
}
