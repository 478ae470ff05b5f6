import Foundation

/// The key under a chart whose category labels are too long to sit under the bars: the
/// bars are numbered and the key gives each number its label in full, in as many
/// columns as the widest entry allows, numbered down each column. A label is never
/// dropped or cut; an entry wider than the chart wraps.
struct ChartKey {
    /// Each entry laid out, positioned relative to the key's top-left corner.
    var entries: [(text: TextLayout, x: Double, y: Double)]
    var height: Double

    static func layout(_ labels: [String], style: TextStyle, engine: TextEngine, width: Double, gap: Double) -> ChartKey {
        let texts = labels.enumerated().map { "\($0.offset + 1)\u{2002}\($0.element)" }
        let natural = texts.map { engine.layout($0, style: style, width: nil) }
        let columnGap = gap * 3
        let widest = natural.map(\.naturalWidth).max() ?? 0
        let columns = max(1, min(labels.count, Int((width + columnGap) / (widest + columnGap))))
        let columnWidth = columns == 1 ? width : (width + columnGap) / Double(columns) - columnGap
        let laidOut = columns == 1 ? texts.map { engine.layout($0, style: style, width: width) } : natural
        let rows = (labels.count + columns - 1) / columns
        var rowHeights = Array(repeating: 0.0, count: rows)
        for (index, text) in laidOut.enumerated() { rowHeights[index % rows] = max(rowHeights[index % rows], text.height) }
        var rowTops: [Double] = []
        var top = 0.0
        for height in rowHeights {
            rowTops.append(top)
            top += height + gap * 0.3
        }
        let entries = laidOut.enumerated().map { index, text in
            (text: text, x: Double(index / rows) * (columnWidth + columnGap), y: rowTops[index % rows])
        }
        return ChartKey(entries: entries, height: max(0, top - gap * 0.3))
    }
}
