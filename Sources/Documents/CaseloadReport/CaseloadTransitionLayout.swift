import Caseload
import ReportKit

/// Fits a transition table to an A4 or Letter page without merging any status: when it
/// has more columns than fit side by side, it is split into parts of at most
/// `widest` columns, each repeating the row labels, with a caption naming the part.
/// The CSV file keeps the table whole.
enum CaseloadTransitionLayout {
    /// Count-and-share columns that fit beside the row labels on a portrait page.
    static let widest = 4

    /// The column ranges of each part, as even as possible: 10 columns → 4, 3, 3.
    static func parts(columns: Int) -> [Range<Int>] {
        guard columns > widest else { return [0..<columns] }
        let count = (columns + widest - 1) / widest
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 0..<count {
            let size = columns / count + (part < columns % count ? 1 : 0)
            ranges.append(start..<(start + size))
            start += size
        }
        return ranges
    }

    static func tables(_ table: StatTable, labels: CaseloadLabels) throws(DocumentError) -> [Table] {
        let ranges = parts(columns: table.columns.count)
        guard ranges.count > 1 else { return [labels.table(table)] }
        return try ranges.enumerated().map { index, range throws(DocumentError) in
            var part = table
            part.columns = Array(table.columns[range])
            part.rows = table.rows.map { StatRow($0.label, Array($0.cells[range]), isTotal: $0.isTotal) }
            let caption = try labels.wording.text("transitions_part", [
                "part": "\(index + 1)", "parts": "\(ranges.count)",
                "first": labels.label(table.columns[range.lowerBound]), "last": labels.label(table.columns[range.upperBound - 1]),
            ])
            return labels.table(part, caption: caption)
        }
    }
}
