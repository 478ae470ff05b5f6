/// A paragraph (or list item body) as laid-out lines that split between lines.
///
/// Splitting keeps at least `orphans` lines at the bottom of a page and
/// `widows` lines at the top of the next, so a page never starts or ends
/// with a lone line of a paragraph.
final class ParagraphFlowable: Flowable {
    let text: TextLayout
    let lineRange: Range<Int>
    /// Structure tag ("P", or nil when the parent tags it).
    let tag: String?
    let indent: Double
    /// Drawn left of the first line (list bullet), only on the first piece.
    let marker: TextLayout?
    let spaceBefore: Double
    let spaceAfter: Double
    let orphans = 2
    let widows = 2
    let height: Double

    init(text: TextLayout, lineRange: Range<Int>? = nil, tag: String? = "P", indent: Double = 0,
         marker: TextLayout? = nil, spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.text = text
        self.lineRange = lineRange ?? 0..<text.lineCount
        self.tag = tag
        self.indent = indent
        self.marker = marker
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.height = text.height(of: self.lineRange)
    }

    private func piece(_ range: Range<Int>, first: Bool) -> ParagraphFlowable {
        ParagraphFlowable(text: text, lineRange: range, tag: tag, indent: indent,
                          marker: first ? marker : nil,
                          spaceBefore: first ? spaceBefore : 0, spaceAfter: spaceAfter)
    }

    var minimumHeadHeight: Double {
        lineRange.count >= orphans + widows
            ? text.height(of: lineRange.lowerBound..<(lineRange.lowerBound + orphans)) : height
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        let total = lineRange.count
        let fitting = text.linesFitting(from: lineRange.lowerBound, available: available)
        var fit = min(fitting, total - widows)
        if fit < orphans {
            // On a fresh page with lines so tall that two do not fit, split
            // anyway rather than overflow.
            guard available >= pageHeight - 0.01, fitting > 0 else { return nil }
            fit = min(fitting, total - 1)
        }
        guard fit > 0, fit < total else { return nil }
        let cut = lineRange.lowerBound + fit
        return (piece(lineRange.lowerBound..<cut, first: true),
                piece(cut..<lineRange.upperBound, first: false))
    }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        if let marker, lineRange.lowerBound == 0, let first = text.lines.first, let bulletLine = marker.lines.first {
            // Align the bullet's baseline with the first line's baseline.
            let baselineY = y + first.baseline - first.top
            canvas.tagged("Lbl") { marker.draw(in: canvas, x: x, y: baselineY - bulletLine.baseline) }
        }
        // A "P" split across pages stays one element: the first piece opens
        // it, the last closes it (list bodies sit in list items that do not
        // span pages, so they close on every piece).
        let whole = lineRange == 0..<text.lineCount
        let spans = tag == "P" && !whole
        let opens = tag != nil && (!spans || lineRange.lowerBound == 0)
        let closes = tag != nil && (!spans || lineRange.upperBound == text.lineCount)
        if let tag, opens { canvas.beginTag(tag) }
        text.draw(lines: lineRange, in: canvas, x: x + indent, y: y, inSpans: spans)
        if let tag, closes { canvas.endTag(tag) }
    }
}

/// A heading: never split, never the last thing on a page, and recorded for
/// the PDF outline.
final class HeadingFlowable: Flowable {
    let text: TextLayout
    let level: Int
    let title: String
    let spaceBefore: Double
    let spaceAfter: Double
    let rule: RGBColor?
    let ruleWidth: Double
    private let ruleGap = 4.0
    let height: Double

    init(text: TextLayout, level: Int, title: String, spaceBefore: Double, spaceAfter: Double, rule: RGBColor?,
         ruleWidth: Double) {
        self.ruleWidth = ruleWidth
        self.text = text
        self.level = level
        self.title = title
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.rule = rule
        self.height = text.height + (rule == nil ? 0 : ruleGap + 1)
    }

    var keepWithNext: Bool { true }

    var headings: [(heading: HeadingFlowable, offset: Double)] { [(self, 0)] }

    /// A heading is never split, except one taller than a whole page (a pasted paragraph
    /// used as a title): it is then split between lines like a paragraph, each piece still
    /// tagged as the heading, rather than drawn off the bottom of the page.
    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        guard height > pageHeight else { return nil }
        return ParagraphFlowable(text: text, tag: "H\(level)", spaceBefore: spaceBefore, spaceAfter: spaceAfter)
            .split(available: available, pageHeight: pageHeight)
    }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        let tag = "H\(level)"
        canvas.beginTag(tag)
        text.draw(in: canvas, x: x, y: y)
        canvas.endTag(tag)
        if let rule {
            let ruleY = y + text.height + ruleGap + 0.5
            canvas.strokeLine(x1: x, y1: ruleY, x2: x + ruleWidth, y2: ruleY, width: 1, color: rule)
        }
    }
}
