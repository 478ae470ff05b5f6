import Caseload
import ReportKit

/// The charts of the caseload report, drawn from the same tables as the figures so that
/// a chart never shows a number the tables do not.
struct CaseloadCharts {
    let figures: CaseloadFigures
    let wording: Wording

    private var labels: CaseloadLabels { CaseloadLabels(wording: wording) }

    /// A bar per row (totals left out) of one column's counts.
    private func bars(_ table: StatTable, column: Int, axis: String, alt: String) throws(DocumentError) -> Chart? {
        let rows = table.rows.filter { !$0.isTotal }
        guard !rows.isEmpty, figures.tally.clients > 0 else { return nil }
        let values: [Double?] = rows.map { row in
            switch row.cells[column] {
            case .count(let count): return Double(count)
            case .percent(let tenths): return tenths.map { Double($0) / 10 }
            default: return nil
            }
        }
        return Chart(kind: .bar, categories: rows.map { labels.plainLabel($0.label) },
                     series: [ChartSeries(name: try wording.text(axis), values: values)],
                     yLabel: try wording.text(axis), altText: try wording.text(alt), height: 160)
    }

    func referrals() throws(DocumentError) -> Chart? {
        try bars(figures.referralSources, column: 0, axis: "axis_clients", alt: "chart_referrals_alt")
    }

    func tiers() throws(DocumentError) -> Chart? {
        try bars(figures.tierMix, column: 2, axis: "axis_clients", alt: "chart_tiers_alt")
    }

    func waits() throws(DocumentError) -> Chart? {
        guard figures.tally.waits.total > 0 else { return nil }
        return try bars(figures.timeToAssessment, column: 2, axis: "axis_cumulative", alt: "chart_wait_alt")
    }

    /// Shares of each status at referral and at discharge, side by side.
    func status() throws(DocumentError) -> Chart? {
        let rows = figures.employmentStatus.rows.filter { !$0.isTotal }
        guard !rows.isEmpty, figures.tally.clients > 0 else { return nil }
        func column(_ index: Int) -> [Double?] {
            rows.map { if case .percent(let tenths) = $0.cells[index] { return tenths.map { Double($0) / 10 } } else { return nil } }
        }
        return Chart(kind: .groupedBar, categories: rows.map { labels.plainLabel($0.label) },
                     series: [ChartSeries(name: try wording.text("series_at_referral"), values: column(1)),
                              ChartSeries(name: try wording.text("series_at_discharge"), values: column(3))],
                     yLabel: try wording.text("axis_percent"), altText: try wording.text("chart_status_alt"), height: 190)
    }

    /// The share at work at referral and at discharge in each tier and deprivation band.
    func groups() throws(DocumentError) -> Chart? {
        let groups = CaseloadFigures.groups.filter { figures.tally.transitions[$0] != nil }
        guard !groups.isEmpty else { return nil }
        func share(_ group: CaseloadGroup, _ atReferral: Bool) -> Double? {
            let counter = figures.tally.transitions[group] ?? Counter()
            let atWork = counter.counts.filter { (atReferral ? $0.key.from : $0.key.to) == "at-work" }.values.reduce(0, +)
            return StatCell.tenths(atWork, of: counter.total).map { Double($0) / 10 }
        }
        let names = try groups.map { group throws(DocumentError) in
            wording.lookup("labels", "short-" + group.code)
        }
        return Chart(kind: .groupedBar, title: RichText(try wording.text("chart_groups_title")), categories: names,
                     series: [ChartSeries(name: try wording.text("series_at_referral"), values: groups.map { share($0, true) }),
                              ChartSeries(name: try wording.text("series_at_discharge"), values: groups.map { share($0, false) })],
                     yLabel: try wording.text("axis_percent"), altText: try wording.text("chart_groups_alt"), height: 190)
    }

    func hads() throws(DocumentError) -> Chart? {
        let sums = [figures.tally.measures.hadsAnxiety, figures.tally.measures.hadsDepression]
        guard sums.contains(where: { $0.count > 0 }) else { return nil }
        return Chart(kind: .groupedBar, title: RichText(try wording.text("chart_hads_title")),
                     categories: [labels.plainLabel("hads-anxiety"), labels.plainLabel("hads-depression")],
                     series: [ChartSeries(name: try wording.text("series_at_assessment"), values: sums.map(\.meanBefore)),
                              ChartSeries(name: try wording.text("series_latest_review"), values: sums.map(\.meanAfter))],
                     yLabel: try wording.text("axis_score"), altText: try wording.text("chart_hads_alt"), height: 150)
    }
}
