import PlanBuilder

/// A night shift's finish falls on the next day's date: "Sun 20:00–01:00" ends on Monday.
/// Each document says so once, with the plan's first such shift as its example, and says
/// which day a shift belongs to, since that is the day a public holiday or leave takes out.
struct OvernightShifts {
    let schedule: GradedSchedule
    let wording: Wording
    let dates: DateWords

    /// The sentence under the key `key`, or nil when no day worked ends after midnight.
    /// Weekdays are written as adverbs of time (Welsh "ddydd Sul"); `inFull`
    /// gives the month and year as the client copy does ("15 March 2026").
    func sentence(_ key: String, inFull: Bool = false) throws(DocumentError) -> String? {
        guard let day = schedule.firstOvernightDay, let start = day.start, let finish = day.finish else { return nil }
        return try wording.text(key, ["day": dates.on(day.date, inFull: inFull), "start": "\(start)", "finish": "\(finish)",
                                      "next": dates.on(day.date.adding(days: 1), inFull: inFull)])
    }
}
