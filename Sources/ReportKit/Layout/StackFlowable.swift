/// A vertical sequence of flowables treated as one block: bulleted lists,
/// callout bodies and keep-together groups.
///
/// When `keepTogether` is set the stack moves to the next page whole, unless
/// it is taller than a page — then it splits between (or inside) children
/// like any other content rather than overflowing.
final class StackFlowable: Flowable {
    let children: [Flowable]
    let keepTogether: Bool
    /// Structure tag around the whole stack ("L" for lists).
    let tag: String?
    /// Structure tag around each child ("LI" for list items).
    let childTag: String?
    /// Whether this piece opens and closes `tag`: a list split across pages
    /// stays one `L` element, opened by its first piece and closed by its last.
    let opensTag: Bool
    let closesTag: Bool
    /// Gap between children when they ask for none.
    let minimumGap: Double
    private let offsets: [Double]
    private let explicitSpaceBefore: Double?
    private let explicitSpaceAfter: Double?
    let height: Double

    init(children: [Flowable], keepTogether: Bool = false, tag: String? = nil, childTag: String? = nil,
         minimumGap: Double = 0, spaceBefore: Double? = nil, spaceAfter: Double? = nil, opensTag: Bool = true,
         closesTag: Bool = true) {
        self.opensTag = opensTag
        self.closesTag = closesTag
        self.children = children
        self.explicitSpaceBefore = spaceBefore
        self.explicitSpaceAfter = spaceAfter
        self.keepTogether = keepTogether
        self.tag = tag
        self.childTag = childTag
        self.minimumGap = minimumGap
        var offsets: [Double] = []
        var y = 0.0
        for (index, child) in children.enumerated() {
            if index > 0 { y += StackFlowable.gap(children[index - 1], child, minimumGap) }
            offsets.append(y)
            y += child.height
        }
        self.offsets = offsets
        self.height = y
    }

    static func gap(_ previous: Flowable, _ next: Flowable, _ minimum: Double) -> Double {
        max(previous.spaceAfter, next.spaceBefore, minimum)
    }

    var spaceBefore: Double { explicitSpaceBefore ?? children.first?.spaceBefore ?? 0 }
    var spaceAfter: Double { explicitSpaceAfter ?? children.last?.spaceAfter ?? 0 }

    var headings: [(heading: HeadingFlowable, offset: Double)] {
        zip(children, offsets).flatMap { child, offset in
            child.headings.map { ($0.heading, $0.offset + offset) }
        }
    }

    var minimumHeadHeight: Double {
        if keepTogether || children.isEmpty { return height }
        if isList {
            // A list starts a page with two items, or whole when it has fewer than four.
            return children.count < 2 * StackFlowable.minimumListItems ? height
                : offsets[StackFlowable.minimumListItems - 1] + children[StackFlowable.minimumListItems - 1].height
        }
        return children[0].minimumHeadHeight
    }

    /// Items a list keeps on each side of a page break, as a table keeps rows: a lone item
    /// at the foot or head of a page reads as an afterthought of the one before.
    static let minimumListItems = 2
    private var isList: Bool { tag == "L" }

    /// Whether a break leaving `head` and `tail` items (a split item counts on both
    /// sides) is one a list may take: always when the list is taller than a page.
    private func allowsBreak(head: Int, tail: Int, pageHeight: Double) -> Bool {
        guard isList, height <= pageHeight else { return true }
        return head >= StackFlowable.minimumListItems && tail >= StackFlowable.minimumListItems
    }

    private func rebuilt(_ children: [Flowable], head: Bool) -> StackFlowable {
        StackFlowable(children: children, keepTogether: keepTogether, tag: tag, childTag: childTag,
                      minimumGap: minimumGap, spaceBefore: explicitSpaceBefore, spaceAfter: explicitSpaceAfter,
                      opensTag: head && opensTag, closesTag: !head && closesTag)
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        if keepTogether && height <= pageHeight { return nil }
        guard let index = children.indices.first(where: { offsets[$0] + children[$0].height > available + 0.01 })
        else { return nil }
        let child = children[index]
        if !child.keepWithNext, allowsBreak(head: index + 1, tail: children.count - index, pageHeight: pageHeight),
           let (head, tail) = child.split(available: available - offsets[index], pageHeight: pageHeight) {
            let headChildren = Array(children[..<index]) + [head]
            let tailChildren = [tail] + Array(children[(index + 1)...])
            return (rebuilt(headChildren, head: true), rebuilt(tailChildren, head: false))
        }
        // Break before the child, but never right after a heading.
        var cut = index
        while cut > 0 && children[cut - 1].keepWithNext { cut -= 1 }
        // A list moves back to a break that leaves enough items on the next page.
        if isList, height <= pageHeight { cut = min(cut, children.count - StackFlowable.minimumListItems) }
        guard cut > 0, allowsBreak(head: cut, tail: children.count - cut, pageHeight: pageHeight) else { return nil }
        return (rebuilt(Array(children[..<cut]), head: true), rebuilt(Array(children[cut...]), head: false))
    }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        if let tag, opensTag { canvas.beginTag(tag) }
        for (child, offset) in zip(children, offsets) {
            if let childTag { canvas.beginTag(childTag) }
            child.draw(in: canvas, x: x, y: y + offset)
            if let childTag { canvas.endTag(childTag) }
        }
        if let tag, closesTag { canvas.endTag(tag) }
    }
}

/// A shaded box with an accent bar on the left, holding a stack of
/// paragraphs. Kept together when it fits on a page.
final class CalloutFlowable: Flowable {
    let content: StackFlowable
    let fill: RGBColor
    let accent: RGBColor
    let width: Double
    let padding: Double
    let barWidth: Double
    let spaceBefore: Double
    let spaceAfter: Double
    let height: Double

    init(content: StackFlowable, fill: RGBColor, accent: RGBColor, width: Double, padding: Double,
         barWidth: Double, spaceBefore: Double, spaceAfter: Double) {
        self.content = content
        self.fill = fill
        self.accent = accent
        self.width = width
        self.padding = padding
        self.barWidth = barWidth
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.height = content.height + 2 * padding
    }

    var headings: [(heading: HeadingFlowable, offset: Double)] {
        content.headings.map { ($0.heading, $0.offset + padding) }
    }

    private func rebuilt(_ content: Flowable) -> CalloutFlowable {
        let stack = content as? StackFlowable ?? StackFlowable(children: [content])
        return CalloutFlowable(content: stack, fill: fill, accent: accent, width: width, padding: padding,
                               barWidth: barWidth, spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        guard height > pageHeight,
              let (head, tail) = content.split(available: available - 2 * padding,
                                               pageHeight: pageHeight - 2 * padding)
        else { return nil }
        return (rebuilt(head), rebuilt(tail))
    }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        canvas.fillRect(x: x, y: y, width: width, height: height, color: fill)
        canvas.fillRect(x: x, y: y, width: barWidth, height: height, color: accent)
        content.draw(in: canvas, x: x + barWidth + padding, y: y + padding)
    }
}
