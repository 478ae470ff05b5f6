import PlanBuilder
import ReportKit

/// Planned and worked hours per week as a grouped bar chart, with alternative text that
/// reads out every week, so that the chart says nothing the table does not.
struct HoursChart {
    let comparison: HoursComparison
    let wording: Wording

    func chart() throws(DocumentError) -> Chart {
        var categories: [String] = []
        var details: [String] = []
        for week in comparison.weeks {
            categories.append(try wording.text("chart_category", ["week": "\(week.plan.number)"]))
            let actual: String
            if let hours = week.actualHours {
                actual = try wording.text("chart_alt_actual", ["hours": wording.duration(hours: hours)])
            } else {
                actual = try wording.text("chart_alt_missing")
            }
            details.append(try wording.text("chart_alt_week", ["week": "\(week.plan.number)",
                                                               "planned": wording.duration(hours: week.plannedHours), "actual": actual]))
        }
        return Chart(kind: .groupedBar,
                     title: RichText(try wording.text("chart_title")),
                     categories: categories,
                     series: [ChartSeries(name: try wording.text("chart_planned"), values: comparison.weeks.map { $0.plannedHours }),
                              ChartSeries(name: try wording.text("chart_actual"), values: comparison.weeks.map(\.actualHours))],
                     yLabel: try wording.text("chart_y_label"),
                     altText: try wording.text("chart_alt", ["weeks": "\(comparison.weeks.count)", "details": details.joined(separator: " ")]),
                     height: 170, thinnableLabels: true)
    }
}
