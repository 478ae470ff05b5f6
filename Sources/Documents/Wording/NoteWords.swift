import PlanBuilder

/// A schedule note in the document's language: the note's key picks `note_<key>` from the
/// wording, and its values are written the way the document writes hours, weekdays and
/// percentages, so the plan and the report say it in Welsh as well as in English.
struct NoteWords {
    let wording: Wording
    let dates: DateWords
    /// Given, a warning beyond the assessed capacity ends with when it is checked
    /// (`CapacityCheck`); a review document, which is that check, leaves it off.
    var schedule: GradedSchedule? = nil
    var issued: LocalDate? = nil

    func text(_ note: ScheduleNote) throws(DocumentError) -> String {
        var values: [String: String] = [:]
        for (name, value) in note.values {
            switch value {
            case .minutes(let minutes): values[name] = wording.duration(minutes: minutes)
            case .number(let number): values[name] = "\(number)"
            case .percent(let percent): values[name] = HoursText.percent(percent)
            case .weekday(let weekday): values[name] = wording.lookup("weekday_long", weekday.rawValue)
            }
        }
        let text = try wording.text("note_" + note.key, values)
        guard let schedule, let week = note.checkBeforeWeek else { return text }
        guard let check = try CapacityCheck(schedule: schedule, issued: issued)
            .sentence(week: week, prefix: "note_capacity_check", wording: wording, dates: dates) else { return text }
        return text + " " + check
    }
}
