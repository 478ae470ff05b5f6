/// Short, related sections set side by side — a report's particulars beside its advice —
/// so that together they take one band of the page instead of two. The band is kept
/// together like a keep-together group; one taller than a page continues column by
/// column on the next page rather than running off it.
final class ColumnsFlowable: Flowable {
    let columns: [StackFlowable]
    /// Left edge of each column, from the left of the band.
    let offsets: [Double]
    let height: Double
    let spaceBefore: Double
    let spaceAfter: Double

    init(columns: [StackFlowable], offsets: [Double]) {
        self.columns = columns
        self.offsets = offsets
        self.height = columns.map(\.height).max() ?? 0
        self.spaceBefore = columns.map(\.spaceBefore).max() ?? 0
        self.spaceAfter = columns.map(\.spaceAfter).max() ?? 0
    }

    var headings: [(heading: HeadingFlowable, offset: Double)] {
        columns.flatMap(\.headings)
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        guard height > pageHeight else { return nil }
        var heads: [StackFlowable] = []
        var tails: [StackFlowable] = []
        for column in columns {
            if column.height <= available + 0.01 {
                heads.append(column)
                tails.append(StackFlowable(children: []))
            } else if let (head, tail) = column.split(available: available, pageHeight: pageHeight) {
                heads.append(head as? StackFlowable ?? StackFlowable(children: [head]))
                tails.append(tail as? StackFlowable ?? StackFlowable(children: [tail]))
            } else {
                heads.append(StackFlowable(children: []))
                tails.append(column)
            }
        }
        guard heads.contains(where: { !$0.children.isEmpty }) else { return nil }
        return (ColumnsFlowable(columns: heads, offsets: offsets), ColumnsFlowable(columns: tails, offsets: offsets))
    }

    /// Column by column, so a screen reader reads the first column whole before the next.
    func draw(in canvas: CairoContext, x: Double, y: Double) {
        for (column, offset) in zip(columns, offsets) {
            column.draw(in: canvas, x: x + offset, y: y)
        }
    }
}
