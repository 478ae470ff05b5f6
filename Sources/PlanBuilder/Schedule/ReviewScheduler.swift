/// Places the plan's review points: every few weeks, on given dates, and always at the
/// end of the last week.
enum ReviewScheduler {
    /// The last working weekday of the week, or its last weekday the client is not away
    /// (leave, a public holiday, an appointment): reviews need the client, the line
    /// manager and the case manager, who work office days. Nil for a week away on every
    /// weekday.
    static func reviewDay(in week: WeekPlan) -> LocalDate? {
        let isWeekday = { (date: LocalDate) in date.weekday != .sat && date.weekday != .sun }
        if let worked = week.days.last(where: { isWeekday($0.date) }) { return worked.date }
        let away = Set(week.excluded.map(\.date))
        return (0..<7).map { week.end.adding(days: -$0) }.first { isWeekday($0) && !away.contains($0) }
    }

    static func place(_ reviews: ReviewPlan, in schedule: inout GradedSchedule) {
        var points: [ReviewPoint] = []
        let weekCount = schedule.weeks.count
        var reviewWeeks = Set<Int>()
        if let every = reviews.everyWeeks, every > 0 {
            reviewWeeks.formUnion(stride(from: every, through: weekCount, by: every))
        }
        if weekCount > 0 { reviewWeeks.insert(weekCount) }
        for number in reviewWeeks.sorted() {
            // A review due in a week the client is away moves to the next week they are not.
            let due = schedule.weeks[(number - 1)...].lazy.compactMap { week in reviewDay(in: week).map { (week.number, $0) } }.first
            guard let (week, day) = due, !points.contains(where: { $0.week == week }) else { continue }
            points.append(ReviewPoint(date: day, week: week))
        }
        // A review the case manager dated replaces the automatic one in the same week.
        for date in reviews.dates {
            let week = schedule.week(containing: date)?.number
            if let week { points.removeAll { $0.week == week } }
            points.append(ReviewPoint(date: date, week: week))
        }
        points.sort { ($0.date, $0.week ?? 0) < ($1.date, $1.week ?? 0) }
        var seen = Set<LocalDate>()
        schedule.reviewPoints = points.filter { seen.insert($0.date).inserted }
        for index in schedule.weeks.indices {
            schedule.weeks[index].review = schedule.reviewPoints.first { $0.week == schedule.weeks[index].number }
        }
    }
}
