/// Small-cell suppression, as official statistics do it, so that no figure in the report
/// or its CSV files lets a reader pick out one client: a count of 1 to 4 is shown as
/// "<5" (with its percentage withheld), and a share, mean, median or change worked out
/// over fewer than 5 clients is withheld. Zero is shown: it names nobody.
public enum SmallCells {
    /// Counts below this (and above zero) are suppressed.
    public static let threshold = 5
    /// What a suppressed count shows.
    public static let suppressedText = "<5"
    /// What a withheld share or mean shows.
    public static let withheldText = "*"

    public static func isSmall(_ count: Int) -> Bool { count > 0 && count < threshold }

    /// A count for a sentence or cell: `"<5"` for 1 to 4, else the digits.
    public static func count(_ count: Int) -> String { isSmall(count) ? suppressedText : "\(count)" }

    /// The cell as it may be published.
    public static func suppress(_ cell: StatCell) -> StatCell {
        switch cell {
        case .count(let count):
            return isSmall(count) ? .suppressed : cell
        case .share(let part, let whole):
            return isSmall(part) || isSmall(whole) ? .withheld : cell
        case .countWithShare(let count, _):
            return isSmall(count) ? .suppressed : cell
        case .number(let value, let clients):
            return value != nil && clients < threshold ? .withheld : cell
        case .suppressed, .withheld:
            return cell
        }
    }

    /// The table as it may be published: every cell suppressed as above.
    public static func suppress(_ table: StatTable) -> StatTable {
        var table = table
        table.rows = table.rows.map { row in
            StatRow(row.label, row.cells.map(suppress), isTotal: row.isTotal)
        }
        return table
    }
}
