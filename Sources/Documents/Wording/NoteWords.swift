import PlanBuilder

/// A schedule note in the document's language: the note's key picks `note_<key>` from the
/// wording, and its values are written the way the document writes hours, weekdays and
/// percentages, so the plan and the report say it in Welsh as well as in English.
struct NoteWords {
    let wording: Wording
    let dates: DateWords

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
        return try wording.text("note_" + note.key, values)
    }
}
