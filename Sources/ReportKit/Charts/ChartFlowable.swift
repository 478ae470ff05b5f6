import Foundation

/// A chart on the page: never split (half a chart misleads), tagged as a
/// Figure whose alternative text says what it shows.
final class ChartFlowable: Flowable {
    let layout: ChartLayout
    let spaceBefore: Double
    let spaceAfter: Double
    let height: Double

    /// Dash patterns per series, so lines differ without colour too.
    private static let dashes: [[Double]] = [[], [5, 3], [1.5, 2.5], [7, 2, 1.5, 2]]

    init(layout: ChartLayout, spaceBefore: Double, spaceAfter: Double) {
        self.layout = layout
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        height = layout.height
    }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? { nil }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        canvas.beginFigure(altText: layout.chart.altText)
        var top = y
        if let title = layout.title {
            canvas.tagged("Caption") { title.draw(in: canvas, x: x, y: top) }
            top += title.height + layout.titleGap
        }
        drawGrid(in: canvas, x: x, y: top)
        switch layout.chart.kind {
        case .bar, .groupedBar: drawBars(in: canvas, x: x, y: top)
        case .line: drawLines(in: canvas, x: x, y: top)
        }
        drawAxes(in: canvas, x: x, y: top)
        drawLegend(in: canvas, x: x, y: top)
        canvas.endTag("Figure")
    }

    private func drawGrid(in canvas: CairoContext, x: Double, y: Double) {
        let style = layout.style
        for (label, value) in zip(layout.ticks, layout.tickValues) {
            let lineY = y + layout.y(value)
            if value != 0 {
                canvas.strokeLine(x1: x + layout.plotLeft, y1: lineY, x2: x + layout.plotRight, y2: lineY,
                                  width: 0.4, color: style.gridColor)
            }
            label.text.draw(in: canvas, x: x + label.x, y: y + label.y)
        }
    }

    private func drawAxes(in canvas: CairoContext, x: Double, y: Double) {
        let style = layout.style
        let left = x + layout.plotLeft
        canvas.strokeLine(x1: left, y1: y + layout.plotTop, x2: left, y2: y + layout.plotBottom,
                          width: 0.8, color: style.axisColor)
        // The zero line is the baseline bars grow from, even with negative values.
        let zeroY = y + layout.y(max(layout.scale.minimum, min(0, layout.scale.maximum)))
        canvas.strokeLine(x1: left, y1: zeroY, x2: x + layout.plotRight, y2: zeroY, width: 0.8, color: style.axisColor)
        for label in layout.categoryLabels + layout.key {
            label.text.draw(in: canvas, x: x + label.x, y: y + label.y)
        }
        if let title = layout.xTitle {
            title.text.draw(in: canvas, x: x + title.x, y: y + title.y)
        }
        if let title = layout.yTitle {
            canvas.transformed(x: x + title.x, y: y + title.y, angle: -Double.pi / 2) {
                title.text.draw(in: canvas, x: 0, y: 0)
            }
        }
    }

    private func drawBars(in canvas: CairoContext, x: Double, y: Double) {
        let series = layout.chart.series
        let group = layout.slotWidth * (series.count > 1 ? 0.8 : 0.64)
        let gap = series.count > 1 ? min(1.0, group * 0.04) : 0
        let barWidth = (group - gap * Double(series.count - 1)) / Double(series.count)
        let zero = layout.y(max(layout.scale.minimum, min(0, layout.scale.maximum)))
        for (index, item) in series.enumerated() {
            let color = layout.color(index)
            for (category, value) in item.values.enumerated() {
                guard let value, value.isFinite, value != 0 else { continue }
                let left = layout.categoryCenter(category) - group / 2 + Double(index) * (barWidth + gap)
                let valueY = layout.y(value)
                canvas.fillRect(x: x + left, y: y + min(valueY, zero), width: barWidth, height: abs(zero - valueY),
                                color: color)
            }
        }
    }

    private func drawLines(in canvas: CairoContext, x: Double, y: Double) {
        let categories = layout.chart.categories.count
        let radius = categories > 30 ? 1.6 : 2.4
        for (index, item) in layout.chart.series.enumerated() {
            let color = layout.color(index)
            let dash = ChartFlowable.dashes[index % ChartFlowable.dashes.count]
            let points: [Point?] = item.values.enumerated().map { category, value in
                guard let value, value.isFinite else { return nil }
                return Point(x: x + layout.categoryCenter(category), y: y + layout.y(value))
            }
            // A missing value breaks the line: each run of known values is drawn on its own.
            var run: [Point] = []
            for point in points + [nil] {
                if let point {
                    run.append(point)
                } else {
                    canvas.strokePolyline(run, width: 1.6, color: color, dash: dash)
                    run.removeAll()
                }
            }
            for point in points.compactMap({ $0 }) {
                ChartMarker.draw(shape: index, at: point, radius: radius, color: color,
                                 background: layout.style.background, in: canvas)
            }
        }
    }

    private func drawLegend(in canvas: CairoContext, x: Double, y: Double) {
        let swatch = ChartLayout.legendSwatch
        for (index, entry) in layout.legend.enumerated() {
            let color = layout.color(index)
            let left = x + entry.x - swatch - layout.style.label.size * 0.5
            let middle = y + entry.y + entry.text.height / 2
            if layout.chart.kind == .line {
                let dash = ChartFlowable.dashes[index % ChartFlowable.dashes.count]
                canvas.strokePolyline([Point(x: left, y: middle), Point(x: left + swatch, y: middle)], width: 1.6,
                                      color: color, dash: dash)
                ChartMarker.draw(shape: index, at: Point(x: left + swatch / 2, y: middle), radius: 2.4, color: color,
                                 background: layout.style.background, in: canvas)
            } else {
                let side = min(swatch * 0.55, entry.text.height * 0.8)
                canvas.fillRect(x: left + swatch - side, y: middle - side / 2, width: side, height: side,
                                color: color)
            }
            entry.text.draw(in: canvas, x: x + entry.x, y: y + entry.y)
        }
    }
}

/// Point markers for line charts: a different shape per series (circle,
/// square, diamond, triangle) so series stay apart in black and white.
enum ChartMarker {
    static func draw(shape index: Int, at point: Point, radius r: Double, color: RGBColor, background: RGBColor,
                     in canvas: CairoContext) {
        let (x, y) = (point.x, point.y)
        switch index % 4 {
        case 0:
            canvas.fillCircle(center: point, radius: r, color: color, outline: background, outlineWidth: 0.6)
        case 1:
            canvas.fillPolygon([Point(x: x - r, y: y - r), Point(x: x + r, y: y - r), Point(x: x + r, y: y + r),
                                Point(x: x - r, y: y + r)], color: color, outline: background, outlineWidth: 0.6)
        case 2:
            let d = r * 1.35
            canvas.fillPolygon([Point(x: x, y: y - d), Point(x: x + d, y: y), Point(x: x, y: y + d),
                                Point(x: x - d, y: y)], color: color, outline: background, outlineWidth: 0.6)
        default:
            let d = r * 1.3
            canvas.fillPolygon([Point(x: x, y: y - d), Point(x: x + d, y: y + d * 0.75),
                                Point(x: x - d, y: y + d * 0.75)], color: color, outline: background, outlineWidth: 0.6)
        }
    }
}
