import Foundation

/// Fonts and colours a chart is drawn with, taken from the theme by `FlowBuilder`.
struct ChartStyle {
    var title: TextStyle
    /// Tick labels, category labels and legend entries.
    var label: TextStyle
    /// Axis titles.
    var axisTitle: TextStyle
    var axisColor: RGBColor
    var gridColor: RGBColor
    /// One colour per series, repeating when there are more series than colours.
    var seriesColors: [RGBColor]
    var background: RGBColor
}

/// A laid-out text label and where its top-left corner goes, relative to the
/// top-left of the chart's drawing area.
struct PlacedLabel {
    var text: TextLayout
    var x: Double
    var y: Double
}

/// A chart measured for a fixed width: every label laid out once and every
/// position fixed, so pagination only needs `height` and drawing only
/// reads positions.
///
/// The drawing area is, top to bottom: legend (only with several series),
/// plot, category labels, x-axis title, and the key when category labels are
/// numbered. Left of the plot sit the rotated y-axis title and the tick labels.
struct ChartLayout {
    let chart: Chart
    let style: ChartStyle
    let scale: ChartScale
    let title: TextLayout?
    let titleGap: Double
    let legend: [PlacedLabel]
    let ticks: [PlacedLabel]
    let tickValues: [Double]
    let categoryLabels: [PlacedLabel]
    /// The key below the chart, numbering the categories, when their labels do not fit
    /// under the bars; empty otherwise.
    let key: [PlacedLabel]
    let xTitle: PlacedLabel?
    /// Drawn rotated a quarter turn anticlockwise; `x`/`y` is where its baseline starts.
    let yTitle: PlacedLabel?
    let plotLeft: Double
    let plotRight: Double
    let plotTop: Double
    let plotBottom: Double
    let areaHeight: Double

    /// Height of the whole chart, title included.
    var height: Double { (title.map { $0.height + titleGap } ?? 0) + areaHeight }

    /// The colour of series `index`.
    func color(_ index: Int) -> RGBColor {
        style.seriesColors.isEmpty ? style.axisColor : style.seriesColors[index % style.seriesColors.count]
    }

    /// Horizontal centre of category `index`.
    func categoryCenter(_ index: Int) -> Double {
        plotLeft + slotWidth * (Double(index) + 0.5)
    }

    var slotWidth: Double { (plotRight - plotLeft) / Double(max(chart.categories.count, 1)) }

    /// Vertical position of `value` on the plot.
    func y(_ value: Double) -> Double {
        plotBottom - scale.fraction(value) * (plotBottom - plotTop)
    }

    static let legendSwatch = 18.0

    init(chart: Chart, style: ChartStyle, engine: TextEngine, width: Double) {
        self.chart = chart
        self.style = style
        let scale = ChartScale(covering: chart.plottedValues)
        self.scale = scale
        let gap = style.label.size * 0.5
        let baseHeight = max(chart.height, Chart.minimumHeight)
        title = chart.title.flatMap { $0.isEmpty ? nil : engine.layout($0, style: style.title, width: width) }
        titleGap = style.label.size * 0.6

        // Legend rows, wrapped to the width.
        var legend: [PlacedLabel] = []
        var legendHeight = 0.0
        if chart.series.count > 1 {
            var x = 0.0
            var rowTop = 0.0
            var rowHeight = 0.0
            for series in chart.series {
                let text = engine.layout(series.name, style: style.label, width: nil)
                let itemWidth = ChartLayout.legendSwatch + gap + text.naturalWidth
                if x > 0, x + itemWidth > width {
                    x = 0
                    rowTop += rowHeight + gap * 0.6
                }
                legend.append(PlacedLabel(text: text, x: x + ChartLayout.legendSwatch + gap, y: rowTop))
                rowHeight = max(rowHeight, text.height)
                x += itemWidth + gap * 3
            }
            legendHeight = rowTop + rowHeight + gap * 1.5
        }
        self.legend = legend

        // Tick labels decide the left edge of the plot.
        tickValues = scale.ticks
        let tickTexts = tickValues.map { engine.layout(scale.label($0), style: style.label, width: nil) }
        let tickWidth = tickTexts.map(\.naturalWidth).max() ?? 0
        let labelHeight = tickTexts.first?.height ?? style.label.size * 1.2
        // The rotated y title wraps rather than running past the plot's height.
        let yTitleText = chart.yLabel.flatMap {
            $0.isEmpty ? nil : engine.layout($0, style: style.axisTitle, width: baseHeight * 0.6)
        }
        let xTitleText = chart.xLabel.flatMap { $0.isEmpty ? nil : engine.layout($0, style: style.axisTitle, width: width) }
        let plotLeft = (yTitleText.map { $0.height + gap } ?? 0) + tickWidth + gap
        let plotRight = width - 1
        let slot = (plotRight - plotLeft) / Double(max(chart.categories.count, 1))

        // Category labels: in full under the bars when they fit; numbered, with a key
        // below the chart, when they do not (unless they count along and may be thinned).
        let fullTexts = chart.categories.map { engine.layout($0, style: style.label, width: nil) }
        let fits = (fullTexts.map(\.naturalWidth).max() ?? 0) + gap <= slot
        let keyed = !fits && !chart.thinnableLabels
        let key = keyed ? ChartKey.layout(chart.categories, style: style.label, engine: engine, width: width, gap: gap) : nil
        let keyArea = key.map { $0.height + gap } ?? 0
        let areaHeight = baseHeight + keyArea
        self.areaHeight = areaHeight
        let plotTop = legendHeight + labelHeight / 2
        let bottomArea = labelHeight + gap + (xTitleText.map { $0.height + gap } ?? 0) + keyArea
        let plotBottom = areaHeight - bottomArea
        (self.plotLeft, self.plotRight, self.plotTop, self.plotBottom) = (plotLeft, plotRight, plotTop, plotBottom)
        let plotHeight = plotBottom - plotTop
        ticks = zip(tickTexts, tickValues).map { text, value in
            let y = plotBottom - scale.fraction(value) * plotHeight
            return PlacedLabel(text: text, x: plotLeft - gap - text.naturalWidth, y: y - text.height / 2)
        }

        // Category labels (or their numbers), thinned only when they count along.
        let categoryTexts = keyed ? chart.categories.indices.map { engine.layout("\($0 + 1)", style: style.label, width: nil) } : fullTexts
        let widest = categoryTexts.map(\.naturalWidth).max() ?? 0
        let every = chart.thinnableLabels ? max(1, Int(((widest + gap) / slot).rounded(.up))) : 1
        var categoryLabels: [PlacedLabel] = []
        for (index, text) in categoryTexts.enumerated() where index % every == 0 {
            let center = plotLeft + slot * (Double(index) + 0.5)
            let x = min(max(center - text.naturalWidth / 2, 0), width - text.naturalWidth)
            categoryLabels.append(PlacedLabel(text: text, x: x, y: plotBottom + gap * 0.6))
        }
        self.categoryLabels = categoryLabels
        let keyTop = areaHeight - (key?.height ?? 0)
        self.key = key?.entries.map { PlacedLabel(text: $0.text, x: $0.x, y: keyTop + $0.y) } ?? []
        xTitle = xTitleText.map { text in
            let x = plotLeft + ((plotRight - plotLeft) - text.naturalWidth) / 2
            return PlacedLabel(text: text, x: max(x, 0), y: areaHeight - keyArea - text.height)
        }
        yTitle = yTitleText.map { text in
            let length = text.naturalWidth
            return PlacedLabel(text: text, x: 0, y: plotTop + (plotHeight + length) / 2)
        }
    }
}
