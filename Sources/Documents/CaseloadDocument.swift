import Caseload
import PlanBuilder
import ReportKit

/// The service outcome report across a caseload, for service leads and commissioners.
/// It is built from the aggregated figures only, so it can name no client; each table
/// states its denominator, and the CSV files carry the same figures.
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

    /// Lays out the report and returns the PDF's bytes.
    public func render() throws -> [UInt8] {
        let document = try build()
        do {
            return try PDFRenderer().render(document)
        } catch {
            throw DocumentError.rendering("\(error)")
        }
    }

    public func build() throws(DocumentError) -> ReportDocument {
        let title = try wording.text("title")
        let figures = self.figures
        let charts = CaseloadCharts(figures: figures, wording: wording)
        var blocks: [Block] = [.heading(level: 1, text: RichText(title))]
        blocks += try introduction()
        blocks += try keyFigures()
        blocks += try section(figures.referralSources, chart: try charts.referrals())
        blocks += try section(figures.tierMix, chart: try charts.tiers())
        blocks += try section(figures.timeToAssessment, chart: try charts.waits())
        blocks += try section(figures.contactsByTier)
        blocks += try section(figures.employmentStatus, chart: try charts.status())
        let transitions = figures.transitionTables
        if let everyone = transitions.first { blocks += try section(everyone, chart: try charts.groups()) }
        let tiers = transitions.filter { $0.group?.hasPrefix("tier-") ?? false }
        if !tiers.isEmpty {
            blocks.append(.heading(level: 2, text: RichText(try wording.text("transitions_by_tier_heading"))))
            for table in tiers { blocks += try section(table, level: 3) }
        }
        let bands = transitions.filter { $0.group?.hasPrefix("decile") ?? false }
        if !bands.isEmpty {
            blocks.append(.heading(level: 2, text: RichText(try wording.text("transitions_by_deprivation_heading"))))
            blocks.append(.paragraph(RichText(try wording.text("transitions_by_deprivation_intro")), style: .small))
            for table in bands { blocks += try section(table, level: 3) }
        }
        blocks += try section(figures.followUp)
        blocks += try section(figures.measures, chart: try charts.hads())
        blocks += try section(figures.hadsBand)
        blocks += try CaseloadInvalidList(scan: scan, wording: wording).blocks()
        let metadata = DocumentMetadata(
            title: title, author: serviceName, subject: try wording.text("subject"), creator: "vr-docs",
            creationDate: (scan.tally.latestDate ?? LocalDate(year: 2026, month: 1, day: 1)!).iso + "T00:00:00Z",
            language: wording.language)
        let footer = RunningFooter(left: title, center: try wording.text("footer_confidential"), pageLabel: try wording.text("page_label"))
        let service: String
        if let serviceName { service = serviceName } else { service = try wording.text("service_unknown") }
        return ReportDocument(metadata: metadata, header: RunningHeader(left: service, right: title), footer: footer, blocks: blocks)
    }

    private func introduction() throws(DocumentError) -> [Block] {
        var text = try wording.text("intro", ["clients": "\(scan.tally.clients)", "files": "\(scan.filesRead)"])
        if let date = scan.tally.latestDate {
            text += " " + (try wording.text("records_up_to", ["date": DateWords(wording: wording).long(date)]))
        }
        let invalid: String
        switch scan.invalidCount {
        case 0: invalid = try wording.text("all_valid")
        case 1: invalid = try wording.text("invalid_summary_one")
        default: invalid = try wording.text("invalid_summary", ["invalid": "\(scan.invalidCount)"])
        }
        return [.paragraph(RichText(text), style: .lead), .paragraph(RichText(invalid), style: .body)]
    }

    private func keyFigures() throws(DocumentError) -> [Block] {
        let tally = scan.tally
        let everyone = tally.transitions[.everyone] ?? Counter()
        let atWorkReferral = everyone.counts.filter { $0.key.from == "at-work" }.values.reduce(0, +)
        let atWorkDischarge = everyone.counts.filter { $0.key.to == "at-work" }.values.reduce(0, +)
        let withinTwoWeeks = tally.waits[.sameDay] + tally.waits[.withinOneWeek] + tally.waits[.withinTwoWeeks]
        func share(_ count: Int, _ whole: Int) throws(DocumentError) -> RichText {
            RichText(try wording.text("key_share_of", ["count": "\(count)", "whole": "\(whole)",
                                                       "percent": FigureText.percent(StatCell.tenths(count, of: whole))]))
        }
        return [
            .heading(level: 2, text: RichText(try wording.text("key_figures_heading"))),
            .keyValues([
                KeyValue(RichText(try wording.text("key_clients")), RichText("\(tally.clients)")),
                KeyValue(RichText(try wording.text("key_at_work_referral")), try share(atWorkReferral, tally.clients)),
                KeyValue(RichText(try wording.text("key_at_work_discharge")), try share(atWorkDischarge, tally.clients)),
                KeyValue(RichText(try wording.text("key_assessed_two_weeks")), try share(withinTwoWeeks, tally.waits.total)),
            ]),
        ]
    }

    /// A heading, the chart if any, the table and the sentence stating its denominator.
    private func section(_ table: StatTable, chart: Chart? = nil, level: Int = 2) throws(DocumentError) -> [Block] {
        var blocks: [Block] = [.heading(level: level, text: RichText(try labels.title(table)))]
        if let chart { blocks.append(.chart(chart)) }
        let (shown, merged) = CaseloadCompactTransitions.compact(table)
        blocks.append(.table(labels.table(shown)))
        blocks.append(.paragraph(RichText(try wording.text(table.noteKey, table.noteValues)), style: .note))
        if !merged.isEmpty {
            let statuses = merged.map(labels.plainLabel).joined(separator: ", ")
            blocks.append(.paragraph(RichText(try wording.text("note_other_statuses", ["statuses": statuses, "file": table.id + ".csv"])), style: .note))
        }
        return blocks
    }
}
