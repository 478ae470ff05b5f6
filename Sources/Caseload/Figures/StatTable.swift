/// One table of the caseload report, kept as codes and numbers so that the PDF and the
/// CSV files show the same figures, worded from `templates/wording/<language>/caseload.yaml`.
public struct StatTable: Sendable, Equatable {
    /// Names the CSV file (`<id>.csv`) and is stable between runs.
    public var id: String
    /// Wording key of the title; `{group}` in it is filled from `group`.
    public var titleKey: String
    /// A group code (`tier-2`, `deciles-1-2`) for the title, when the table covers a slice.
    public var group: String?
    /// Label code of the first column, which holds each row's label.
    public var rowHeader: String
    /// Label codes of the other columns.
    public var columns: [String]
    public var rows: [StatRow]
    /// Wording key of the sentence under the table stating the denominator, and the
    /// numbers it needs.
    public var noteKey: String
    /// The numbers are already written out, so the note reads the same in the PDF and on screen.
    public var noteValues: [String: String]
    /// False when no client has the figure: the report then says so in one line instead
    /// of printing a table of zeros.
    public var hasData: Bool

    public init(id: String, titleKey: String, group: String? = nil, rowHeader: String, columns: [String],
                rows: [StatRow], noteKey: String, noteValues: [String: String], hasData: Bool = true) {
        self.hasData = hasData
        self.id = id
        self.titleKey = titleKey
        self.group = group
        self.rowHeader = rowHeader
        self.columns = columns
        self.rows = rows
        self.noteKey = noteKey
        self.noteValues = noteValues
    }

    /// Note values written out: whole numbers as counts (with small ones suppressed, see
    /// `SmallCells.count`), text as given.
    public static func words(_ values: [String: any CustomStringConvertible]) -> [String: String] {
        values.mapValues { value in
            if let count = value as? Int { return SmallCells.count(count) }
            return value.description
        }
    }
}

public struct StatRow: Sendable, Equatable {
    /// A label code such as `at-work`, `tier-1` or `total`.
    public var label: String
    public var cells: [StatCell]
    public var isTotal: Bool

    public init(_ label: String, _ cells: [StatCell], isTotal: Bool = false) {
        self.label = label
        self.cells = cells
        self.isTotal = isTotal
    }
}

/// A figure in a table, kept with the counts it comes from so that small numbers can
/// be suppressed (see `SmallCells`) wherever the figure is shown. Percentages are
/// worked out in tenths so that rounding happens once, the same way everywhere.
public enum StatCell: Sendable, Equatable {
    case count(Int)
    /// `part` as a share of `whole`, shown as a percentage; "–" when `whole` is zero.
    case share(Int, of: Int)
    /// A count with its share of `whole`, as `12 (40.0 %)` in the PDF and as two
    /// columns in the CSV.
    case countWithShare(Int, of: Int)
    /// A mean, median or change to one decimal place, over `clients` clients; nil when
    /// there is nothing to average.
    case number(Double?, clients: Int)
    /// A count of 1 to 4, shown as "<5".
    case suppressed
    /// A share, mean or change of too few clients to show.
    case withheld

    /// The share `part / whole` in tenths of a per cent, rounded half up, in integers so
    /// that 1/8 is 12.5 % on every machine; nil when `whole` is zero.
    public static func tenths(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return (2000 * part + whole) / (2 * whole)
    }
}

/// How figures are written in the PDF and the CSV files.
public enum FigureText {
    /// `42.9`; `–` when there is no figure.
    public static func percent(_ tenths: Int?) -> String {
        guard let tenths else { return "–" }
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A cell as plain text (terminal, notes): `12`, `40.0`, `12 (40.0 %)`, `3.5`, `<5`, `*`;
    /// a count in a row of nobody has no share.
    public static func text(_ cell: StatCell) -> String {
        switch cell {
        case .count(let count): return "\(count)"
        case .share(let part, let whole): return percent(StatCell.tenths(part, of: whole))
        case .countWithShare(let count, let whole) where whole == 0: return "\(count)"
        case .countWithShare(let count, let whole): return "\(count) (\(percent(StatCell.tenths(count, of: whole))) %)"
        case .number(let value, _): return number(value)
        case .suppressed: return SmallCells.suppressedText
        case .withheld: return SmallCells.withheldText
        }
    }

    /// A share for a sentence: `40.0 %`; `*` when withheld; `–` when there is no whole.
    public static func percentText(_ cell: StatCell) -> String {
        switch cell {
        case .share(_, let whole) where whole == 0: return percent(nil)
        case .share(let part, let whole): return percent(StatCell.tenths(part, of: whole)) + " %"
        default: return text(cell)
        }
    }

    /// One decimal place, half away from zero: `3.25` → `3.3`, `-0.05` → `-0.1`.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
