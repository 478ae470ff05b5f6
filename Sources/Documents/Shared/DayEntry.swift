import PlanBuilder

/// A working day as every document writes it: the weekday, the start and finish when the
/// plan gives a start time, and the length as "5 h 15 min" — never a decimal such as
/// "5.25" that a reader can take for five hours twenty-five.
struct DayEntry {
    let wording: Wording
    let dates: DateWords

    func text(_ day: WorkDay) throws(DocumentError) -> String {
        // One day's entry ("Fri 5¾ h") never breaks across lines; the short form, as in
        // every other document's table ("5 awr 45 mun" left the Welsh notes a sliver).
        let length = wording.fraction(minutes: day.minutes)
        if let start = day.start, let finish = day.finish {
            return try wording.text("day_entry_timed", ["day": dates.weekday(day.date), "from": "\(start)",
                                                        "until": "\(finish)", "hours": length])
        }
        return try wording.text("day_entry", ["day": dates.weekday(day.date), "hours": length])
    }
}
