import Foundation

/// Writes every table of the report as its own CSV file (`<table id>.csv`), so that a
/// service lead can take the figures into a spreadsheet without re-keying them. A count
/// shown with its share in the PDF becomes two columns here.
public enum CaseloadCSV {
    /// The CSV text of one table; `label` words a code the same way as the PDF.
    public static func text(_ table: StatTable, label: (String) -> String) -> String {
        var header = [label(table.rowHeader)]
        let expands = table.columns.indices.map { index in
            table.rows.contains { row in
                if index < row.cells.count, case .countWithPercent = row.cells[index] { return true }
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
        for row in table.rows {
            var line = [label(row.label)]
            for cell in row.cells {
                switch cell {
                case .count(let count): line.append("\(count)")
                case .percent(let tenths): line.append(tenths.map { FigureText.percent($0) } ?? "")
                case .countWithPercent(let count, let tenths): line += ["\(count)", tenths.map { FigureText.percent($0) } ?? ""]
                case .number(let value): line.append(value.map { FigureText.number($0) } ?? "")
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
                try Data(text(table, label: label).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
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
