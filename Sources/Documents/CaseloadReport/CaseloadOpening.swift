import Caseload
import PlanBuilder
import ReportKit

/// The opening of the caseload report: what was read and left out (counted, never
/// listed: the list names files and goes to the case manager's terminal), how small
/// numbers are treated, and the key figures over their honest denominators.
struct CaseloadOpening {
    let scan: CaseloadScan
    let wording: Wording

    /// `1 case file` / `3 case files`: the wording key for one, or for more than one.
    private func counted(_ count: Int, _ key: String, _ values: [String: String] = [:]) throws(DocumentError) -> String {
        try wording.text(count == 1 ? key + "_one" : key, values.merging(["count": "\(count)"]) { $1 })
    }

    func introduction() throws(DocumentError) -> [Block] {
        var text = try wording.text("intro", ["clients": SmallCells.count(scan.tally.clients),
                                              "files": try counted(scan.filesRead, "files")])
        if let date = scan.tally.latestDate {
            text += " " + (try wording.text("records_up_to", ["month": try monthAndYear(date)]))
        }
        var leftOut: [String] = []
        if scan.invalidCount == 0 {
            leftOut.append(try wording.text("all_valid"))
        } else {
            leftOut.append(try counted(scan.invalidCount, "invalid_summary"))
        }
        if scan.duplicateFilesLeftOut > 0 {
            leftOut.append(try counted(scan.duplicateFilesLeftOut, "duplicate_summary",
                                       ["references": "\(scan.duplicates.count)"]))
        }
        if !scan.overlaps.isEmpty {
            leftOut.append(try counted(scan.overlaps.count, "overlap_summary"))
        }
        return [
            .paragraph(RichText(text), style: .lead),
            .paragraph(RichText(leftOut.joined(separator: " ")), style: .body),
            .paragraph(RichText(try wording.text("small_cells_rule", ["threshold": "\(SmallCells.threshold)", "threshold_minus_one": "\(SmallCells.threshold - 1)",
                                                                       "suppressed": SmallCells.suppressedText,
                                                                       "withheld": SmallCells.withheldText])), style: .body),
        ]
    }

    /// "February 2027": how recent the figures are, to the month only, since the latest
    /// date is taken from one client's case file.
    func monthAndYear(_ date: LocalDate) throws(DocumentError) -> String {
        let months = try wording.list("month_long")
        let month = months.indices.contains(date.month - 1) ? months[date.month - 1] : "\(date.month)"
        return "\(month)\u{00A0}\(date.year)"
    }

    /// Outcomes at discharge are shares of the clients discharged, with the number still
    /// open beside them; the other figures state their own denominators.
    func keyFigures() throws(DocumentError) -> [Block] {
        let headline = Headline(scan.tally)
        func share(_ key: String, _ count: Int, _ whole: Int, _ extra: [String: String] = [:]) throws(DocumentError) -> RichText {
            RichText(try wording.text(key, extra.merging([
                "count": SmallCells.count(count), "whole": SmallCells.count(whole),
                "percent": FigureText.percentText(SmallCells.suppress(.share(count, of: whole))),
            ]) { $1 }))
        }
        var rows = [
            KeyValue(RichText(try wording.text("key_clients")), RichText(SmallCells.count(headline.clients))),
            KeyValue(RichText(try wording.text("key_discharged")),
                     try share("key_discharged_value", headline.discharged, headline.clients, ["open": SmallCells.count(headline.stillOpen)])),
            KeyValue(RichText(try wording.text("key_at_work_referral")), try share("key_share_of", headline.atWorkAtReferral, headline.clients)),
            KeyValue(RichText(try wording.text("key_at_work_discharge")),
                     try share("key_at_work_discharge_value", headline.atWorkAtDischarge, headline.discharged,
                               ["open": SmallCells.count(headline.stillOpen)])),
            KeyValue(RichText(try wording.text("key_assessed_two_weeks")),
                     try share("key_assessed_value", headline.assessedWithinTwoWeeks, headline.waitsCounted)),
        ]
        if headline.dischargedStatusNotRecorded > 0 {
            rows.append(KeyValue(RichText(try wording.text("key_discharged_not_recorded")),
                                 RichText(SmallCells.count(headline.dischargedStatusNotRecorded))))
        }
        return [
            .heading(level: 2, text: RichText(try wording.text("key_figures_heading"))),
            .keyValues(rows),
            .paragraph(RichText(try wording.text("note_key_figures")), style: .note),
        ]
    }
}
