import Caseload
import Documents

/// The caseload tables as plain text for the terminal: a title, the table with
/// numbers right-aligned, and the sentence that states the denominator.
struct CaseloadTerminalReport {
    let tables: [StatTable]
    let labels: CaseloadLabels

    func render() throws -> String {
        var out = ""
        for table in tables {
            let title = try labels.title(table)
            out += title + "\n" + String(repeating: "=", count: title.count) + "\n"
            var rows = [[labels.plainLabel(table.rowHeader)] + table.columns.map(labels.plainLabel)]
            for row in table.rows {
                rows.append([labels.plainLabel(row.label)] + row.cells.map(Self.text))
            }
            out += Self.layout(rows)
            out += try labels.wording.text(table.noteKey, table.noteValues) + "\n\n"
        }
        return out
    }

    static func text(_ cell: StatCell) -> String {
        switch cell {
        case .count(let count): return "\(count)"
        case .percent(let tenths): return FigureText.percent(tenths)
        case .countWithPercent(let count, let tenths): return "\(count) (\(FigureText.percent(tenths)))"
        case .number(let value): return FigureText.number(value)
        }
    }

    /// The first column left-aligned, the others right-aligned, each as wide as its
    /// widest cell.
    static func layout(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        var out = ""
        for (number, row) in rows.enumerated() {
            let cells = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + pad : pad + cell
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            if number == 0 { out += String(repeating: "-", count: widths.reduce(0, +) + 2 * (columns - 1)) + "\n" }
        }
        return out
    }
}
