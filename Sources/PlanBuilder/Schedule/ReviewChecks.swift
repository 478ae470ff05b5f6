/// Checks the review dates a case manager gave, and finds the review after which days
/// may step up to full length (`plan.max_day_hours_until_review`).
///
/// A review needs the client, the line manager and the case manager at work, so a given
/// date must be a weekday of the plan that is not a public holiday or a day of leave.
enum ReviewChecks {
    /// The week of review `max_day_hours_until_review`, counting reviews every few weeks
    /// and dated reviews together; a conflict when the plan has fewer reviews than that.
    static func stepUpAfterWeek(_ plan: PlanSpec, conflicts: inout [FoundConflict]) -> Int? {
        guard let number = plan.maxDayHoursUntilReview, plan.maxDayHours != nil else { return nil }
        var weeks = Set(plan.reviews.dates.map { plan.start.days(until: $0) / 7 + 1 }.filter { $0 >= 1 })
        if let every = plan.reviews.everyWeeks, every > 0 {
            weeks.formUnion(stride(from: every, through: WeekSimulator.longestPlanWeeks, by: every))
        }
        let ordered = weeks.sorted()
        guard number <= ordered.count else {
            conflicts.append(FoundConflict(PlanConflict(
                field: "plan.max_day_hours_until_review",
                problem: "days stay within max_day_hours until review \(number), but the plan sets only \(ordered.count) review\(ordered.count == 1 ? "" : "s") before its last week.",
                resolution: "Add review dates (plan.reviews.dates) or plan.reviews.every_weeks, or lower max_day_hours_until_review.",
                code: "until-review")))
            return nil
        }
        return ordered[number - 1]
    }

    /// Every given review date that is not a working weekday of the plan, each with the
    /// nearest date that is.
    static func conflicts(_ dates: [LocalDate], in schedule: GradedSchedule, excluded: ExcludedDays) -> [FoundConflict] {
        guard let first = schedule.firstDay, let last = schedule.lastDay else { return [] }
        func isGood(_ date: LocalDate) -> Bool {
            date >= first && date <= last && date.weekday < .sat && !excluded.isHoliday(date) && !excluded.isUnavailable(date)
        }
        var found: [FoundConflict] = []
        for (index, date) in dates.enumerated() where !isGood(date) {
            let why: String
            if date < first { why = "is before the plan starts (\(first.iso))" }
            else if date > last { why = "is after the plan ends (\(last.iso))" }
            else if date.weekday >= .sat { why = "is a \(date.weekday == .sat ? "Saturday" : "Sunday")" }
            else if excluded.isHoliday(date) { why = "is a public holiday" }
            else { why = "is a day the client is away (plan.unavailable)" }
            let nearest = (1...21).lazy.flatMap { [date.adding(days: $0), date.adding(days: -$0)] }.first(where: isGood)
                ?? (date < first ? first : nil).flatMap { start in (0..<7).map { start.adding(days: $0) }.first(where: isGood) }
            var fixes: [CandidateFix] = []
            if let nearest {
                fixes.append(CandidateFix(description: "hold the review on \(nearest.iso) instead.") { plan in
                    if index < plan.reviews.dates.count { plan.reviews.dates[index] = nearest }
                })
            }
            fixes.append(CandidateFix(description: "remove \(date.iso) from the review dates.") { plan in
                if index < plan.reviews.dates.count { plan.reviews.dates.remove(at: index) }
            })
            found.append(FoundConflict(PlanConflict(
                field: "plan.reviews",
                problem: "the review on \(date.iso) \(why); a review needs a working weekday inside the plan.",
                resolution: "Choose a weekday between \(first.iso) and \(last.iso) that is not a holiday or leave.",
                code: "review-date-\(date.iso)"), fixes: fixes))
        }
        return found
    }
}
