import PlanBuilder

/// The schedule as the employer sees it. The days, hours and review dates are the
/// agreement itself; what else a schedule carries reaches the employer by an explicit
/// choice here: notes by topic, warnings one by one, the reasons for days off case by
/// case (an exhaustive switch, so a new kind of reason does not compile until someone
/// decides whether the employer may read it).
enum EmployerSchedule {
    struct Allowance {
        var discloseDiagnosis: Bool
        var shareDuties: Bool
        var shareFunctionalEffects: Bool
        /// Duties left out because they read as health information.
        var withheldDuties: Set<String>
        /// Reasons for time away marked `share_reason` that passed the health screen.
        var sharedReasons: Set<String> = []
    }

    static func allowing(_ schedule: GradedSchedule, _ allowance: Allowance) -> GradedSchedule {
        var view = schedule
        // What the assessment found the client can manage is a functional effect.
        let topics: Set<ScheduleNote.Topic> = allowance.shareFunctionalEffects
            ? [.contract, .steps, .pause, .dayLength, .reviews, .capacity] : [.contract, .steps, .pause, .dayLength, .reviews]
        view.notes = schedule.notes.filter { topics.contains($0.topic) }
        var warnings = ScheduleWarnings()
        warnings.stepUp = schedule.warnings.stepUp
        warnings.moreDays = schedule.warnings.moreDays
        if allowance.shareFunctionalEffects {
            warnings.capacityHours = schedule.warnings.capacityHours
            warnings.capacityDays = schedule.warnings.capacityDays
        }
        view.warnings = warnings
        for index in view.weeks.indices {
            let week = schedule.weeks[index]
            view.weeks[index].flags = allowance.shareFunctionalEffects ? week.flags : []
            view.weeks[index].excluded = week.excluded.map { day in
                var day = day
                day.reason = reason(day.reason, allowance)
                return day
            }
            view.weeks[index].dutiesBack = allowance.shareDuties ? week.dutiesBack.filter { !allowance.withheldDuties.contains($0) } : []
            view.weeks[index].dutiesAvoided = allowance.shareDuties ? week.dutiesAvoided.filter { !allowance.withheldDuties.contains($0) } : []
        }
        return view
    }

    /// Public holidays are public; leave is not health information; an appointment's
    /// purpose and any other reason for being unavailable are, unless the client agreed
    /// to disclose their diagnosis or the case manager marked the reason as one to share.
    private static func reason(_ reason: ExcludedDay.Reason, _ allowance: Allowance) -> ExcludedDay.Reason {
        switch reason {
        case .publicHoliday(let name):
            return .publicHoliday(name)
        case .appointment(let what):
            return .appointment(allowance.discloseDiagnosis ? what : nil)
        case .unavailable(let why):
            guard let why else { return .unavailable(nil) }
            return .unavailable(allowance.discloseDiagnosis || UnavailableSpan.isLeave(why) || allowance.sharedReasons.contains(why) ? why : nil)
        }
    }
}
