import PlanBuilder

/// Planned against worked hours for each week of the plan up to the latest week a
/// review recorded, for the review's table and chart.
struct HoursComparison {
    struct Week {
        let plan: WeekPlan
        /// Hours worked as recorded at a review; nil when no review recorded the week.
        let actualHours: Double?
        var plannedHours: Double { plan.totalHours }
    }

    let weeks: [Week]

    /// A review names its plan week, or falls in one by date; when several reviews
    /// record the same week, the later one wins.
    init(schedule: GradedSchedule, reviews: [ReviewRecord]) {
        var actual: [Int: Double] = [:]
        for review in reviews {
            guard let hours = review.hoursWorked, let week = HoursComparison.week(of: review, in: schedule) else { continue }
            actual[week] = hours
        }
        let lastWeek = min(actual.keys.max() ?? 0, schedule.weeks.count)
        weeks = schedule.weeks.prefix(lastWeek).map { Week(plan: $0, actualHours: actual[$0.number]) }
    }

    static func week(of review: ReviewRecord, in schedule: GradedSchedule) -> Int? {
        if let week = review.week { return week }
        guard let date = review.date else { return nil }
        return schedule.week(containing: date)?.number
    }

    /// Totals over the weeks that have a recorded actual, so missing weeks do not
    /// count as hours not worked.
    var recordedTotals: (planned: Double, actual: Double)? {
        let recorded = weeks.filter { $0.actualHours != nil }
        guard !recorded.isEmpty else { return nil }
        return (recorded.reduce(0) { $0 + $1.plannedHours }, recorded.reduce(0) { $0 + ($1.actualHours ?? 0) })
    }
}
