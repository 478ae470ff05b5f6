import Caseload
import ReportKit

/// Words the codes of the caseload tables (`at-work` → "At work") from the `labels`
/// table of the caseload wording, and lays a `StatTable` out as a ReportKit table with
/// small cells suppressed (`SmallCells`), so no table on the page can show them.
public struct CaseloadLabels {
    public let wording: Wording

    public init(wording: Wording) { self.wording = wording }

    /// The code's words, or the code itself when the wording has none. Labels carry no
    /// soft hyphens: a status such as "Unemployed" is never split over two lines.
    public func label(_ code: String) -> String { wording.lookup("labels", code).replacingOccurrences(of: "\u{AD}", with: "") }

    /// The same words, for CSV files and the terminal.
    public func plainLabel(_ code: String) -> String { label(code) }

    public func title(_ table: StatTable) throws(DocumentError) -> String {
        try wording.text(table.titleKey, ["group": table.group.map { label("group-" + $0) } ?? ""])
    }

    /// The table for the page, with a caption when it is one part of a wider table. The
    /// label column is as wide as its longest label needs (within limits), leaving the
    /// figures' columns room for headings such as "At discharge %" on one line.
    func table(_ table: StatTable, caption: String? = nil) -> Table {
        let shown = SmallCells.suppress(table)
        let longest = table.rows.map { label($0.label).count }.max() ?? 0
        let labelWeight = min(2.2, max(1.2, Double(longest) / 10))
        var columns = [TableColumn(RichText(label(table.rowHeader)), weight: labelWeight)]
        columns += table.columns.map { TableColumn(RichText(label($0)), weight: 1, alignment: .trailing) }
        let rows = shown.rows.map { row in
            TableRow(cells: [RichText(label(row.label))] + row.cells.map { RichText(Self.text($0)) },
                     emphasis: row.isTotal ? .strong : .normal)
        }
        return Table(columns: columns, rows: rows, caption: caption.map { RichText($0) })
    }

    /// A cell as the PDF shows it: a count with its share on the line below, so that
    /// narrow columns of a transition table still read cleanly.
    static func text(_ cell: StatCell) -> String {
        switch cell {
        case .countWithShare(let count, let whole) where whole > 0:
            return "\(count)\n\(FigureText.percent(StatCell.tenths(count, of: whole))) %"
        default:
            return FigureText.text(cell)
        }
    }
}
