/// Reads the agreed shape of the working day from the `plan` section: `day_start`,
/// per-weekday `days` (start and latest finish) and `working_days`. These are optional
/// extensions of the case-file format; each is checked against the contract so that a
/// pattern that cannot be worked is an error at validate time, not a surprise later.
struct PlanPatternReader {
    static let windowKeys = ["start", "until"]
    let contract: Contract?

    func read(_ fields: MappingReader) -> WorkPattern {
        let dayStart = fields.time("day_start")
        var windows: [Weekday: DayWindow] = [:]
        if let days = fields.mapping("days", validKeys: ChoiceWords.weekdays) {
            for weekday in Weekday.allCases {
                guard let day = days.mapping(weekday.rawValue, validKeys: PlanPatternReader.windowKeys) else { continue }
                let window = DayWindow(start: day.time("start"), until: day.time("until"))
                if let until = window.until {
                    let start = window.start ?? dayStart
                    if start == nil {
                        day.report("until", "a finishing time needs a start time to know how long the day is",
                                   fix: "Add start: under this day, or plan.day_start:, e.g. day_start: \"09:00\".")
                    } else if let start, until.minutesSinceMidnight <= start.minutesSinceMidnight {
                        day.report("until", "the day finishes at \(until) but starts at \(start)",
                                   fix: "Give a finishing time after the start, or an earlier start.")
                    }
                }
                windows[weekday] = window
            }
        }
        let workingDays = weekdays(fields)
        if let workingDays, let contract {
            let outside = workingDays.filter { !contract.workingDays.contains($0) }
            if !outside.isEmpty {
                fields.report("working_days", "\(outside.map(\.rawValue).joined(separator: ", ")) "
                                  + "\(outside.count == 1 ? "is" : "are") not among the contract's working days",
                              fix: "List only days of employment.contract (\(contract.workingDays.map(\.rawValue).joined(separator: ", "))).")
            }
        }
        return WorkPattern(dayStart: dayStart, windows: windows, workingDays: workingDays)
    }

    private func weekdays(_ fields: MappingReader) -> [Weekday]? {
        guard let words = fields.choiceList("working_days", among: ChoiceWords.weekdays, noun: "weekday",
                                            example: "[mon, wed, fri]") else { return nil }
        let days = Array(Set(words.compactMap(Weekday.init(rawValue:)))).sorted()
        if days.isEmpty {
            fields.report("working_days", "no days are listed", fix: "List the days worked during the return, e.g. [mon, wed, fri].")
            return nil
        }
        return days
    }
}
