import Caseload
import PlanBuilder
import ReportKit

/// The service outcome report across a caseload, for service leads and commissioners.
/// It is built from the aggregated figures only, with small cells suppressed, so it can
/// name no client: no file name, reference or value from a case file appears in it.
/// Each table states its denominator, and the CSV files carry the same figures.
public struct CaseloadDocument {
    public let scan: CaseloadScan
    public let wording: Wording
    /// The service named in the header; nil gives the generic wording.
    public let serviceName: String?

    public init(scan: CaseloadScan, wording: Wording, serviceName: String? = nil) {
        self.scan = scan
        self.wording = wording
        self.serviceName = serviceName
    }

    /// The caseload wording (`templates/wording/<language>/caseload.yaml`).
    public static func wording(templates: String, language: String = "en-GB") throws(DocumentError) -> Wording {
        try Wording.load(templates: templates, document: "caseload", language: language)
    }

    var figures: CaseloadFigures { CaseloadFigures(scan.tally) }
    var labels: CaseloadLabels { CaseloadLabels(wording: wording) }

    public func build() throws(DocumentError) -> ReportDocument {
        let title = try wording.text("title")
        let figures = self.figures
        let charts = CaseloadCharts(figures: figures, wording: wording)
        let opening = CaseloadOpening(scan: scan, wording: wording)
        var blocks: [Block] = [.heading(level: 1, text: RichText(title))]
        blocks += try opening.introduction()
        blocks += try opening.keyFigures()
        blocks += try section(figures.referralSources, chart: try charts.referrals())
        blocks += try section(figures.tierMix, chart: try charts.tiers())
        blocks += try section(figures.timeToAssessment, chart: try charts.waits())
        blocks += try section(figures.contactsByTier)
        blocks += try section(figures.employmentStatus, chart: try charts.status())
        blocks += try transitions(charts: charts)
        blocks += try section(figures.followUp)
        blocks += try section(figures.measures, charts: [
            try charts.means(["hads-anxiety", "hads-depression"], title: "chart_hads_title", alt: "chart_hads_alt"),
            try charts.means(["copm-performance", "copm-satisfaction"], title: "chart_copm_title", alt: "chart_copm_alt"),
        ])
        blocks += try section(figures.hadsBand)
        let metadata = DocumentMetadata(
            title: title, author: serviceName, subject: try wording.text("subject"), creator: "vr-docs",
            creationDate: Self.creationDate(scan.tally.latestDate),
            language: wording.language)
        let footer = RunningFooter(left: title, center: try wording.text("footer_confidential"), pageLabel: try wording.text("page_label"))
        let service: String
        if let serviceName { service = serviceName } else { service = try wording.text("service_unknown") }
        return ReportDocument(metadata: metadata, header: RunningHeader(left: service, right: title), footer: footer, blocks: blocks)
    }

    /// The first of the month of the latest date recorded: fixed by the input, so the same
    /// files give the same bytes, and no finer than the report states it.
    static func creationDate(_ latest: LocalDate?) -> String {
        let date = latest.flatMap { LocalDate(year: $0.year, month: $0.month, day: 1) } ?? LocalDate(year: 2026, month: 1, day: 1)!
        return date.iso + "T00:00:00Z"
    }

    /// The transition tables: the whole caseload, then by tier and by deprivation band,
    /// each with every status as its own row and column.
    private func transitions(charts: CaseloadCharts) throws(DocumentError) -> [Block] {
        let tables = figures.transitionTables
        var blocks: [Block] = []
        if let everyone = tables.first {
            blocks += try section(everyone, chart: try charts.groups())
            let missing = figures.statusesWithNoClient
            if everyone.hasData, !missing.isEmpty {
                let statuses = missing.map(labels.label).joined(separator: ", ")
                blocks.append(.paragraph(RichText(try wording.text("note_statuses_without_clients", ["statuses": statuses])), style: .note))
            }
        }
        let tiers = tables.filter { table in TierAllocation.codes.contains { table.group == $0 } }
        if !tiers.isEmpty {
            blocks.append(.heading(level: 2, text: RichText(try wording.text("transitions_by_tier_heading"))))
            for table in tiers { blocks += try section(table, level: 3) }
        }
        let bands = tables.filter { $0.group?.hasPrefix("decile") ?? false }
        if !bands.isEmpty {
            blocks.append(.heading(level: 2, text: RichText(try wording.text("transitions_by_deprivation_heading"))))
            blocks.append(.paragraph(RichText(try wording.text("transitions_by_deprivation_intro")), style: .small))
            for table in bands { blocks += try section(table, level: 3) }
        }
        return blocks
    }

    /// Tables of up to this many rows are moved to the next page whole rather than split.
    static let keptWholeRows = 16

    private func section(_ table: StatTable, chart: Chart? = nil, level: Int = 2) throws(DocumentError) -> [Block] {
        try section(table, charts: [chart], level: level)
    }

    /// A heading, then the charts if any, the table (split into parts when too wide) and
    /// the sentence stating its denominator; or, when no client has the figure, one line
    /// saying so.
    private func section(_ table: StatTable, charts: [Chart?], level: Int = 2) throws(DocumentError) -> [Block] {
        var blocks: [Block] = [.heading(level: level, text: RichText(try labels.title(table)))]
        guard table.hasData else {
            var line = wording.lookup("no_data", table.id)
            if line == table.id { line = try wording.text("no_data_generic") }
            return blocks + [.paragraph(RichText(line), style: .body)]
        }
        // A chart whose every bar is zero or suppressed would show nothing but an axis.
        for chart in charts.compactMap({ $0 }) where chart.series.contains(where: { $0.values.contains { ($0 ?? 0) != 0 } }) {
            blocks.append(.chart(chart))
        }
        // A table short enough for one page is kept whole, and the last with its note.
        let parts = try CaseloadTransitionLayout.tables(table, labels: labels)
        let note = Block.paragraph(RichText(try wording.text(table.noteKey, table.noteValues)), style: .note)
        for (index, part) in parts.enumerated() {
            let last = index == parts.count - 1
            if part.rows.count <= Self.keptWholeRows {
                blocks.append(.keepTogether(last ? [.table(part), note] : [.table(part)]))
            } else {
                blocks += last ? [.table(part), note] : [.table(part)]
            }
        }
        return blocks
    }
}
