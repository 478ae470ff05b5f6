import Caseload

/// A transition table narrowed for the page: beyond `widest` discharge columns, the
/// rarer statuses are added together into one "other" column, so the figures stay
/// readable on A4. The CSV files keep every status in its own column.
enum CaseloadCompactTransitions {
    /// Status columns kept on the page, in this order, when the table is too wide.
    static let kept = ["at-work", "off-sick", "unemployed", StatusCodes.notDischarged]
    static let widest = 6
    static let otherCode = "other-statuses"

    /// The table for the page, and the codes merged into "other" (empty when none).
    static func compact(_ table: StatTable) -> (table: StatTable, merged: [String]) {
        let statusColumns = table.columns.dropLast()
        guard statusColumns.count > widest else { return (table, []) }
        let keptIndices = statusColumns.indices.filter { kept.contains(table.columns[$0]) }
        let mergedIndices = statusColumns.indices.filter { !kept.contains(table.columns[$0]) }
        var compacted = table
        compacted.columns = keptIndices.map { table.columns[$0] } + [otherCode, table.columns.last ?? "total"]
        compacted.rows = table.rows.map { row in
            let rowTotal: Int
            if case .countWithPercent(let total, _)? = row.cells.last { rowTotal = total } else { rowTotal = 0 }
            let other = mergedIndices.reduce(0) { sum, index in
                if case .countWithPercent(let count, _) = row.cells[index] { return sum + count }
                return sum
            }
            var cells = keptIndices.map { row.cells[$0] }
            cells.append(.countWithPercent(other, StatCell.tenths(other, of: rowTotal)))
            cells.append(row.cells[row.cells.count - 1])
            return StatRow(row.label, cells, isTotal: row.isTotal)
        }
        return (compacted, mergedIndices.map { table.columns[$0] })
    }
}
