import PlanBuilder

/// When a step beyond what the assessment found manageable is to be checked: at the last
/// review before the week it starts in, named by its date, or, when no review comes
/// before that week (or the last one is past on the issue date), before the week starts.
/// A reader told "at the review before week 2" would look for a meeting that may not exist.
struct CapacityCheck {
    let schedule: GradedSchedule
    /// A week already begun on the issue date is past checking: no sentence is given.
    var issued: LocalDate? = nil

    /// The date of the last review held in a week before `week`.
    func reviewBefore(week: Int) -> LocalDate? {
        schedule.weeks.last { $0.number < week && $0.review != nil }?.review?.date
    }

    /// The sentence that says when the step is checked, from `<prefix>_review` ({date}),
    /// `<prefix>_review_past` or `<prefix>_no_review` ({week}).
    /// The client reads the date in full ("Wednesday 25 March 2026"), as their check-ins are
    /// listed; the plan and the report as their grids do ("Wed 25 Mar").
    func sentence(week: Int, prefix: String, wording: Wording, dates: DateWords, inFull: Bool = false) throws(DocumentError) -> String? {
        if let issued, let start = schedule.weeks.first(where: { $0.number == week })?.start, start <= issued { return nil }
        if let date = reviewBefore(week: week) {
            // A review already past on the issue date is not a check still to come.
            if let issued, date < issued { return try wording.text(prefix + "_review_past", ["week": "\(week)"]) }
            let written = inFull ? dates.inFull(date) : dates.withWeekday(date)
            return try wording.text(prefix + "_review", ["date": written, "week": "\(week)"])
        }
        return try wording.text(prefix + "_no_review", ["week": "\(week)"])
    }
}
