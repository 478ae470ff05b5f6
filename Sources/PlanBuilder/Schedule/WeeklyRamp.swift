/// The graded progression at the level of whole weeks: how many weeks, and the planned
/// total for each, before any of it is placed on days.
///
/// Everything is in units of `plan.rounding_minutes`, so a step that is allowed on paper
/// is still allowed after rounding.
struct WeeklyRamp {
    let unit: Int
    let startUnits: Int
    let targetUnits: Int
    let maxStepUnits: Int

    /// The fewest weeks that keep every rise within the maximum step.
    var fewestWeeks: Int {
        let rise = targetUnits - startUnits
        guard rise > 0, maxStepUnits > 0 else { return 1 }
        return 1 + (rise + maxStepUnits - 1) / maxStepUnits
    }

    /// The largest rise between two weeks when the return takes `weeks` weeks.
    func largestStep(weeks: Int) -> Int {
        let rise = targetUnits - startUnits
        guard weeks > 1 else { return rise }
        return (rise + weeks - 2) / (weeks - 1)
    }

    /// Planned units for each week: a straight line from start to target, rounded so
    /// that rises differ by at most one unit.
    func plannedUnits(weeks: Int) -> [Int] {
        guard weeks > 1 else { return [targetUnits] }
        let rise = targetUnits - startUnits
        return (0..<weeks).map { index in startUnits + rise * index / (weeks - 1) }
    }
}
