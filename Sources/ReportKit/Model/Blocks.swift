/// How a paragraph is set.
public enum ParagraphStyle: Sendable {
    case body
    /// Slightly larger introductory text.
    case lead
    case small
    /// Muted and smaller: asides, footnotes, provenance lines.
    case note
}

/// The content of a document. Blocks are laid out top to bottom and flow
/// across pages; each case documents how it may be split.
public indirect enum Block: Sendable {
    /// Level 1...3. Never left as the last thing on a page. Levels 1 and 2
    /// become PDF bookmarks.
    case heading(level: Int, text: RichText)
    /// Splits between lines, keeping at least two lines on each side.
    case paragraph(RichText, style: ParagraphStyle)
    /// Two aligned columns: bold label, wrapped value. Splits between pairs.
    case keyValues([KeyValue])
    /// Bulleted list; wrapped lines hang under the text, not the bullet.
    case bulletList([RichText])
    /// Splits between rows; the header row repeats on every page.
    case table(Table)
    /// Shaded box with an accent bar; kept together if it fits on a page. Bullets
    /// follow the body paragraphs, hung like a bulleted list.
    case callout(title: RichText?, body: [RichText], bullets: [RichText] = [], closing: [RichText] = [])
    /// One signing area per party; never split across pages. The labels are
    /// the document's language, like every other word on the page.
    case signatures([SignatureField], labels: SignatureLabels)
    /// A bar, grouped-bar or line chart drawn as vectors; never split across
    /// pages, tagged as a Figure with the chart's alternative text.
    case chart(Chart)
    /// Moved to the next page whole if it does not fit (unless taller than a page).
    case keepTogether([Block])
    /// Columns of blocks side by side, kept together like `keepTogether`; read (and
    /// tagged) one column after another. `weights` share out the width as a table's
    /// column weights do (equal shares when nil).
    case columns([[Block]], weights: [Double]? = nil)
    /// Vertical space in points (dropped at the top of a page).
    case spacer(Double)
    /// Start a new page (ignored if the current page is still empty).
    case pageBreak

    /// A body paragraph.
    public static func paragraph(_ text: RichText) -> Block {
        .paragraph(text, style: .body)
    }
}

/// One label/value pair of a `.keyValues` block.
public struct KeyValue: Sendable {
    public var label: RichText
    public var value: RichText

    public init(label: RichText, value: RichText) {
        self.label = label
        self.value = value
    }

    public init(_ label: RichText, _ value: RichText) {
        self.init(label: label, value: value)
    }
}

public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Shown above the table.
    public var caption: RichText?
    /// Added after the caption above each continuation of the table on a
    /// later page ("Weekly schedule (continued)"); shown alone when there is
    /// no caption. Set it for the document's language, or nil for none.
    public var continuedLabel: String?
    /// Less space above and below each row's text, for a grid of short cells read at a
    /// glance (a week's hours a day), where the usual space only makes it longer.
    public var dense: Bool

    public init(columns: [TableColumn], rows: [TableRow], caption: RichText? = nil,
                continuedLabel: String? = "(continued)", dense: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.continuedLabel = continuedLabel
        self.dense = dense
    }

    /// The table without the columns no row fills in (a review that recorded no days
    /// worked has no "Days" column), keeping the first column whatever it holds: an
    /// empty column is a question the reader cannot tell was never asked.
    public func withoutEmptyColumns() -> Table {
        let kept = columns.indices.filter { index in
            index == 0 || rows.contains { $0.cells.indices.contains(index) && !$0.cells[index].plainText.isEmpty }
        }
        guard kept.count < columns.count else { return self }
        var trimmed = self
        trimmed.columns = kept.map { columns[$0] }
        trimmed.rows = rows.map { row in
            TableRow(cells: kept.map { row.cells.indices.contains($0) ? row.cells[$0] : RichText("") }, emphasis: row.emphasis)
        }
        return trimmed
    }
}

public struct TableColumn: Sendable {
    public var title: RichText
    /// Relative width: a column with weight 2 is twice as wide as one with weight 1.
    public var weight: Double
    public var alignment: TextAlignment

    public init(title: RichText, weight: Double = 1, alignment: TextAlignment = .leading) {
        self.title = title
        self.weight = weight
        self.alignment = alignment
    }

    public init(_ title: RichText, weight: Double = 1, alignment: TextAlignment = .leading) {
        self.init(title: title, weight: weight, alignment: alignment)
    }
}

public enum TextAlignment: Sendable {
    case leading, center, trailing
}

public enum RowEmphasis: Sendable {
    case normal
    /// Filled background (e.g. a review week).
    case shaded
    /// Bold text (e.g. a totals row).
    case strong
    /// Muted text colour.
    case muted
}

public struct TableRow: Sendable {
    /// One cell per column.
    public var cells: [RichText]
    public var emphasis: RowEmphasis

    public init(cells: [RichText], emphasis: RowEmphasis = .normal) {
        self.cells = cells
        self.emphasis = emphasis
    }

    public init(_ cells: [RichText], emphasis: RowEmphasis = .normal) {
        self.init(cells: cells, emphasis: emphasis)
    }
}

/// The words under each signing area's lines, in the document's language.
public struct SignatureLabels: Sendable {
    public var name: RichText
    public var signature: RichText
    public var date: RichText

    public init(name: RichText, signature: RichText, date: RichText) {
        self.name = name
        self.signature = signature
        self.date = date
    }
}

/// A party who signs: the role ("Employee"), and optionally the printed name.
public struct SignatureField: Sendable {
    public var role: RichText
    public var name: String?

    public init(role: RichText, name: String? = nil) {
        self.role = role
        self.name = name
    }
}
