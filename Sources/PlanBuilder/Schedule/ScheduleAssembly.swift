/// Turns the weeks the simulator decided into the schedule documents print, with the
/// notes a reader needs: pauses, the step-up to full days, days that got shorter and why,
/// and any week beyond the assessed capacity.
enum ScheduleAssembly {
    static func schedule(from run: WeekSimulator.Run, setup: ScheduleSetup) -> GradedSchedule {
        let plan = setup.plan
        var weeks = run.weeks.map(\.plan)
        var notes = setup.notes
        notes += pauseNotes(run, setup: setup)
        notes += stepUpNotes(weeks, setup: setup)
        notes += moreDaysNotes(moreDays(weeks, setup: setup), shifts: setup.contract.isShiftWork)
        notes += shorterDayNotes(run, pattern: plan.pattern, shifts: setup.contract.isShiftWork)
        notes += capacityNotes(&weeks, setup: setup)
        var schedule = GradedSchedule(
            weeks: weeks, strategy: plan.strategy, contractMinutes: setup.contractMinutes,
            targetPercent: plan.targetPercent, startPercent: setup.startPercent,
            maxStepPercent: plan.maxStepPercent, reviewPoints: [], notes: notes,
            payPolicy: plan.pay, holidayRegion: plan.holidays, targetWeek: run.targetWeek)
        schedule.warnings = warnings(weeks, setup: setup)
        schedule.countsShifts = setup.contract.isShiftWork
        return schedule
    }

    private static func warnings(_ weeks: [WeekPlan], setup: ScheduleSetup) -> ScheduleWarnings {
        var warnings = ScheduleWarnings()
        if setup.longestDayUnits < setup.finalDayUnits,
           let first = weeks.first(where: { $0.longestDayMinutes > setup.longestDayUnits * setup.unit }) {
            warnings.stepUp = .init(week: first.number, riseMinutes: setup.dayRiseUnits * setup.unit,
                                    fullMinutes: setup.finalDayUnits * setup.unit)
        }
        warnings.moreDays = moreDays(weeks, setup: setup)
        guard let capacity = setup.assessedCapacity, let firstWorked = weeks.firstIndex(where: { !$0.days.isEmpty }) else { return warnings }
        let later = weeks.dropFirst(firstWorked + 1)
        if let hours = capacity.hoursPerDay, let week = later.first(where: { $0.days.contains { Double($0.minutes) > hours * 60 + 1e-9 } }) {
            warnings.capacityHours = (week.number, Int((hours * 60).rounded()))
        }
        if let days = capacity.daysPerWeek, let week = later.first(where: { $0.days.count > days }) {
            warnings.capacityDays = (week.number, days)
        }
        return warnings
    }

    private static func pauseNotes(_ run: WeekSimulator.Run, setup: ScheduleSetup) -> [ScheduleNote] {
        var notes: [ScheduleNote] = []
        var index = 0
        let weeks = run.weeks
        while index < weeks.count {
            guard weeks[index].kind == .pause else { index += 1; continue }
            var end = index
            while end + 1 < weeks.count, weeks[end + 1].kind == .pause { end += 1 }
            let span = index == end ? "Week \(index + 1) is a pause" : "Weeks \(index + 1) to \(end + 1) are a pause"
            var message = "\(span): the employee is away, so nothing is worked."
            var key = index == end ? "pause_single" : "pause_range"
            var values: [String: NoteValue] = ["first": .number(index + 1), "last": .number(end + 1)]
            let week = weeks[index].plan
            if index == end, week.pauseFreeDays > 0 {
                let off = week.excluded.count
                let shifts = setup.contract.isShiftWork
                message = shifts
                    ? "\(span): the employee is away on \(off) of its \(off + week.pauseFreeDays) days, more than half the week, so no shift is worked that week."
                    : "\(span): the employee is off on \(off) of its \(off + week.pauseFreeDays) working days, so its other days are not worked either."
                key += shifts ? "_partly_shifts" : "_partly"
                values["off"] = .number(off)
                values["days"] = .number(off + week.pauseFreeDays)
            }
            if end + 1 < weeks.count {
                let next = weeks[end + 1].plan
                let stepBack = setup.plan.afterPause == .stepBack
                let how = stepBack ? "one step below the level before the pause" : "the level reached before the pause"
                message += " Week \(next.number) resumes at \(HoursText.hours(minutes: next.plannedMinutes)) h, \(how)."
                key += stepBack ? "_step_back" : "_repeat"
                values["next"] = .number(next.number)
                values["hours"] = .minutes(next.plannedMinutes)
            }
            notes.append(ScheduleNote(kind: .info, topic: .pause, message: message, key: key, values: values))
            index = end + 1
        }
        return notes
    }

    private static func stepUpNotes(_ weeks: [WeekPlan], setup: ScheduleSetup) -> [ScheduleNote] {
        guard setup.longestDayUnits < setup.finalDayUnits,
              let first = weeks.first(where: { $0.longestDayMinutes > setup.longestDayUnits * setup.unit }) else { return [] }
        let limit = HoursText.hours(minutes: setup.longestDayUnits * setup.unit)
        let full = HoursText.hours(minutes: setup.finalDayUnits * setup.unit)
        let noun = setup.contract.isShiftWork ? "shift" : "day"
        var message = "No \(noun) is longer than \(limit) h (plan.max_day_hours) until week \(first.number - 1)"
        if let review = setup.plan.maxDayHoursUntilReview { message += ", after review \(review)" }
        message += "; from week \(first.number) \(noun)s step up to the full \(full) h by at most \(HoursText.hours(minutes: setup.dayRiseUnits * setup.unit)) h a week. Check how the employee is at each step."
        let key = (setup.contract.isShiftWork ? "step_up_shifts" : "step_up_days") + (setup.plan.maxDayHoursUntilReview == nil ? "" : "_review")
        let values: [String: NoteValue] = [
            "limit": .minutes(setup.longestDayUnits * setup.unit), "until": .number(first.number - 1), "from": .number(first.number),
            "full": .minutes(setup.finalDayUnits * setup.unit), "rise": .minutes(setup.dayRiseUnits * setup.unit),
            "review": .number(setup.plan.maxDayHoursUntilReview ?? 0)]
        return [ScheduleNote(kind: .flag, topic: .dayLength, message: message, key: key, values: values)]
    }

    /// The weeks worked on more days than the contract's, to stay within `max_day_hours`
    /// (`ScheduleSetup.daysAtLimit`): from when, and up to how many.
    private static func moreDays(_ weeks: [WeekPlan], setup: ScheduleSetup) -> ScheduleWarnings.MoreDays? {
        guard setup.daysAtLimit != nil, let first = weeks.first(where: { $0.days.count > setup.shaper.fullWeekDays }) else { return nil }
        return .init(week: first.number, mostDays: weeks.map(\.days.count).max() ?? 0, usualDays: setup.shaper.fullWeekDays,
                     limitMinutes: setup.longestDayUnits * setup.unit, fullMinutes: setup.finalDayUnits * setup.unit)
    }

    private static func moreDaysNotes(_ more: ScheduleWarnings.MoreDays?, shifts: Bool) -> [ScheduleNote] {
        guard let more else { return [] }
        let noun = shifts ? "shift" : "day"
        let message = "No \(noun) is longer than \(HoursText.hours(minutes: more.limitMinutes)) h (plan.max_day_hours) to the end of the plan, so from week \(more.week) the hours are worked on up to \(more.mostDays) \(noun)s a week instead of the contract's \(more.usualDays); full \(HoursText.hours(minutes: more.fullMinutes)) h \(noun)s come back after the plan. Check how the employee manages the extra \(noun)s."
        let values: [String: NoteValue] = [
            "limit": .minutes(more.limitMinutes), "from": .number(more.week), "most": .number(more.mostDays),
            "usual": .number(more.usualDays), "full": .minutes(more.fullMinutes)]
        return [ScheduleNote(kind: .flag, topic: .dayLength, message: message,
                             key: shifts ? "more_shifts_within_limit" : "more_days_within_limit", values: values)]
    }

    /// Each key has a `_shifts` twin, so that a shift worker reads "shorter shifts".
    private static func shorterDayNotes(_ run: WeekSimulator.Run, pattern: WorkPattern, shifts: Bool) -> [ScheduleNote] {
        let noun = shifts ? "shift" : "day"
        var notes: [ScheduleNote] = []
        var previous: (week: WeekSimulator.SimulatedWeek, shortest: Int, longest: Int)?
        for week in run.weeks where !week.plan.days.isEmpty {
            let shortest = week.plan.days.map(\.minutes).min() ?? 0
            let longest = week.plan.longestDayMinutes
            if let before = previous, shortest < before.shortest || longest < before.longest {
                let why: String, reason: String
                let shortestDay = week.plan.days.min { $0.minutes < $1.minutes }
                let capped = shortestDay.flatMap { pattern.longestMinutes(on: $0.date.weekday) }.map { $0 <= shortest } ?? false
                if capped, shortest < before.shortest {
                    (why, reason) = ("of the agreed finishing time on \(shortestDay!.date.weekday.rawValue.capitalized)days", "finish_time")
                } else if run.weeks[week.plan.number - 2].kind == .pause {
                    (why, reason) = ("it follows a pause", "after_pause")
                } else if before.week.kind == .shortened || week.heldBy == .afterShortWeek {
                    (why, reason) = ("it repeats the hours planned for the shortened week before it, shared over its working days", "after_short_week")
                } else if week.plannedDays > before.week.plannedDays || week.plan.days.count > before.week.plan.days.count {
                    (why, reason) = (shifts ? "it adds a shift" : "it adds a working day", "added_day")
                } else if !pattern.windows.isEmpty {
                    (why, reason) = ("of the agreed finishing times", "finish_times")
                } else {
                    (why, reason) = ("it repeats the hours planned for the shortened week before it, shared over its working days", "after_short_week")
                }
                // When only the shortest day fell (one short Friday), the note says so; "shorter
                // days" is for a week whose longest day fell too.
                let onlyShortest = shortest < before.shortest && longest >= before.longest && reason != "finish_time"
                let (now, then) = shortest < before.shortest ? (shortest, before.shortest) : (longest, before.longest)
                var values: [String: NoteValue] = ["week": .number(week.plan.number), "now": .minutes(now), "then": .minutes(then)]
                if let day = shortestDay?.date.weekday { values["weekday"] = .weekday(day) }
                notes.append(ScheduleNote(kind: .info, topic: .dayLength,
                                          message: onlyShortest
                                            ? "Week \(week.plan.number)'s shortest \(noun) is \(HoursText.hours(minutes: now)) h, down from \(HoursText.hours(minutes: then)) h, because \(why)."
                                            : "Week \(week.plan.number) has shorter \(noun)s (\(HoursText.hours(minutes: now)) h, from \(HoursText.hours(minutes: then)) h) because \(why).",
                                          key: (onlyShortest ? "shortest_day_" : "shorter_days_") + reason + (shifts ? "_shifts" : ""), values: values))
            }
            previous = (week, shortest, longest)
        }
        return notes
    }

    /// Week 1 above capacity is refused unless `exceed_capacity`; later weeks beyond it
    /// are the point of a graded return, but the reader is told when they begin.
    private static func capacityNotes(_ weeks: inout [WeekPlan], setup: ScheduleSetup) -> [ScheduleNote] {
        guard let capacity = setup.assessedCapacity, let firstWorked = weeks.firstIndex(where: { !$0.days.isEmpty }) else { return [] }
        var notes: [ScheduleNote] = []
        // The assessment counts days; a shift worker's documents count shifts against them.
        let shifts = setup.contract.isShiftWork
        let (noun, suffix) = shifts ? ("shifts", "_shifts") : ("days", "")
        if setup.plan.exceedCapacity, setup.exceedsCapacity(weeks[firstWorked].days) {
            weeks[firstWorked].flags.append("Week \(weeks[firstWorked].number) is above the assessed capacity, as the case file asks (plan.exceed_capacity).")
            notes.append(ScheduleNote(kind: .flag, topic: .capacity, message: "Week \(weeks[firstWorked].number) goes beyond the assessed capacity at the case manager's request.",
                                      key: "beyond_capacity_on_request", values: ["week": .number(weeks[firstWorked].number)]))
        }
        let longerDays = capacity.hoursPerDay.flatMap { hours in
            weeks.dropFirst(firstWorked + 1).first(where: { $0.days.contains { Double($0.minutes) > hours * 60 + 1e-9 } }).map { (week: $0.number, hours: hours) }
        }
        let moreDays = capacity.daysPerWeek.flatMap { days in
            weeks.dropFirst(firstWorked + 1).first(where: { $0.days.count > days }).map { (week: $0.number, days: days) }
        }
        // Both from the same week: one warning, one check at one review.
        if let longerDays, let moreDays, longerDays.week == moreDays.week {
            notes.append(ScheduleNote(kind: .flag, topic: .capacity,
                                      message: "From week \(longerDays.week) \(noun) are longer than the \(HoursText.hours(longerDays.hours)) h a day, and more than the \(moreDays.days) day\(moreDays.days == 1 ? "" : "s") a week, that the assessment found the employee could manage. Check with the employee before that week starts.",
                                      key: "beyond_capacity_hours_and_days" + suffix,
                                      values: ["week": .number(longerDays.week), "hours": .minutes(Int((longerDays.hours * 60).rounded())), "days": .number(moreDays.days)],
                                      checkBeforeWeek: longerDays.week))
            return notes
        }
        if let longerDays {
            notes.append(ScheduleNote(kind: .flag, topic: .capacity,
                                      message: "From week \(longerDays.week) \(noun) are longer than the \(HoursText.hours(longerDays.hours)) h a day the assessment found the employee could manage. Check with the employee before that week starts.",
                                      key: "beyond_capacity_hours" + suffix, values: ["week": .number(longerDays.week), "hours": .minutes(Int((longerDays.hours * 60).rounded()))],
                                      checkBeforeWeek: longerDays.week))
        }
        if let moreDays {
            notes.append(ScheduleNote(kind: .flag, topic: .capacity,
                                      message: "From week \(moreDays.week) the employee works more \(shifts ? "shifts a week than the \(moreDays.days) working" : "than the \(moreDays.days)") day\(moreDays.days == 1 ? "" : "s")\(shifts ? "" : " a week") the assessment found manageable. Check with the employee before that week starts.",
                                      key: "beyond_capacity_days" + suffix, values: ["week": .number(moreDays.week), "days": .number(moreDays.days)],
                                      checkBeforeWeek: moreDays.week))
        }
        return notes
    }
}
