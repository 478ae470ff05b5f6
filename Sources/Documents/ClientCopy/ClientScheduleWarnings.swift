import PlanBuilder

/// The schedule's warnings in the client's words: a break for time away, days that get
/// longer step by step, weeks beyond what the client could manage at the assessment. In
/// the order of the weeks they start in, as the client lives through them.
struct ClientScheduleWarnings {
    let schedule: GradedSchedule
    let wording: Wording
    let dates: DateWords
    let issued: LocalDate?

    func sentences() throws(DocumentError) -> [String] {
        let dated = try datedSentences()
        return dated.indices.sorted { (dated[$0].week, $0) < (dated[$1].week, $1) }.map { dated[$0].text }
    }

    /// Each sentence with the week it starts in.
    private func datedSentences() throws(DocumentError) -> [(week: Int, text: String)] {
        var sentences: [(week: Int, text: String)] = []
        // One sentence for each pause the schedule's notes describe, from the same facts:
        // a week leave takes only most of gives its days away and its working days.
        for note in schedule.notes where note.topic == .pause {
            guard case .number(let week)? = note.values["first"] else { continue }
            var sentence: String
            if case .number(let off)? = note.values["off"], case .number(let days)? = note.values["days"] {
                let key = note.key.contains("_partly_shifts") ? "warn_pause_partly_shifts" : "warn_pause_partly"
                sentence = try wording.text(key, ["week": "\(week)", "off": "\(off)", "days": "\(days)"])
            } else if case .number(let last)? = note.values["last"], last > week {
                sentence = try wording.text("warn_pause_range", ["first": "\(week)", "last": "\(last)"])
            } else {
                sentence = try wording.text("warn_pause", ["week": "\(week)"])
            }
            // What the week after the break holds, as the schedule's note has it: the same
            // hours as before, a step below them, or nothing when the break ends the plan.
            if note.key.hasSuffix("_repeat") { sentence += " " + (try wording.text("warn_pause_after_repeat")) }
            if note.key.hasSuffix("_step_back") { sentence += " " + (try wording.text("warn_pause_after_step_back")) }
            sentences.append((week, sentence))
        }
        let warnings = schedule.warnings
        if let stepUp = warnings.stepUp {
            sentences.append((stepUp.week, try wording.text("warn_step_up", [
                "week": "\(stepUp.week)", "noun": schedule.countsShifts ? "shift" : "day",
                "rise": wording.spelledDuration(minutes: stepUp.riseMinutes), "full": wording.spelledDuration(minutes: stepUp.fullMinutes)])))
        }
        var capacityDays = warnings.capacityDays
        // A shift worker is told about shifts, though the assessment counted days.
        let shifts = schedule.countsShifts ? "_shifts" : ""
        if let more = warnings.moreDays {
            var sentence = try wording.text(schedule.countsShifts ? "warn_more_shifts" : "warn_more_days", [
                "week": "\(more.week)", "most": "\(more.mostDays)", "usual": "\(more.usualDays)",
                "limit": wording.spelledDuration(minutes: more.limitMinutes), "full": wording.spelledDuration(minutes: more.fullMinutes)])
            // The extra days are what passes the assessed days a week: said once, here.
            if let days = capacityDays, days.week == more.week {
                sentence += " " + (try wording.text("warn_more_beyond_capacity" + shifts, ["week": "\(days.week)", "days": "\(days.days)", "most": "\(more.mostDays)"]))
                    + (try check(days.week))
                capacityDays = nil
            }
            sentences.append((more.week, sentence))
        }
        // Longer days and more days from the same week: one sentence, one check.
        if let hours = warnings.capacityHours, let days = capacityDays, hours.week == days.week {
            sentences.append((hours.week, try wording.text("warn_capacity_hours_and_days" + shifts, [
                "week": "\(hours.week)", "hours": wording.spelledDuration(minutes: hours.minutes), "days": "\(days.days)"])
                + (try check(hours.week))))
            return sentences
        }
        if let hours = warnings.capacityHours {
            sentences.append((hours.week, try wording.text("warn_capacity_hours" + shifts, ["week": "\(hours.week)", "hours": wording.spelledDuration(minutes: hours.minutes)])
                + (try check(hours.week))))
        }
        if let days = capacityDays {
            sentences.append((days.week, try wording.text("warn_capacity_days" + shifts, ["week": "\(days.week)", "days": "\(days.days)"])
                + (try check(days.week))))
        }
        return sentences
    }

    /// When a week beyond what the client could manage is checked with them, as a sentence
    /// to append (with its leading space), or nothing when that week has already begun.
    private func check(_ week: Int) throws(DocumentError) -> String {
        guard let sentence = try CapacityCheck(schedule: schedule, issued: issued)
            .sentence(week: week, prefix: "warn_capacity_check", wording: wording, dates: dates, inFull: true) else { return "" }
        return " " + sentence
    }
}
