import PlanBuilder
import ReportKit

/// The schedule in four columns for a report that summarises the plan rather than
/// replacing it: week, dates, days and hours (with any days not worked beneath) and the
/// week's hours, never broken over two lines. The share of the contract is left to the
/// plan itself, which the employer signs. Review weeks are shaded.
struct CompactScheduleTable {
    let schedule: GradedSchedule
    let wording: Wording
    let dates: DateWords

    func table() throws(DocumentError) -> Table {
        let columns = [
            TableColumn(.init(try wording.text("col_week")), weight: 0.7, alignment: .center),
            TableColumn(.init(try wording.text("col_dates")), weight: 1.4),
            TableColumn(.init(try wording.text("col_days")), weight: 4.2),
            TableColumn(.init(try wording.text("col_total")), weight: 1.1, alignment: .trailing),
        ]
        var rows: [TableRow] = []
        for week in schedule.weeks {
            rows.append(TableRow([
                .bold("\(week.number)"),
                RichText(dates.range(week.start, week.end)),
                try days(week),
                .bold(wording.duration(minutes: week.totalMinutes).replacingOccurrences(of: " ", with: "\u{00A0}")),
            ], emphasis: week.review != nil ? .shaded : .normal))
        }
        return Table(columns: columns, rows: rows)
    }

    private func days(_ week: WeekPlan) throws(DocumentError) -> RichText {
        var text: RichText
        if week.days.isEmpty {
            text = .italic(try wording.text("no_work_this_week"))
        } else {
            var parts: [String] = []
            let entry = DayEntry(wording: wording, dates: dates)
            for day in week.days { parts.append(try entry.text(day)) }
            text = RichText(parts.joined(separator: week.days.contains { $0.start != nil } ? "\n" : ", "))
        }
        if !week.excluded.isEmpty {
            let days = try ExclusionWords(wording: wording).describe(week.excluded, dates: dates)
            text += RichText("\n") + .italic(try wording.text("not_working", ["days": days.joined(separator: "; ")]))
        }
        if let review = week.review {
            text += RichText("\n") + .bold(try wording.text("week_review")) + RichText(" " + dates.withWeekday(review.date))
        }
        return text
    }
}
