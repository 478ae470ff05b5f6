import Foundation

/// What kind of chart to draw.
public enum ChartKind: Sendable, Equatable {
    /// One bar per category. Meant for a single series; with several series
    /// the bars stand side by side, as in `groupedBar`.
    case bar
    /// One bar per series within each category (e.g. planned and actual hours per week).
    case groupedBar
    /// One line per series through the category positions; a missing value
    /// (nil) leaves a gap rather than inventing a point.
    case line
}

/// A named series of values, one per category; nil marks a missing value.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}

/// A chart drawn as vectors, kept whole on one page and tagged as a Figure.
///
/// Colours come from the theme: the first series uses the accent colour and
/// further series the theme's chart palette. Lines also differ in dash and
/// marker shape, so a chart still reads in black-and-white print.
public struct Chart: Sendable {
    public var kind: ChartKind
    /// Shown above the chart.
    public var title: RichText?
    /// The x-axis labels. Every label is drawn: when they do not fit side by side the
    /// bars are numbered and a key below the chart gives each number's label in full.
    /// Only labels that count along an axis (`thinnableLabels`) are thinned instead.
    public var categories: [String]
    public var series: [ChartSeries]
    /// Vertical axis title, e.g. "Hours per week".
    public var yLabel: String?
    public var xLabel: String?
    /// What the chart shows, for readers who cannot see it; required because
    /// a figure without it is silent to a screen reader.
    public var altText: String
    /// Height of the drawing area (axes, labels and legend) in points,
    /// not counting the title.
    public var height: Double
    /// True when the categories count along (week 1, 2, 3 …), so that a reader can tell
    /// a missing label from its neighbours: such labels are thinned to every second,
    /// third … when they do not fit, as axis ticks are. Named categories never are.
    public var thinnableLabels: Bool

    public init(
        kind: ChartKind,
        title: RichText? = nil,
        categories: [String],
        series: [ChartSeries],
        yLabel: String? = nil,
        xLabel: String? = nil,
        altText: String,
        height: Double = 180,
        thinnableLabels: Bool = false
    ) {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.yLabel = yLabel
        self.xLabel = xLabel
        self.altText = altText
        self.height = height
        self.thinnableLabels = thinnableLabels
    }

    /// The smallest drawing area that still leaves room for a plot.
    static let minimumHeight = 90.0

    /// Throws when the chart cannot be drawn faithfully.
    func validate() throws(ReportKitError) {
        guard !categories.isEmpty else { throw .chartWithoutCategories }
        guard !series.isEmpty else { throw .chartWithoutSeries }
        guard !altText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .chartWithoutAltText
        }
        for item in series where item.values.count != categories.count {
            throw .chartValueCount(series: item.name, expected: categories.count, actual: item.values.count)
        }
    }

    /// Every value that can be plotted (missing and non-finite values left out).
    var plottedValues: [Double] {
        series.flatMap { $0.values.compactMap { $0 }.filter(\.isFinite) }
    }
}
