import Foundation

/// Writes every table of the report as its own CSV file (`<table id>.csv`), so that a
/// service lead can take the figures into a spreadsheet without re-keying them. A count
/// shown with its share in the PDF becomes two columns here. Small cells are suppressed
/// exactly as on the page, and each file starts with a UTF-8 byte-order mark so that
/// Excel reads ↓, → and – as written rather than guessing an old code page.
public enum CaseloadCSV {
    /// The UTF-8 byte-order mark.
    public static let byteOrderMark = "\u{FEFF}"

    /// The CSV text of one table (without the byte-order mark); `label` words a code the
    /// same way as the PDF.
    public static func text(_ table: StatTable, label: (String) -> String) -> String {
        var header = [label(table.rowHeader)]
        // Which columns are counts with shares is read from the true figures, so the
        // header does not change when suppression blanks a whole column.
        let expands = table.columns.indices.map { index in
            table.rows.contains { row in
                if index < row.cells.count, case .countWithShare = row.cells[index] { return true }
                return false
            }
        }
        for (index, column) in table.columns.enumerated() {
            if expands[index] {
                header += [label(column) + " " + label("csv-count"), label(column) + " " + label("csv-percent")]
            } else {
                header.append(label(column))
            }
        }
        var lines = [header]
        for row in SmallCells.suppress(table).rows {
            var line = [label(row.label)]
            for (index, cell) in row.cells.enumerated() {
                switch cell {
                case .count(let count): line.append("\(count)")
                case .share(let part, let whole): line.append(whole == 0 ? "" : FigureText.percent(StatCell.tenths(part, of: whole)))
                case .countWithShare(let count, let whole):
                    line += ["\(count)", whole == 0 ? "" : FigureText.percent(StatCell.tenths(count, of: whole))]
                case .number(let value, _): line.append(value == nil ? "" : FigureText.number(value))
                case .suppressed:
                    line.append(SmallCells.suppressedText)
                    if index < expands.count, expands[index] { line.append(SmallCells.withheldText) }
                case .withheld: line.append(SmallCells.withheldText)
                }
            }
            lines.append(line)
        }
        return lines.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Writes one file per table into `folder` (created if missing); each file is written
    /// whole or not at all. Returns the paths written.
    public static func write(_ tables: [StatTable], to folder: String, label: (String) -> String) throws(CaseloadError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder, problem: "the folder cannot be created")
        }
        var written: [String] = []
        for table in tables {
            let path = (folder as NSString).appendingPathComponent(table.id + ".csv")
            do {
                try Data((byteOrderMark + text(table, label: label)).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw .cannotWrite(path: path, problem: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }

    /// RFC 4180: a field with a comma, quote or line break goes in quotes, quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
