import Caseload
import Documents

/// The caseload tables as plain text for the terminal: a title, the table with
/// numbers right-aligned (small cells suppressed as in the PDF), and the sentence that
/// states the denominator.
struct CaseloadTerminalReport {
    let tables: [StatTable]
    let labels: CaseloadLabels

    func render() throws -> String {
        var out = ""
        for table in tables {
            let title = try labels.title(table)
            out += title + "\n" + String(repeating: "=", count: title.count) + "\n"
            var rows = [[labels.plainLabel(table.rowHeader)] + table.columns.map(labels.plainLabel)]
            guard table.hasData else {
                var line = labels.wording.lookup("no_data", table.id)
                if line == table.id { line = try labels.wording.text("no_data_generic") }
                out += line + "\n\n"
                continue
            }
            for row in SmallCells.suppress(table).rows {
                rows.append([labels.plainLabel(row.label)] + row.cells.map(FigureText.text))
            }
            out += Self.layout(rows)
            out += try labels.wording.text(table.noteKey, table.noteValues) + "\n\n"
        }
        return out
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
