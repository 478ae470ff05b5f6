/// Keeps a built plan within the dates a case file may use (`DateBounds`). The reader
/// refuses dates outside those years, but a plan whose length is computed can still run
/// on from a start near the end of them; the holiday calendars are defined only for the
/// years they were written for, so such a plan is refused with the field to change
/// instead of being drawn with days the calendar knows nothing about.
public enum PlanHorizon {
    /// A conflict when the schedule's last day is after `DateBounds.latest`; nil otherwise.
    public static func conflict(start: LocalDate, weeks: Int) -> PlanConflict? {
        let lastDay = start.adding(days: 7 * max(weeks, 1) - 1)
        guard lastDay > DateBounds.latest else { return nil }
        return PlanConflict(
            field: "plan.start",
            problem: "the plan of \(weeks) weeks from \(start.iso) would end on \(lastDay.iso), after "
                + "\(DateBounds.latest.iso), the last date vr-docs plans for.",
            resolution: "Check plan.start; a return starts within a few years of today.")
    }
}

extension InfeasiblePlan {
    /// For checks made outside the schedule builder, such as `PlanHorizon`.
    public static func refusing(_ conflicts: [PlanConflict]) -> InfeasiblePlan {
        InfeasiblePlan(conflicts: conflicts)
    }
}
