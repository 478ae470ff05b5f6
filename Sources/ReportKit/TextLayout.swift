import CCairo

/// Where one laid-out line sits, relative to the top of its layout (points).
struct LineMetrics {
    var top: Double
    var bottom: Double
    var baseline: Double
    /// Left edge of the line's origin (non-zero for centred or right-aligned text).
    var originX: Double
    /// Byte range of the line in the layout's UTF-8 text.
    var byteStart: Int
    var byteEnd: Int
}

/// A link inside a layout, as a byte range of the UTF-8 text.
struct LinkSpan {
    var start: Int
    var end: Int
    var uri: String
}

/// Owns a PangoLayout: styled text wrapped to a width, measured once.
///
/// Line metrics are computed at construction so that measuring and splitting
/// (which happen many times during pagination) never touch Pango again; a
/// split paragraph draws a sub-range of the same lines.
final class TextLayout {
    private let handle: OpaquePointer
    private var linePointers: [UnsafeMutablePointer<PangoLayoutLine>] = []
    private(set) var lines: [LineMetrics] = []
    let links: [LinkSpan]
    let color: RGBColor
    let linkColor: RGBColor
    let fontSize: Double
    /// Widest line, in points.
    private(set) var naturalWidth: Double = 0
    /// More characters than any ellipsized single line can show, even in 4-point type.
    static let singleLineCharacters = 1_000

    init(engine: TextEngine, text: RichText, style: TextStyle, width: Double?) {
        handle = pango_layout_new(engine.context)
        color = style.color
        linkColor = style.linkColor
        fontSize = style.size
        // A single line (a running header) is ellipsized to the width, which never shows
        // more than a few hundred characters; laying out more would only cost time on
        // every page, so the rest is left out before Pango sees it and the ellipsis shows it.
        let shown = style.singleLine ? text.prefix(characters: TextLayout.singleLineCharacters) : text
        let built = PangoTextBuilder.build(shown, linkColor: style.linkColor)
        links = built.links
        pango_layout_set_text(handle, built.text, Int32(built.text.utf8.count))
        pango_layout_set_attributes(handle, built.attributes)
        pango_attr_list_unref(built.attributes)
        pango_layout_set_font_description(
            handle, engine.font(FontKey(family: style.family, size: style.size, bold: style.bold, italic: style.italic)))
        // WORD_CHAR: break at word boundaries, but break inside a word (a long
        // URL or identifier) rather than overflow the column.
        pango_layout_set_wrap(handle, PANGO_WRAP_WORD_CHAR)
        if style.singleLine { pango_layout_set_ellipsize(handle, PANGO_ELLIPSIZE_END) }
        // Paragraphs take the document's left-to-right direction even when
        // they start with Arabic or Hebrew, so a right-to-left name in a table
        // column lines up with the others; the bidi algorithm still orders
        // the right-to-left words correctly within the line.
        pango_layout_set_auto_dir(handle, 0)
        pango_layout_set_line_spacing(handle, Float(style.lineSpacing))
        switch style.alignment {
        case .leading: pango_layout_set_alignment(handle, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(handle, PANGO_ALIGN_CENTER)
        case .trailing: pango_layout_set_alignment(handle, PANGO_ALIGN_RIGHT)
        }
        rewrap(width: width)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Re-wraps to a new width (used after measuring natural label widths).
    func rewrap(width: Double?) {
        if let width {
            pango_layout_set_width(handle, Int32((max(width, 1) * pangoScale).rounded(.down)))
        } else {
            pango_layout_set_width(handle, -1)
        }
        measure()
    }

    private func measure() {
        linePointers.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        var widest = 0.0
        guard let iter = pango_layout_get_iter(handle) else { return }
        defer { pango_layout_iter_free(iter) }
        repeat {
            var y0: Int32 = 0
            var y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = pango_layout_iter_get_baseline(iter)
            guard let line = pango_layout_iter_get_line_readonly(iter) else { continue }
            var own = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &own)
            let start = Int(line.pointee.start_index)
            lines.append(LineMetrics(
                top: Double(y0) / pangoScale,
                bottom: Double(y1) / pangoScale,
                baseline: Double(baseline) / pangoScale,
                originX: Double(logical.x - own.x) / pangoScale,
                byteStart: start,
                byteEnd: start + Int(line.pointee.length)))
            linePointers.append(line)
            widest = max(widest, Double(logical.width) / pangoScale)
        } while pango_layout_iter_next_line(iter) != 0
        naturalWidth = widest
    }

    var lineCount: Int { lines.count }

    /// Height of the whole layout.
    var height: Double { height(of: 0..<lines.count) }

    /// Height of a range of lines, from the top of the first to the bottom of the last.
    func height(of range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        return lines[range.upperBound - 1].bottom - lines[range.lowerBound].top
    }

    /// How many lines starting at `start` fit into `available` points.
    func linesFitting(from start: Int, available: Double) -> Int {
        var count = 0
        while start + count < lines.count, height(of: start..<(start + count + 1)) <= available + 0.01 {
            count += 1
        }
        return count
    }

    /// Draws `range` of lines so the top of its first line is at (`x`, `y`).
    ///
    /// Lines without links are drawn whole by Pango. Lines with a link are
    /// drawn run by run so the link's own text sits inside a tagged `Link`
    /// structure element (a screen reader announces it as a link) together
    /// with its clickable area.
    func draw(lines range: Range<Int>, in canvas: CairoContext, x: Double, y: Double, color: RGBColor? = nil) {
        guard !range.isEmpty else { return }
        let offset = y - lines[range.lowerBound].top
        let base = color ?? self.color
        canvas.setColor(base)
        for index in range {
            let metrics = lines[index]
            let hasLink = links.contains { $0.start < metrics.byteEnd && $0.end > metrics.byteStart }
            if hasLink {
                drawRuns(of: index, in: canvas, x: x + metrics.originX, top: offset + metrics.top,
                         baseline: offset + metrics.baseline, color: base)
                canvas.setColor(base)
            } else {
                cairo_move_to(canvas.handle, x + metrics.originX, offset + metrics.baseline)
                pango_cairo_show_layout_line(canvas.handle, linePointers[index])
            }
        }
    }

    private func drawRuns(of index: Int, in canvas: CairoContext, x: Double, top: Double, baseline: Double,
                          color: RGBColor) {
        let metrics = lines[index]
        let text = pango_layout_get_text(handle)
        var runX = x
        var node = linePointers[index].pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) else { continue }
            let width = Double(pango_glyph_string_get_width(run.pointee.glyphs)) / pangoScale
            let start = Int(run.pointee.item.pointee.offset)
            let link = links.first { $0.start <= start && start < $0.end }
            if let link {
                let rect = LinkRect(x: runX, y: top, width: width, height: metrics.bottom - metrics.top)
                canvas.beginLink(uri: link.uri, rects: [rect])
                canvas.setColor(linkColor)
            } else {
                canvas.setColor(color)
            }
            cairo_move_to(canvas.handle, runX, baseline)
            pango_cairo_show_glyph_item(canvas.handle, text, run)
            if link != nil {
                // Pango draws underlines only in whole-line rendering; add it here.
                let underlineY = baseline + max(1, (metrics.bottom - metrics.baseline) * 0.3)
                canvas.strokeLine(x1: runX, y1: underlineY, x2: runX + width, y2: underlineY,
                                  width: max(0.5, fontSize * 0.06), color: linkColor)
                canvas.endLink()
            }
            runX += width
        }
    }

    func draw(in canvas: CairoContext, x: Double, y: Double, color: RGBColor? = nil) {
        draw(lines: 0..<lines.count, in: canvas, x: x, y: y, color: color)
    }
}
