import Foundation
import XCTest
@testable import ReportKit

/// Charts: axis arithmetic, validation, tagging with alternative text, and
/// being kept whole on a page.
final class ChartTests: XCTestCase {
    static let weeks = (1...8).map { "Wk \($0)" }
    static let hoursChart = Chart(
        kind: .line, title: "Hours per week", categories: weeks,
        series: [ChartSeries(name: "Planned", values: [8, 12, 16, 20, 24, 28, 32, 37.5]),
                 ChartSeries(name: "Actual", values: [8, 10, nil, 18, 24, 26, nil, nil])],
        yLabel: "Hours", xLabel: "Week", altText: "Planned hours rise from 8 to 37.5; actual hours reach 26 by week 6.")

    func testScaleUsesNiceRoundTicksAndIncludesZero() {
        let hours = ChartScale(covering: [8, 37.5])
        XCTAssertEqual(hours.ticks, [0, 10, 20, 30, 40])
        XCTAssertEqual(hours.label(30), "30")
        let small = ChartScale(covering: [1, 7])
        XCTAssertEqual(small.ticks, [0, 2, 4, 6, 8])
        let negative = ChartScale(covering: [-2, 6])
        XCTAssertEqual(negative.minimum, -2)
        XCTAssertEqual(negative.maximum, 6)
        let quarters = ChartScale(covering: [0, 9.5])
        XCTAssertEqual(quarters.step, 2.5)
        XCTAssertEqual(quarters.label(7.5), "7.5")
        XCTAssertEqual(quarters.label(10), "10.0")
        let flat = ChartScale(covering: [])
        XCTAssertEqual(flat.ticks.first, 0)
        XCTAssertGreaterThan(flat.maximum, 0)
        XCTAssertEqual(ChartScale.niceStep(0.03), 0.05)
        XCTAssertEqual(ChartScale.niceStep(120), 200)
    }

    func testInvalidChartsGiveTypedErrors() {
        func render(_ chart: Chart) throws {
            _ = try PDFRenderer().render(ReportDocument(metadata: SampleDocuments.metadata,
                                                       footer: SampleDocuments.footer, blocks: [.chart(chart)]))
        }
        var chart = ChartTests.hoursChart
        chart.altText = "  "
        XCTAssertThrowsError(try render(chart)) { XCTAssertEqual($0 as? ReportKitError, .chartWithoutAltText) }
        chart = ChartTests.hoursChart
        chart.series[1].values.removeLast()
        XCTAssertThrowsError(try render(chart)) {
            XCTAssertEqual($0 as? ReportKitError, .chartValueCount(series: "Actual", expected: 8, actual: 7))
            XCTAssertEqual("\($0)", "chart series \"Actual\" has 7 values but the chart has 8 categories")
        }
        chart = ChartTests.hoursChart
        chart.series = []
        XCTAssertThrowsError(try render(chart)) { XCTAssertEqual($0 as? ReportKitError, .chartWithoutSeries) }
        chart = ChartTests.hoursChart
        chart.categories = []
        chart.series = [ChartSeries(name: "x", values: [])]
        XCTAssertThrowsError(try render(chart)) { XCTAssertEqual($0 as? ReportKitError, .chartWithoutCategories) }
    }

    func testChartsAreFiguresWithAlternativeTextInAValidFile() throws {
        var bars = ChartTests.hoursChart
        bars.kind = .groupedBar
        bars.altText = "Grouped bars: planned and actual hours, ‘quoted’ (and bracketed) \\ text."
        let document = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [.heading(level: 1, text: "Review"), .chart(ChartTests.hoursChart), .chart(bars)])
        let bytes = try PDFRenderer().render(document)
        let raw = String(decoding: bytes, as: UTF8.self)
        for chart in [ChartTests.hoursChart, bars] {
            let alt = String(decoding: PDFPatch.textString(chart.altText), as: UTF8.self)
            XCTAssertTrue(raw.contains("/S /Figure\n   /Alt \(alt)\n"), "alt text missing: \(chart.altText)")
        }
        try assertCrossReferencesValid(bytes)
        let url = try PDFTools.write(bytes, name: "charts.pdf")
        XCTAssertEqual(try PDFTools.info(url)["Tagged"], "yes")
        let structure = try PDFTools.run("pdfinfo", ["-struct-text", url.path])
        XCTAssertInOrder(structure, ["Figure", "Caption", "Hours per week", "Figure", "Caption", "Hours per week"])
        // Axis labels, ticks and legend are real text.
        let text = try PDFTools.text(url)
        XCTAssertInOrder(text, ["Hours per week", "Planned", "Actual", "40", "30", "20", "10", "0", "Wk 1", "Wk 8",
                                "Week"])
        XCTAssertEqual(try PDFRenderer().render(document), bytes, "renders are byte-identical")
    }

    func testChartIsNeverSplitAcrossPages() throws {
        let filler = (1...40).map { "Line \($0) of the text before the chart." }.joined(separator: "\n")
        var chart = ChartTests.hoursChart
        chart.height = 260
        let document = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [.paragraph(RichText(filler)), .chart(chart)])
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "chart-whole.pdf")
        XCTAssertEqual(try PDFTools.pageCount(url), 2)
        let second = try PDFTools.text(url, page: 2)
        XCTAssertInOrder(second, ["Hours per week", "40", "Wk 1", "Wk 8", "Week"])
        XCTAssertFalse(try PDFTools.text(url, page: 1).contains("Hours per week"))
    }

    /// Every in-use cross-reference entry must point at its object, or
    /// readers fall back to reconstructing the file (and some refuse it).
    private func assertCrossReferencesValid(_ pdf: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
        let text = String(decoding: pdf, as: UTF8.self)
        let tail = try XCTUnwrap(text.range(of: "startxref\n", options: .backwards))
        let offset = try XCTUnwrap(Int(text[tail.upperBound...].prefix { $0 != "\n" }))
        let table = String(decoding: pdf[offset...], as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(table.first, "xref", file: file, line: line)
        let count = try XCTUnwrap(Int(table[1].split(separator: " ")[1]))
        for index in 1..<count {
            let entry = table[2 + index]
            guard entry.hasSuffix("n ") || entry.hasSuffix("n") else { continue }
            let position = try XCTUnwrap(Int(entry.prefix(10)))
            let object = String(decoding: pdf[position..<min(position + 20, pdf.count)], as: UTF8.self)
            XCTAssertTrue(object.hasPrefix("\(index) 0 obj"), "object \(index) not at \(position)", file: file, line: line)
        }
    }
}
