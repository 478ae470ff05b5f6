/// Visual settings of a grid; tables and key-value blocks differ only here.
struct TableStyle {
    var paddingX: Double
    var paddingY: Double
    var headerFill: RGBColor?
    var stripeFill: RGBColor?
    var shadedFill: RGBColor
    var ruleColor: RGBColor?
    var headerRuleColor: RGBColor
    var mutedColor: RGBColor
    var captionGap: Double
    /// Whether the first column's cells are row headers (key-value labels).
    var firstColumnHeads: Bool
}

/// One table row with its cells laid out at their column widths.
struct PreparedRow {
    var cells: [TextLayout]
    var emphasis: RowEmphasis
}

/// The part of a row drawn on one page: normally all lines of every cell,
/// but a row taller than a page is cut between lines.
struct RowSlice {
    var row: Int
    var ranges: [Range<Int>]
}

/// Everything measured about a table, shared by all its page pieces.
final class TableModel {
    let columnX: [Double]
    let columnWidths: [Double]
    let width: Double
    let header: PreparedRow?
    let rows: [PreparedRow]
    let caption: TextLayout?
    /// Shown above the pieces of the table on the pages after the first,
    /// e.g. "Table 1: Weekly schedule (continued)".
    let continuedCaption: TextLayout?
    let style: TableStyle
    let headerHeight: Double
    let captionHeight: Double
    let continuedCaptionHeight: Double

    init(columnWidths: [Double], header: PreparedRow?, rows: [PreparedRow], caption: TextLayout?,
         continuedCaption: TextLayout? = nil, style: TableStyle) {
        self.columnWidths = columnWidths
        var x = 0.0
        columnX = columnWidths.map { width in
            defer { x += width }
            return x
        }
        width = columnWidths.reduce(0, +)
        self.header = header
        self.rows = rows
        self.caption = caption
        self.continuedCaption = continuedCaption
        self.style = style
        captionHeight = caption.map { $0.height + style.captionGap } ?? 0
        continuedCaptionHeight = continuedCaption.map { $0.height + style.captionGap } ?? 0
        headerHeight = header.map { row in
            (row.cells.map(\.height).max() ?? 0) + 2 * style.paddingY
        } ?? 0
    }

    func fullSlice(_ row: Int) -> RowSlice {
        RowSlice(row: row, ranges: rows[row].cells.map { 0..<$0.lineCount })
    }

    func height(of slice: RowSlice) -> Double {
        let cells = rows[slice.row].cells
        let content = zip(cells, slice.ranges).map { $0.height(of: $1) }.max() ?? 0
        return content + 2 * style.paddingY
    }
}

/// A table (or the part of one on a page). The header row repeats on every
/// piece; the caption is shown on the first and a "(continued)" caption on
/// the others. Rows are never split unless a single row is taller than a
/// page, and a split leaves at least two rows on each side.
///
/// The pieces make one `Table` element: the first piece opens it and the
/// last closes it. The repeated header row and "(continued)" caption are
/// drawn untagged and so become artifacts: a screen reader meets the header
/// once, as PDF/UA expects of pagination artifacts.
final class TableFlowable: Flowable {
    let model: TableModel
    let slices: [RowSlice]
    let showCaption: Bool
    /// The last piece of the table: it closes the Table element.
    let isLast: Bool
    let spaceBefore: Double
    let spaceAfter: Double
    private let sliceHeights: [Double]
    let height: Double

    init(model: TableModel, slices: [RowSlice], showCaption: Bool, isLast: Bool = true, spaceBefore: Double,
         spaceAfter: Double) {
        self.model = model
        self.slices = slices
        self.showCaption = showCaption
        self.isLast = isLast
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        sliceHeights = slices.map(model.height(of:))
        height = fixedHeight(model, showCaption) + sliceHeights.reduce(0, +)
    }

    convenience init(model: TableModel, spaceBefore: Double, spaceAfter: Double) {
        self.init(model: model, slices: model.rows.indices.map(model.fullSlice), showCaption: true,
                  spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    /// Rows kept on each side of a split, so no page holds a lone row
    /// under a repeated header.
    static let minimumRows = 2

    /// Caption and header always travel with the first rows (all of them for
    /// a table too short to split).
    var minimumHeadHeight: Double {
        let rows = slices.count < 2 * Self.minimumRows ? slices.count : Self.minimumRows
        return fixedHeight(model, showCaption) + sliceHeights.prefix(rows).reduce(0, +)
    }

    private func piece(_ slices: [RowSlice], first: Bool) -> TableFlowable {
        TableFlowable(model: model, slices: slices, showCaption: first && showCaption, isLast: !first && isLast,
                      spaceBefore: first ? spaceBefore : 0, spaceAfter: spaceAfter)
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        let fixed = fixedHeight(model, showCaption)
        var used = fixed
        var count = 0
        while count < slices.count, used + sliceHeights[count] <= available + 0.01 {
            used += sliceHeights[count]
            count += 1
        }
        if count > 0 {
            guard count < slices.count else { return nil }
            // At least two rows on each side; carry rows over rather than
            // leave one (often a totals row) alone under a repeated header.
            count = min(count, slices.count - Self.minimumRows)
            if count >= Self.minimumRows {
                return (piece(Array(slices[..<count]), first: true), piece(Array(slices[count...]), first: false))
            }
            // Too few rows fit here: move on if the table's start fits on a fresh page.
            if fixed + sliceHeights.prefix(Self.minimumRows).reduce(0, +) <= pageHeight + 0.01 { return nil }
            count = max(1, min(count, slices.count - 1))
            return (piece(Array(slices[..<count]), first: true), piece(Array(slices[count...]), first: false))
        }
        guard let first = slices.first else { return nil }
        // The first row does not fit here. Move on if it fits on a fresh page.
        if fixed + sliceHeights[0] <= pageHeight + 0.01 { return nil }
        // A row taller than a page: cut every cell between lines.
        let room = available - fixed - 2 * model.style.paddingY
        let cells = model.rows[first.row].cells
        var headRanges: [Range<Int>] = []
        var tailRanges: [Range<Int>] = []
        for (cell, range) in zip(cells, first.ranges) {
            let fit = min(cell.linesFitting(from: range.lowerBound, available: room), range.count)
            headRanges.append(range.lowerBound..<(range.lowerBound + fit))
            tailRanges.append((range.lowerBound + fit)..<range.upperBound)
        }
        guard headRanges.contains(where: { !$0.isEmpty }) else { return nil }
        let head = RowSlice(row: first.row, ranges: headRanges)
        let tail = RowSlice(row: first.row, ranges: tailRanges)
        return (piece([head], first: true), piece([tail] + slices.dropFirst(), first: false))
    }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        let style = model.style
        var top = y
        if showCaption { canvas.beginTag("Table") }
        if showCaption, let caption = model.caption {
            canvas.tagged("Caption") { caption.draw(in: canvas, x: x, y: top) }
            top += model.captionHeight
        } else if !showCaption, let continued = model.continuedCaption {
            continued.draw(in: canvas, x: x, y: top)
            top += model.continuedCaptionHeight
        }
        if let header = model.header {
            if let fill = style.headerFill {
                canvas.fillRect(x: x, y: top, width: model.width, height: model.headerHeight, color: fill)
            }
            let ranges = header.cells.map { 0..<$0.lineCount }
            if showCaption {
                drawRow(header, ranges: ranges, tag: "TH", in: canvas, x: x, y: top)
            } else {
                for (column, cell) in header.cells.enumerated() {
                    cell.draw(in: canvas, x: x + model.columnX[column] + style.paddingX, y: top + style.paddingY)
                }
            }
            top += model.headerHeight
            canvas.strokeLine(x1: x, y1: top, x2: x + model.width, y2: top, width: 0.8, color: style.headerRuleColor)
        }
        for (slice, rowHeight) in zip(slices, sliceHeights) {
            let row = model.rows[slice.row]
            if row.emphasis == .shaded {
                canvas.fillRect(x: x, y: top, width: model.width, height: rowHeight, color: style.shadedFill)
            } else if let stripe = style.stripeFill, slice.row % 2 == 1 {
                canvas.fillRect(x: x, y: top, width: model.width, height: rowHeight, color: stripe)
            }
            drawRow(row, ranges: slice.ranges, tag: "TD", in: canvas, x: x, y: top)
            top += rowHeight
            if let rule = style.ruleColor {
                canvas.strokeLine(x1: x, y1: top, x2: x + model.width, y2: top, width: 0.4, color: rule)
            }
        }
        if isLast { canvas.endTag("Table") }
    }

    private func drawRow(_ row: PreparedRow, ranges: [Range<Int>], tag: String, in canvas: CairoContext,
                         x: Double, y: Double) {
        let style = model.style
        let color: RGBColor? = row.emphasis == .muted ? style.mutedColor : nil
        canvas.beginTag("TR")
        for (column, (cell, range)) in zip(row.cells, ranges).enumerated() {
            let cellTag = column == 0 && tag == "TD" && style.firstColumnHeads ? "TH" : tag
            if cellTag == "TH" {
                canvas.beginHeaderCell(scope: tag == "TH" ? .column : .row)
            } else {
                canvas.beginTag(cellTag)
            }
            cell.draw(lines: range, in: canvas, x: x + model.columnX[column] + style.paddingX,
                      y: y + style.paddingY, color: color)
            canvas.endTag(cellTag)
        }
        canvas.endTag("TR")
    }
}

private func fixedHeight(_ model: TableModel, _ showCaption: Bool) -> Double {
    (showCaption ? model.captionHeight : model.continuedCaptionHeight) + model.headerHeight
}
