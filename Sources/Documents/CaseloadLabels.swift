import Caseload
import ReportKit

/// Words the codes of the caseload tables (`at-work` → "At work") from the `labels`
/// table of the caseload wording, and lays a `StatTable` out as a ReportKit table.
public struct CaseloadLabels {
    public let wording: Wording

    public init(wording: Wording) { self.wording = wording }

    /// The code's words, or the code itself when the wording has none. Soft hyphens in
    /// the wording let narrow PDF columns break long words cleanly.
    public func label(_ code: String) -> String { wording.lookup("labels", code) }

    /// The words without soft hyphens, for CSV files and the terminal.
    public func plainLabel(_ code: String) -> String { label(code).replacingOccurrences(of: "\u{AD}", with: "") }

    public func title(_ table: StatTable) throws(DocumentError) -> String {
        try wording.text(table.titleKey, ["group": table.group.map(label) ?? ""])
    }

    func table(_ table: StatTable) -> Table {
        let wide = table.columns.count > 5
        var columns = [TableColumn(RichText(label(table.rowHeader)), weight: wide ? 1.1 : 2.2)]
        columns += table.columns.map { TableColumn(RichText(label($0)), weight: 1, alignment: .trailing) }
        let rows = table.rows.map { row in
            TableRow(cells: [RichText(label(row.label))] + row.cells.map { RichText(Self.text($0)) },
                     emphasis: row.isTotal ? .strong : .normal)
        }
        return Table(columns: columns, rows: rows)
    }

    /// A cell as the PDF shows it: a count with its share on the line below, so that
    /// narrow columns of a transition table still read cleanly.
    static func text(_ cell: StatCell) -> String {
        switch cell {
        case .count(let count): return "\(count)"
        case .percent(let tenths): return FigureText.percent(tenths)
        case .countWithPercent(let count, let tenths): return "\(count)\n\(FigureText.percent(tenths)) %"
        case .number(let value): return FigureText.number(value)
        }
    }
}
