/// The laid-out pieces of one signing party.
struct SignatureParty {
    var role: TextLayout
    var name: TextLayout?
    var nameLabel: TextLayout
    var signatureLabel: TextLayout
    var dateLabel: TextLayout
}

/// Signature areas, up to three parties side by side: role, printed name,
/// a line to sign on and a date line. Never split across pages (a signature
/// separated from what is being agreed is worthless) unless there are so
/// many parties that the block is taller than a page; then it splits
/// between rows of parties.
final class SignatureFlowable: Flowable {
    let parties: [SignatureParty]
    let perRow: Int
    let width: Double
    let lineColor: RGBColor
    let spaceBefore: Double
    let spaceAfter: Double
    /// Fixed spacing, in points.
    private enum Metrics {
        static let rowGap = 18.0
        static let columnGap = 20.0
        /// Room above each writing line for a handwritten signature or date.
        static let signingSpace = 30.0
        static let dateSpace = 20.0
        static let labelGap = 2.0
    }
    let height: Double

    init(parties: [SignatureParty], perRow: Int, width: Double, lineColor: RGBColor,
         spaceBefore: Double, spaceAfter: Double) {
        self.parties = parties
        self.perRow = max(1, perRow)
        self.width = width
        self.lineColor = lineColor
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        let columns = max(1, perRow)
        let rows = stride(from: 0, to: parties.count, by: columns).map {
            Array(parties[$0..<min($0 + columns, parties.count)])
        }
        var total = 0.0
        for (index, row) in rows.enumerated() {
            if index > 0 { total += Metrics.rowGap }
            total += SignatureFlowable.rowHeight(row)
        }
        height = total
    }

    /// Where a row's parties put their lines: below the tallest role ("For the / employer"
    /// in large print) and the tallest printed name, so every party's name, signature and
    /// date lines sit level across the row.
    struct RowSpaces {
        var role: Double
        var name: Double

        init(_ row: [SignatureParty]) {
            role = row.map(\.role.height).max() ?? 0
            name = row.map { max(Metrics.signingSpace * 0.6, ($0.name?.height ?? 0) + 3) }.max() ?? 0
        }
    }

    static func rowHeight(_ row: [SignatureParty]) -> Double {
        let spaces = RowSpaces(row)
        let gap = Metrics.labelGap
        return row.map { party in
            spaces.role + 4 + spaces.name + gap + party.nameLabel.height
                + Metrics.signingSpace + gap + party.signatureLabel.height
                + Metrics.dateSpace + gap + party.dateLabel.height
        }.max() ?? 0
    }

    private var columnWidth: Double {
        (width - Metrics.columnGap * Double(perRow - 1)) / Double(perRow)
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? {
        guard height > pageHeight, parties.count > perRow else { return nil }
        // Split between rows of parties: take as many whole rows as fit.
        var rowsFitting = 0
        var used = 0.0
        var start = 0
        while start < parties.count {
            let row = Array(parties[start..<min(start + perRow, parties.count)])
            let rowHeight = SignatureFlowable.rowHeight(row)
            let next = used + (rowsFitting > 0 ? Metrics.rowGap : 0) + rowHeight
            if next > available { break }
            used = next
            rowsFitting += 1
            start += perRow
        }
        guard rowsFitting > 0, start < parties.count else { return nil }
        let make = { (parties: [SignatureParty]) in
            SignatureFlowable(parties: parties, perRow: self.perRow, width: self.width, lineColor: self.lineColor,
                              spaceBefore: self.spaceBefore, spaceAfter: self.spaceAfter)
        }
        return (make(Array(parties[..<start])), make(Array(parties[start...])))
    }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        var rowTop = y
        var start = 0
        while start < parties.count {
            let row = Array(parties[start..<min(start + perRow, parties.count)])
            var rowHeight = 0.0
            let spaces = RowSpaces(row)
            for (column, party) in row.enumerated() {
                let left = x + Double(column) * (columnWidth + Metrics.columnGap)
                rowHeight = max(rowHeight, drawParty(party, spaces: spaces, in: canvas, x: left, y: rowTop))
            }
            rowTop += rowHeight + Metrics.rowGap
            start += perRow
        }
    }

    /// Draws one party and returns the height used.
    private func drawParty(_ party: SignatureParty, spaces: RowSpaces, in canvas: CairoContext, x: Double, y: Double) -> Double {
        var top = y
        canvas.beginTag("Div")
        canvas.tagged("P") { party.role.draw(in: canvas, x: x, y: top) }
        top += spaces.role + 4
        // The printed name (if known) sits on the name line, so every party's
        // lines align whether or not a name was supplied.
        let nameSpace = spaces.name
        if let name = party.name {
            let nameTop = top + nameSpace - 3 - name.height
            canvas.tagged("P") { name.draw(in: canvas, x: x, y: nameTop) }
        }
        top = writingLine(label: party.nameLabel, in: canvas, x: x, top: top, space: nameSpace)
        top = writingLine(label: party.signatureLabel, in: canvas, x: x, top: top, space: Metrics.signingSpace)
        top = writingLine(label: party.dateLabel, in: canvas, x: x, top: top, space: Metrics.dateSpace)
        canvas.endTag("Div")
        return top - y
    }

    private func writingLine(label: TextLayout, in canvas: CairoContext, x: Double, top: Double,
                             space: Double) -> Double {
        let lineY = top + space
        canvas.strokeLine(x1: x, y1: lineY, x2: x + columnWidth, y2: lineY, width: 0.6, color: lineColor)
        canvas.tagged("P") { label.draw(in: canvas, x: x, y: lineY + Metrics.labelGap) }
        return lineY + Metrics.labelGap + label.height
    }
}
