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

/// Text tagged as a `Span` of its own, as a byte range: read aloud as other words
/// (`TextRun.spoken`), or in another language (`TextRun.language`).
struct MarkedSpan {
    var start: Int
    var end: Int
    var marks: SpanMarks
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
    private(set) var links: [LinkSpan]
    private(set) var marked: [MarkedSpan]
    let color: RGBColor
    let linkColor: RGBColor
    let fontSize: Double
    /// Widest line, in points.
    private(set) var naturalWidth: Double = 0
    /// Whether the layout has been told to insert no hyphens (`keepBrokenWordsWhole`).
    private var hyphensOff = false
    /// Left-aligned: laid out with no width, a width it already fits in changes nothing
    /// (`rewrap`).
    private let leftAligned: Bool

    init(engine: TextEngine, text: RichText, style: TextStyle, width: Double?) {
        handle = pango_layout_new(engine.context)
        color = style.color
        linkColor = style.linkColor
        fontSize = style.size
        leftAligned = style.alignment == .leading
        let built = PangoTextBuilder.build(text, linkColor: style.linkColor)
        links = built.links
        marked = built.marked
        setText(built)
        pango_layout_set_font_description(
            handle, engine.font(FontKey(family: style.family, size: style.size, bold: style.bold, italic: style.italic)))
        // WORD_CHAR: break at word boundaries, but break inside a word (a long
        // URL or identifier) rather than overflow the column.
        pango_layout_set_wrap(handle, PANGO_WRAP_WORD_CHAR)
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
        if text.hangingRuns > 0 {
            let prefix = TextLayout(engine: engine, text: RichText(Array(text.runs.prefix(text.hangingRuns))), style: style, width: nil)
            // A negative indent is Pango's hanging indent: every line but the first starts this far in.
            pango_layout_set_indent(handle, -Int32((prefix.naturalWidth * pangoScale).rounded()))
        }
        rewrap(width: width)
        // A phone number or date (or any no-break unit) wider than its
        // column breaks at its own spaces ("9 / Mar"), not mid-word ("9 Ma / r").
        if width != nil, built.hasNoBreakSpaces, breaksInsideWord {
            let loose = PangoTextBuilder.build(text, linkColor: style.linkColor, keepNumbersWhole: false)
            links = loose.links
            marked = loose.marked
            setText(loose)
            measure()
            keepBrokenWordsWhole()
        }
    }

    /// WORD_CHAR wrapping breaks inside a word only to stop it overflowing its column, and
    /// such words are usually identifiers, web or e-mail addresses: a hyphen Pango inserts
    /// would corrupt them when copied. So once a line ends inside a word the layout is told
    /// to insert none, and laid out again — unless the author placed soft hyphens, which
    /// ask for one. (Pango 1.50 inserts none at such breaks anyway; other versions may.)
    /// Checked after laying out rather than set on every text, because the attribute makes
    /// Pango run its line-break analysis a second time for the whole text, and few texts
    /// break inside a word.
    private func keepBrokenWordsWhole() {
        guard !hyphensOff, breaksInsideWord, let text = pango_layout_get_text(handle),
              strstr(text, "\u{00AD}") == nil else { return }
        let list = pango_layout_get_attributes(handle).flatMap { pango_attr_list_copy($0) } ?? pango_attr_list_new()!
        let attribute = pango_attr_insert_hyphens_new(0)!
        attribute.pointee.start_index = 0
        attribute.pointee.end_index = UInt32.max
        pango_attr_list_insert(list, attribute)
        pango_layout_set_attributes(handle, list)
        pango_attr_list_unref(list)
        hyphensOff = true
        measure()
    }

    private func setText(_ built: PangoTextBuilder.Built) {
        pango_layout_set_text(handle, built.text, Int32(built.text.utf8.count))
        pango_layout_set_attributes(handle, built.attributes)
        pango_attr_list_unref(built.attributes)
        hyphensOff = false
    }

    /// Whether a line ends inside a word: Pango had to break a word too wide
    /// for the column. A line that ends where the text has a line break does not.
    private var breaksInsideWord: Bool {
        lines.indices.dropLast().contains { index in
            guard !endsAtLineBreak(index), let last = lastScalar(ofLine: index) else { return false }
            return !(last.properties.isWhitespace || "-\u{2010}\u{2013}\u{2014}/\u{00AD}".unicodeScalars.contains(last))
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Re-wraps to a new width (used after measuring natural label widths).
    func rewrap(width: Double?) {
        // Left-aligned text laid out unwrapped that fits the new width would break at the
        // same places and sit in the same spot, and Pango would lay it all out again to
        // find that out (a key-value label measured, then given its column).
        if let width, leftAligned, pango_layout_get_width(handle) == -1, pango_layout_get_indent(handle) == 0, !lines.isEmpty,
           naturalWidth * pangoScale < (width * pangoScale).rounded(.down) - 1 {
            return
        }
        if let width {
            pango_layout_set_width(handle, Int32((max(width, 1) * pangoScale).rounded(.down)))
        } else {
            pango_layout_set_width(handle, -1)
        }
        measure()
        if let width {
            keepBrokenWordsWhole()
            keepShortLinksWhole(width: width)
        }
    }

    /// A web or e-mail address broken over two lines ("mind.org.uk/" then "mind-cymru") is
    /// hard to read and to type: when it fits on one line it moves to the next whole. One
    /// wider than the column still breaks rather than run past it. Phone numbers are kept
    /// whole by their no-break spaces already.
    private func keepShortLinksWhole(width: Double) {
        guard !links.isEmpty, lines.count > 1 else { return }
        let broken = links.filter { link in
            !link.uri.hasPrefix("tel:") && link.end > link.start
                && line(containing: link.start) != line(containing: link.end - 1) && piecesWidth(of: link) <= width
        }
        guard !broken.isEmpty else { return }
        let list = pango_layout_get_attributes(handle).flatMap { pango_attr_list_copy($0) } ?? pango_attr_list_new()!
        for link in broken {
            let attribute = pango_attr_allow_breaks_new(0)!
            attribute.pointee.start_index = UInt32(link.start)
            attribute.pointee.end_index = UInt32(link.end)
            pango_attr_list_insert(list, attribute)
        }
        pango_layout_set_attributes(handle, list)
        pango_attr_list_unref(list)
        measure()
    }

    /// The line holding the byte at `index`.
    private func line(containing index: Int) -> Int {
        lines.lastIndex { $0.byteStart <= index } ?? 0
    }

    /// The width of a link broken over lines, with what is stuck to its end (the full stop
    /// after an address cannot go to a line of its own): its pieces on each line, added up.
    private func piecesWidth(of link: LinkSpan) -> Double {
        var stuck = link.end
        if let text = pango_layout_get_text(handle) {
            let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
            while bytes[stuck] != 0, bytes[stuck] != 0x20, bytes[stuck] != 0x0A { stuck += 1 }
        }
        var total: Int32 = 0
        for index in line(containing: link.start)...line(containing: stuck - 1) {
            let from = max(link.start, lines[index].byteStart)
            let to = min(stuck, lines[index].byteEnd)
            var start: Int32 = 0
            var end: Int32 = 0
            pango_layout_line_index_to_x(linePointers[index], Int32(from), 0, &start)
            pango_layout_line_index_to_x(linePointers[index], Int32(to), 0, &end)
            total += abs(end - start)
        }
        return Double(total) / pangoScale
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
    /// Plain text is drawn line by line by Pango. Text with a link or with
    /// marked runs is drawn run by run so each link sits in a tagged `Link`
    /// structure element with its clickable area, and each spoken symbol or
    /// run in another language in a `Span` carrying its words or language. Cairo marks content only for innermost
    /// elements, so everything else in such text goes into plain `Span`s —
    /// otherwise a paragraph holding a link would reach a screen reader as
    /// the link alone.
    ///
    /// `inSpans` puts plain text in `Span`s too: for a paragraph split
    /// across pages, whose element stays open over the page break while
    /// only the Spans are marked, so the running footer in between is not
    /// read as part of it.
    func draw(lines range: Range<Int>, in canvas: CairoContext, x: Double, y: Double, color: RGBColor? = nil,
              inSpans: Bool = false) {
        guard !range.isEmpty else { return }
        let offset = y - lines[range.lowerBound].top
        let base = color ?? self.color
        canvas.setColor(base)
        let mixed = inSpans || !links.isEmpty || !marked.isEmpty
        for index in range {
            let metrics = lines[index]
            let special = links.contains { $0.start < metrics.byteEnd && $0.end > metrics.byteStart }
                || marked.contains { $0.start < metrics.byteEnd && $0.end > metrics.byteStart }
            if special {
                drawRuns(of: index, in: canvas, x: x + metrics.originX, top: offset + metrics.top,
                         baseline: offset + metrics.baseline, color: base)
                canvas.setColor(base)
            } else {
                if mixed { canvas.beginSpan() }
                cairo_move_to(canvas.handle, x + metrics.originX, offset + metrics.baseline)
                pango_cairo_show_layout_line(canvas.handle, linePointers[index])
                if mixed { canvas.endTag("Span") }
            }
        }
    }

    /// The text of line `index` (for tests and diagnostics).
    func lineText(_ index: Int) -> String {
        text(lines[index].byteStart, lines[index].byteEnd)
    }

    /// The last character (scalar) of line `index`, read from the line's last bytes: the
    /// text is valid UTF-8, so the scalar starts at the last byte that is not a
    /// continuation byte. Nil for an empty line.
    func lastScalar(ofLine index: Int) -> Unicode.Scalar? {
        guard let text = pango_layout_get_text(handle) else { return nil }
        let start = lines[index].byteStart, end = lines[index].byteEnd
        guard end > start else { return nil }
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return String(decoding: UnsafeBufferPointer(start: bytes + lead, count: end - lead), as: UTF8.self).unicodeScalars.last
    }

    /// Whether the text has a line break right after line `index` (Pango leaves the
    /// break itself out of the line).
    private func endsAtLineBreak(_ index: Int) -> Bool {
        guard let text = pango_layout_get_text(handle) else { return false }
        let end = lines[index].byteEnd
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        return bytes[end] == 0x0A || bytes[end] == 0x0D || (bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0xA8)
    }

    /// The layout's text in a byte range.
    private func text(_ start: Int, _ end: Int) -> String {
        guard let text = pango_layout_get_text(handle) else { return "" }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: end)
        return String(decoding: bytes[start..<end], as: UTF8.self)
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
                canvas.beginLink(uri: link.uri, text: self.text(link.start, link.end), rects: [rect])
                canvas.setColor(linkColor)
            } else {
                canvas.beginSpan(marked.first { $0.start <= start && start < $0.end }?.marks ?? SpanMarks())
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
            } else {
                canvas.endTag("Span")
            }
            runX += width
        }
    }

    func draw(in canvas: CairoContext, x: Double, y: Double, color: RGBColor? = nil) {
        draw(lines: 0..<lines.count, in: canvas, x: x, y: y, color: color)
    }
}
