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
struct PageComposer {
    /// Height of the content area between the margins.
    let contentHeight: Double

    func compose(_ flowables: [Flowable]) -> [ComposedPage] {
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
            if flowable is PageBreakFlowable {
                if !page.placements.isEmpty { finishPage() }
                continue
            }
            if let spacer = flowable as? SpacerFlowable {
                // Space is dropped at a page top and never pushes content over.
                if !page.placements.isEmpty { y = min(y + spacer.height, contentHeight) }
                continue
            }
            let gap = page.placements.isEmpty ? 0 : max(previousSpaceAfter, flowable.spaceBefore)
            let available = contentHeight - y - gap
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

    /// Space the blocks after a keep-with-next block need on the same page:
    /// further keep-with-next blocks whole, then the first piece of the next.
    private func followingRequirement(after first: Flowable, queue: [Flowable]) -> Double {
        var total = 0.0
        var previous = first
        for next in queue.reversed() {
            if next is PageBreakFlowable { break }
            if next is SpacerFlowable { total += next.height; continue }
            total += max(previous.spaceAfter, next.spaceBefore)
            if next.keepWithNext {
                total += next.height
                previous = next
            } else {
                total += next.minimumHeadHeight
                break
            }
        }
        return total
    }
}
