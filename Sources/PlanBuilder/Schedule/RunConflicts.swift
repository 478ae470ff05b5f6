/// Conflicts found by walking the calendar: a plan of a given length that cannot be worked
/// at its target in its last week, or a plan that can never reach its target.
enum RunConflicts {
    static func givenWeeks(_ given: Int, run: WeekSimulator.Run, computed: WeekSimulator.Run, setup: ScheduleSetup) -> FoundConflict {
        let target = targetText(setup)
        var problem: String
        if let last = run.weeks.last, last.kind == .shortened || last.kind == .pause {
            let days = last.plan.excluded.map(\.date.iso).joined(separator: ", ")
            problem = "the last week, week \(given), is not worked at the target of \(target): "
                + (last.plan.excluded.count == 1 ? "one of its contract days (\(days)) is a holiday, leave or an appointment."
                    : "\(last.plan.excluded.count) of its contract days (\(days)) are holidays, leave or appointments.")
        } else if run.targetWeek != nil {
            problem = "the last week, week \(given), is not worked at the target of \(target): it is held below it."
        } else {
            problem = "in \(given) week\(given == 1 ? "" : "s") the return cannot reach \(target) on the hours actually worked"
            problem += reasons(run, setup: setup)
        }
        var fixes: [CandidateFix] = []
        var lengths: [Int] = []
        if let needed = computed.targetWeek, needed > given { lengths.append(needed) }
        lengths += [given + 1, given + 2, given + 4].filter { !lengths.contains($0) && $0 <= 104 }
        for weeks in lengths {
            fixes.append(CandidateFix(description: "give the plan \(weeks) weeks (plan.weeks: \(weeks)).") { $0.weeks = weeks })
        }
        fixes.append(CandidateFix(description: "remove plan.weeks, so the plan takes the weeks it needs.") { $0.weeks = nil })
        fixes += relaxations(setup)
        let conflict = PlanConflict(field: "plan.weeks", problem: problem,
                                    resolution: "No single change tried (more weeks, bigger steps, faster-growing days, fewer rest days) resolves this on its own; change several of plan.weeks, plan.max_step_percent and plan.max_day_rise_hours together.",
                                    code: "weeks-too-few")
        return FoundConflict(conflict, fixes: fixes)
    }

    static func neverReached(_ run: WeekSimulator.Run, setup: ScheduleSetup) -> FoundConflict {
        let problem = "the return never reaches \(targetText(setup)) within \(WeekSimulator.longestPlanWeeks) weeks" + reasons(run, setup: setup)
        var fixes: [CandidateFix] = []
        if !setup.plan.pattern.windows.isEmpty {
            fixes.append(CandidateFix(description: "remove the finishing times in plan.days.") { $0.pattern.windows = [:] })
        }
        if setup.plan.nonConsecutiveUntilWeek != nil {
            fixes.append(CandidateFix(description: "remove plan.non_consecutive_until_week.") { $0.nonConsecutiveUntilWeek = nil })
        }
        if setup.plan.maxDayHoursUntilReview != nil {
            fixes.append(CandidateFix(description: "remove plan.max_day_hours_until_review.") { $0.maxDayHoursUntilReview = nil })
        }
        fixes += relaxations(setup)
        let lower = (setup.plan.targetPercent * 0.8).rounded()
        fixes.append(CandidateFix(description: "lower plan.target_percent to \(HoursText.percent(lower)).") { $0.targetPercent = max(1, lower) })
        let conflict = PlanConflict(field: "plan.target_percent", problem: problem,
                                    resolution: "No single change tried resolves this on its own; relax several of the limits named above together.",
                                    code: "never-reached")
        return FoundConflict(conflict, fixes: fixes)
    }

    /// Bigger steps and faster-growing days, each tried on its own.
    private static func relaxations(_ setup: ScheduleSetup) -> [CandidateFix] {
        let plan = setup.plan
        var fixes: [CandidateFix] = []
        let step = min(100, (plan.maxStepPercent * 1.5).rounded())
        if step > plan.maxStepPercent {
            fixes.append(CandidateFix(description: "allow bigger weekly steps with plan.max_step_percent: \(HoursText.percent(step)).") { $0.maxStepPercent = step })
        }
        let rise = plan.maxDayRiseHours + 1
        fixes.append(CandidateFix(description: "let days grow faster with plan.max_day_rise_hours: \(HoursText.decimal(rise)).") { $0.maxDayRiseHours = rise })
        if plan.nonConsecutiveUntilWeek != nil {
            fixes.append(CandidateFix(description: "remove plan.non_consecutive_until_week.") { $0.nonConsecutiveUntilWeek = nil })
        }
        if plan.pattern.workingDays != nil {
            fixes.append(CandidateFix(description: "remove plan.working_days, so every contract day may be worked.") { $0.pattern.workingDays = nil })
        }
        return fixes
    }

    private static func targetText(_ setup: ScheduleSetup) -> String {
        "\(HoursText.hours(minutes: setup.ramp.targetUnits * setup.unit)) h a week (\(HoursText.percent(setup.plan.targetPercent)) %)"
    }

    /// What held the plan back, in the words of the fields that cause it.
    private static func reasons(_ run: WeekSimulator.Run, setup: ScheduleSetup) -> String {
        var parts: [String] = []
        let pauses = run.weeks.filter { $0.kind == .pause }.count
        let shortened = run.weeks.filter { $0.kind == .shortened }.count
        if pauses > 0 { parts.append("\(pauses) week\(pauses == 1 ? " is a pause" : "s are pauses") for leave") }
        if shortened > 0 { parts.append("\(shortened) week\(shortened == 1 ? " is" : "s are") shortened by holidays, leave or appointments and repeated") }
        let holds = Set(run.weeks.compactMap(\.heldBy).map(describe))
        parts += holds.sorted()
        parts.append("weeks rise by at most \(HoursText.percent(setup.plan.maxStepPercent)) % of the contract (plan.max_step_percent) and days by at most \(HoursText.decimal(setup.plan.maxDayRiseHours)) h (plan.max_day_rise_hours)")
        return ": " + parts.joined(separator: "; ") + "."
    }

    private static func describe(_ reason: WeekSimulator.HoldReason) -> String {
        switch reason {
        case .dayRise: return "days may grow only a little each week (plan.max_day_rise_hours)"
        case .dayLimit: return "days are limited by plan.max_day_hours"
        case .restDays: return "rest days between working days limit the days worked (plan.non_consecutive_until_week)"
        case .pattern: return "the agreed finishing times (plan.days) limit the hours"
        case .afterShortWeek: return "after a short week the hours may rise by one step only"
        }
    }
}
