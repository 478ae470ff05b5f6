import PlanBuilder

/// Days off in a row for the same reason, read as one entry on the page ("Mon 6 – Fri 10
/// Apr: annual leave") instead of one line a day.
struct DaysOffRun {
    var first: LocalDate
    var last: ExcludedDay

    static func runs(_ days: [ExcludedDay]) -> [DaysOffRun] {
        var runs: [DaysOffRun] = []
        for day in days {
            if let previous = runs.last, previous.last.reason == day.reason, previous.last.date.days(until: day.date) == 1 {
                runs[runs.count - 1].last = day
            } else {
                runs.append(DaysOffRun(first: day.date, last: day))
            }
        }
        return runs
    }
}
