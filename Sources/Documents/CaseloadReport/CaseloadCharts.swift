import Caseload
import ReportKit

/// The charts of the caseload report, drawn from the same tables as the figures so that
/// a chart never shows a number the tables do not. A bar whose figure is suppressed in
/// the table (`SmallCells`) is left out of the chart too, since its height would give
/// the figure away.
struct CaseloadCharts {
    let figures: CaseloadFigures
    let wording: Wording

    private var labels: CaseloadLabels { CaseloadLabels(wording: wording) }

    /// The value a chart may show for a cell: counts and shares as drawn, nothing for a
    /// suppressed or withheld cell.
    static func value(_ cell: StatCell) -> Double? {
        switch SmallCells.suppress(cell) {
        case .count(let count): return Double(count)
        case .share(let part, let whole): return StatCell.tenths(part, of: whole).map { Double($0) / 10 }
        case .number(let value, _): return value
        default: return nil
        }
    }

    /// A bar per row (totals left out) of one column.
    private func bars(_ table: StatTable, column: Int, axis: String, alt: String) throws(DocumentError) -> Chart? {
        let rows = table.rows.filter { !$0.isTotal }
        guard !rows.isEmpty, table.hasData else { return nil }
        return Chart(kind: .bar, categories: rows.map { labels.label($0.label) },
                     series: [ChartSeries(name: try wording.text(axis), values: rows.map { Self.value($0.cells[column]) })],
                     yLabel: try wording.text(axis), altText: try wording.text(alt), height: 160)
    }

    func referrals() throws(DocumentError) -> Chart? {
        try bars(figures.referralSources, column: 0, axis: "axis_clients", alt: "chart_referrals_alt")
    }

    func tiers() throws(DocumentError) -> Chart? {
        try bars(figures.tierMix, column: 2, axis: "axis_clients", alt: "chart_tiers_alt")
    }

    /// Cumulative shares assessed by each band up to 4 weeks; the share waiting longer is
    /// stated in the title, not drawn as a bar that would read as everyone waiting.
    func waits() throws(DocumentError) -> Chart? {
        let table = figures.timeToAssessment
        guard table.hasData else { return nil }
        let rows = table.rows.filter { !$0.isTotal && $0.label != AssessmentWait.longer.rawValue }
        let longer = figures.tally.waits[.longer], counted = figures.tally.waits.total
        let title = try wording.text("chart_wait_title", [
            "count": SmallCells.count(longer),
            "percent": FigureText.percentText(SmallCells.suppress(.share(longer, of: counted))),
        ])
        return Chart(kind: .bar, title: RichText(title), categories: rows.map { labels.label($0.label) },
                     series: [ChartSeries(name: try wording.text("axis_cumulative"), values: rows.map { Self.value($0.cells[2]) })],
                     yLabel: try wording.text("axis_cumulative"), altText: try wording.text("chart_wait_alt"), height: 160)
    }

    /// Shares of each status at referral and at discharge, side by side.
    func status() throws(DocumentError) -> Chart? {
        let table = figures.employmentStatus
        let rows = table.rows.filter { !$0.isTotal }
        guard !rows.isEmpty, table.hasData else { return nil }
        return Chart(kind: .groupedBar, categories: rows.map { labels.label($0.label) },
                     series: [ChartSeries(name: try wording.text("series_at_referral"), values: rows.map { Self.value($0.cells[1]) }),
                              ChartSeries(name: try wording.text("series_at_discharge"), values: rows.map { Self.value($0.cells[3]) })],
                     yLabel: try wording.text("axis_percent"), altText: try wording.text("chart_status_alt"), height: 190)
    }

    /// The share at work at referral (of the group) and at discharge (of those in the
    /// group who have been discharged), for every group that has clients.
    func groups() throws(DocumentError) -> Chart? {
        let groups = CaseloadFigures.groups.filter { figures.tally.transitions[$0] != nil }
        guard !groups.isEmpty else { return nil }
        func shares(_ group: CaseloadGroup) -> (referral: Double?, discharge: Double?) {
            let counter = figures.tally.transitions[group] ?? Counter()
            func count(_ test: (Transition) -> Bool) -> Int { counter.counts.filter { test($0.key) }.values.reduce(0, +) }
            let discharged = count { $0.to != StatusCodes.notDischarged }
            return (Self.value(.share(count { $0.from == "at-work" }, of: counter.total)),
                    Self.value(.share(count { $0.to == "at-work" }, of: discharged)))
        }
        let values = groups.map(shares)
        return Chart(kind: .groupedBar, title: RichText(try wording.text("chart_groups_title")),
                     categories: groups.map { labels.label("group-" + $0.code) },
                     series: [ChartSeries(name: try wording.text("series_at_referral"), values: values.map(\.referral)),
                              ChartSeries(name: try wording.text("series_at_discharge_of_discharged"), values: values.map(\.discharge))],
                     yLabel: try wording.text("axis_percent"), altText: try wording.text("chart_groups_alt"), height: 190)
    }

    /// Mean scores at assessment and at the latest review for the scores of one
    /// instrument (HADS, COPM), when any client has them.
    func means(_ codes: [String], title: String, alt: String) throws(DocumentError) -> Chart? {
        let sums = codes.map { figures.tally.measures[$0] }
        guard sums.contains(where: { $0.count > 0 }) else { return nil }
        return Chart(kind: .groupedBar, title: RichText(try wording.text(title)), categories: codes.map(labels.label),
                     series: [ChartSeries(name: try wording.text("series_at_assessment"),
                                          values: sums.map { Self.value(.number($0.meanBefore, clients: $0.count)) }),
                              ChartSeries(name: try wording.text("series_latest_review"),
                                          values: sums.map { Self.value(.number($0.meanAfter, clients: $0.count)) })],
                     yLabel: try wording.text("axis_score"), altText: try wording.text(alt), height: 150)
    }
}
