/// Reads what was agreed and how it went: `goals`, `interventions`, `reviews` (what
/// actually happened at each review) and the `outcome`.
struct ProgressRecordsReader {
    static let goalKeys = ["horizon", "text", "by"]
    static let interventionKeys = ["type", "provider", "status", "note"]
    static let reviewKeys = ["date", "week", "hours_worked", "days_worked", "note", "measures"]
    static let outcomeKeys = ["discharged", "status", "reason", "follow_up"]
    static let followUpKeys = ["date", "status"]

    func goals(_ top: MappingReader) -> [Goal] {
        top.items("goals", validKeys: ProgressRecordsReader.goalKeys, example: "- horizon: short").compactMap { item in
            item.require("text", "each goal needs its text", fix: "Add text:, e.g. text: Back to full hours.")
            let horizon = item.choice("horizon", among: ChoiceWords.goalHorizons, noun: "goal horizon")
                .flatMap(Goal.Horizon.init(rawValue:))
            let by = item.date("by")
            return item.text("text").map { Goal(horizon: horizon, text: $0, by: by) }
        }
    }

    func interventions(_ top: MappingReader) -> [Intervention] {
        top.items("interventions", validKeys: ProgressRecordsReader.interventionKeys,
                  example: "- type: physiotherapy").compactMap { item in
            item.require("type", "each intervention needs its type", fix: "Add type:, e.g. type: physiotherapy.")
            let provider = item.text("provider"), note = item.text("note")
            let status = item.choice("status", among: Intervention.statuses, noun: "intervention status")
            return item.text("type").map {
                Intervention(type: ScalarText.trimmed($0), provider: provider, status: status, note: note)
            }
        }
    }

    func reviews(_ top: MappingReader) -> [ReviewRecord] {
        top.items("reviews", validKeys: ProgressRecordsReader.reviewKeys, example: "- date: 2026-03-13").map { item in
            ReviewRecord(date: item.date("date"),
                         week: item.integer("week", expected: "a plan week such as 2", rule: .within(1...104, "plan weeks")),
                         hoursWorked: item.number("hours_worked", expected: "a number of hours such as 12",
                                                  rule: .within(0...168, "hours in a week")),
                         daysWorked: item.integer("days_worked", expected: "a number of days such as 3",
                                                  rule: .within(0...7, "days in a week")),
                         note: item.text("note"),
                         measures: MeasureReader.measures(item))
        }
    }

    func outcome(_ fields: MappingReader) -> Outcome {
        let followUp = fields.mapping("follow_up", validKeys: ProgressRecordsReader.followUpKeys).map { followUp in
            Outcome.FollowUp(date: followUp.date("date"),
                             status: followUp.choice("status", among: Outcome.statuses, noun: "outcome status"))
        }
        return Outcome(discharged: fields.date("discharged"),
                       status: fields.choice("status", among: Outcome.statuses, noun: "outcome status"),
                       reason: fields.text("reason"), followUp: followUp)
    }
}
