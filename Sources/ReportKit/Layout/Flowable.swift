/// A piece of content that can be measured, split at a page boundary and
/// drawn — the unit the `PageComposer` flows onto pages (in the spirit of
/// ReportLab's platypus flowables).
///
/// Flowables are prepared (text laid out) once for a fixed width; `height`
/// is therefore a cheap stored value and `split` only slices existing lines
/// or rows, so pagination never re-runs Pango.
protocol Flowable: AnyObject {
    /// Height when drawn whole.
    var height: Double { get }
    /// Gap wanted above; collapsed with the previous block's `spaceAfter`, dropped at a page top.
    var spaceBefore: Double { get }
    var spaceAfter: Double { get }
    /// Never leave this as the last thing on a page (headings).
    var keepWithNext: Bool { get }
    /// Height of the smallest first piece this could be split into (used to
    /// keep a heading together with the start of what follows).
    var minimumHeadHeight: Double { get }
    /// Splits into a head that fits `available` and a tail for the next page,
    /// or nil when the block should move to the next page whole. `pageHeight`
    /// is the full content height, so keep-together blocks can tell whether
    /// they would fit on a fresh page.
    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)?
    /// Draws with the top-left corner at (`x`, `y`).
    func draw(in canvas: CairoContext, x: Double, y: Double)
    /// Headings inside this flowable with their offset from its top, for
    /// bookmarks (containers such as keep-together groups report their children's).
    var headings: [(heading: HeadingFlowable, offset: Double)] { get }
}

extension Flowable {
    var spaceBefore: Double { 0 }
    var spaceAfter: Double { 0 }
    var keepWithNext: Bool { false }
    var minimumHeadHeight: Double { height }
    var headings: [(heading: HeadingFlowable, offset: Double)] { [] }
}

/// Vertical space. Dropped at the top of a page.
final class SpacerFlowable: Flowable {
    let height: Double

    init(height: Double) {
        self.height = max(0, height)
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? { nil }
    func draw(in canvas: CairoContext, x: Double, y: Double) {}
}

/// Forces the following content onto a new page.
final class PageBreakFlowable: Flowable {
    var height: Double { 0 }
    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? { nil }
    func draw(in canvas: CairoContext, x: Double, y: Double) {}
}
