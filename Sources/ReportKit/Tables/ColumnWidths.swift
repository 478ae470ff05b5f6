/// Table column widths: shared out by weight, then widened where a column
/// cannot hold its longest word, taking the room from columns with space to
/// spare. Without this a narrow column breaks words mid-way ("Wee / k",
/// "Ma / r") — worst in large print, where a 16 pt weekday outgrows its share.
enum ColumnWidths {
    /// `minimums` is each column's longest word plus padding. When even the
    /// minimums do not fit, the width is shared in proportion to them.
    static func fit(weights: [Double], minimums: [Double], width: Double) -> [Double] {
        let total = minimums.reduce(0, +)
        guard total < width else { return minimums.map { width * $0 / max(total, 1) } }
        var fixed = Set<Int>()
        while true {
            let free = weights.indices.filter { !fixed.contains($0) }
            let room = width - fixed.reduce(0) { $0 + minimums[$1] }
            let freeWeight = free.reduce(0) { $0 + weights[$1] }
            let widths = weights.indices.map { fixed.contains($0) ? minimums[$0] : room * weights[$0] / freeWeight }
            let short = free.filter { widths[$0] < minimums[$0] }
            if short.isEmpty { return widths }
            fixed.formUnion(short)
        }
    }

    /// The longest few words of each text by character count, the
    /// candidates for the widest; measuring every word would cost a layout each.
    static func longestWords(in texts: [String], count: Int = 3) -> [String] {
        let words = Set(texts.flatMap { TextRules.keepingNumbersWhole($0).split(whereSeparator: { $0 == " " || $0 == "\n" }) })
        return words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.prefix(count).map(String.init)
    }
}
