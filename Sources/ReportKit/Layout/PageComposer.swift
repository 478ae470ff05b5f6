/// A flowable placed on a page, `y` measured from the top of the content area.
struct Placement {
    let flowable: Flowable
    let y: Double
}

/// One page's worth of placed content.
struct ComposedPage {
    var placements: [Placement] = []
}

/// Flows prepared blocks onto pages, one page at a time, from a work queue
/// (like typst's flow layout): a block that does not fit is split and its
/// remainder goes back to the front of the queue for the next page.
///
/// Composition is pure arithmetic on measured heights; nothing is drawn, so
/// the page count is known before the first "Page X of Y" is printed.
///
/// Rules beyond fitting:
/// - a heading never ends a page: it travels with the start of what follows,
///   and when that is a short introduction (up to three paragraphs too short
///   to split) with the start of the block the introduction leads into, so
///   "Week by week", its one-line intros and the first rows of the table stay
///   together;
/// - a short last page is avoided by tighter spacing between blocks when that saves
///   the page, and otherwise balanced (`minimumLastPageFill`).
struct PageComposer {
    /// Height of the content area between the margins.
    let contentHeight: Double

    /// The least a last page holds, as a share of the content height. When
    /// the last page would hold less, the page before it ends earlier — by at
    /// most half a page — so that content moves over and the last page holds
    /// at least this share, provided the page count stays the same; otherwise
    /// the first composition stands. A reader then never turns to a page with
    /// only the signatures or three bullets on it.
    static let minimumLastPageFill = 0.25

    /// Tighter spacing between blocks, tried in turn when a last page would hold less
    /// than `minimumLastPageFill`: the first that saves the page is kept. Only the space
    /// between blocks shrinks; text, rows and their padding stay as they are.
    static let tighterSpacing = [0.8, 0.65]

    /// Each run of blocks between forced page breaks is balanced on its own: the page
    /// before a break is the last page of what it ends (the Welsh half of a bilingual
    /// document), and three bullets alone there read as cut off just the same.
    func compose(_ flowables: [Flowable]) -> [ComposedPage] {
        var sections: [[Flowable]] = [[]]
        for flowable in flowables {
            if flowable is PageBreakFlowable { sections.append([]) } else { sections[sections.count - 1].append(flowable) }
        }
        let filled = sections.filter { section in section.contains { !($0 is SpacerFlowable) } }
        guard filled.count > 1 else { return composeSection(flowables) }
        return filled.flatMap(composeSection)
    }

    /// One run of blocks, with its last page balanced.
    private func composeSection(_ flowables: [Flowable]) -> [ComposedPage] {
        let pages = compose(flowables, limits: [:])
        let quarter = contentHeight * Self.minimumLastPageFill
        guard pages.count >= 2, let last = pages.last, !isAcceptableLast(last) else { return pages }
        for scale in Self.tighterSpacing {
            let tighter = compose(flowables, limits: [:], spacing: scale)
            if tighter.count < pages.count { return tighter }
        }
        let before = pages.count - 2
        let full = Self.fill(of: pages[before])
        // Shorten the page before the last step by step until enough moves over.
        let step = max(contentHeight / 48, 1)
        var shortened = max(quarter - Self.fill(of: last), step)
        while shortened <= contentHeight / 2 {
            let candidate = compose(flowables, limits: [before: min(full, contentHeight) - shortened])
            if candidate.count != pages.count { break }
            if let newLast = candidate.last, isAcceptableLast(newLast) { return candidate }
            shortened += step
        }
        return pages
    }

    /// A last page holds at least a quarter of a page, and more than one short block: the
    /// signatures alone on a page (a quarter of it, with two languages' labels) read as
    /// cut off from what they sign.
    private func isAcceptableLast(_ page: ComposedPage) -> Bool {
        let fill = Self.fill(of: page)
        let closingAlone = page.placements.count == 1 && fill < contentHeight / 2
        return fill >= contentHeight * Self.minimumLastPageFill && !closingAlone
    }

    /// How far down the page its content reaches.
    static func fill(of page: ComposedPage) -> Double {
        page.placements.map { $0.y + $0.flowable.height }.max() ?? 0
    }

    /// Composes with the content of some pages (by index) ending above the
    /// full height; with no limits, the composition before balancing.
    func compose(_ flowables: [Flowable], limits: [Int: Double], spacing: Double = 1) -> [ComposedPage] {
        // Reversed so the front of the queue is the end of the array.
        var queue = Array(flowables.reversed())
        var pages: [ComposedPage] = []
        var page = ComposedPage()
        var y = 0.0
        var previousSpaceAfter = 0.0

        func finishPage() {
            pages.append(page)
            page = ComposedPage()
            y = 0
            previousSpaceAfter = 0
        }

        func place(_ flowable: Flowable, gap: Double) {
            page.placements.append(Placement(flowable: flowable, y: y + gap))
            y += gap + flowable.height
            previousSpaceAfter = flowable.spaceAfter
        }

        while let flowable = queue.popLast() {
            let pageLimit = limits[pages.count] ?? contentHeight
            if flowable is PageBreakFlowable {
                if !page.placements.isEmpty { finishPage() }
                continue
            }
            if let spacer = flowable as? SpacerFlowable {
                // Space is dropped at a page top and never pushes content over.
                if !page.placements.isEmpty { y = min(y + spacer.height * spacing, pageLimit) }
                continue
            }
            let gap = page.placements.isEmpty ? 0 : max(previousSpaceAfter, flowable.spaceBefore) * spacing
            let available = pageLimit - y - gap
            var needed = flowable.height
            if flowable.keepWithNext {
                let withFollowers = needed + followingRequirement(after: flowable, queue: queue)
                // A heading chain taller than a page cannot be honoured; just place the heading.
                if withFollowers <= contentHeight { needed = withFollowers }
            }
            if needed <= available + 0.01 {
                place(flowable, gap: gap)
                continue
            }
            // A keep-with-next block (a heading) is moved whole, unless it is taller than
            // a page on its own: then it is split too, rather than drawn off the page.
            if !flowable.keepWithNext || flowable.height > contentHeight,
               let (head, tail) = flowable.split(available: available, pageHeight: contentHeight) {
                place(head, gap: gap)
                finishPage()
                queue.append(tail)
                continue
            }
            if !page.placements.isEmpty {
                finishPage()
                queue.append(flowable)
                continue
            }
            // Alone on a fresh page and still unsplittable (e.g. one line
            // taller than the page): place it rather than loop forever.
            place(flowable, gap: 0)
            finishPage()
        }
        if !page.placements.isEmpty || pages.isEmpty { finishPage() }
        return pages
    }

    /// Short paragraphs in a row after a heading that still count as its introduction
    /// ("Week by week", a line on how to read the table, a line on rest days, the table).
    static let maximumIntroductions = 3

    /// Space the blocks after a keep-with-next block need on the same page:
    /// further keep-with-next blocks whole, then the first piece of the next
    /// — or, when that is a short introduction (up to three short paragraphs), all
    /// of it and the first piece of the block it introduces.
    private func followingRequirement(after first: Flowable, queue: [Flowable]) -> Double {
        var total = 0.0
        var previous = first
        var introductions = 0
        for next in queue.reversed() {
            if next is PageBreakFlowable { break }
            if next is SpacerFlowable { total += next.height; continue }
            total += max(previous.spaceAfter, next.spaceBefore)
            if next.keepWithNext {
                if introductions > 0 { break }
                total += next.height
                previous = next
            } else if introductions < Self.maximumIntroductions, Self.isIntroduction(next) {
                total += next.height
                previous = next
                introductions += 1
            } else {
                total += next.minimumHeadHeight
                break
            }
        }
        return total
    }

    /// Lines up to which a paragraph after a heading is its introduction and travels whole
    /// with it: a five-line paragraph on how to read the table below, split two lines at the
    /// foot of a page and three over the leaf, reads as two halves of a heading.
    static let introductionLines = 6

    /// A short paragraph (whole, never split across a page): after a heading it introduces
    /// what follows.
    private static func isIntroduction(_ flowable: Flowable) -> Bool {
        guard let paragraph = flowable as? ParagraphFlowable else { return false }
        return paragraph.lineRange.count == paragraph.text.lineCount && paragraph.lineRange.count <= introductionLines
    }
}
