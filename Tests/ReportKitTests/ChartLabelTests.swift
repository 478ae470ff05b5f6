import Foundation
import XCTest
@testable import ReportKit

/// Every category label of a bar chart reaches the page, whatever its length and however
/// many there are: under the bars when they fit, otherwise numbered with a key. Checked
/// in the PDF's own text, as a reader copying it or a screen reader would get it.
final class ChartLabelTests: XCTestCase {
    static let longNames = [
        "Community mental health team", "Occupational health service", "Employer's own referral scheme",
        "Improving Access to Psychological Therapies", "General practitioner (fit note)", "Jobcentre Plus work coach",
        "Musculoskeletal physiotherapy", "Voluntary and community sector", "Private medical insurer",
        "Acute hospital discharge team", "Citizens Advice money and debt", "Trade union representative",
        "Self-referral through the website", "Cancer nurse specialist", "Pain management programme",
    ]

    private func render(_ charts: [Chart], name: String) throws -> String {
        let blocks = charts.map { Block.chart($0) }
        let pdf = try PDFTools.write(try PDFRenderer().render(ReportDocument(metadata: SampleDocuments.metadata,
                                                                             footer: SampleDocuments.footer, blocks: blocks)),
                                     name: name)
        // Without -layout: each label is one run of text, whatever sits beside it.
        return try PDFTools.text(pdf, layout: false).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func chart(_ categories: [String], kind: ChartKind = .bar) -> Chart {
        let series = kind == .groupedBar ? 2 : 1
        return Chart(kind: kind, title: "Clients by source", categories: categories,
                     series: (0..<series).map { index in
                         ChartSeries(name: "Series \(index + 1)", values: categories.indices.map { Double(($0 * 7 + index * 3) % 11 + 1) })
                     },
                     yLabel: "Clients", altText: "Clients by source.", height: 160)
    }

    func testEveryLongLabelOfThreeToFifteenCategoriesIsInThePDFText() throws {
        for count in 3...15 {
            let names = Array(Self.longNames.prefix(count))
            let text = try render([chart(names), chart(names.reversed(), kind: .groupedBar)], name: "labels-\(count).pdf")
            for name in names {
                XCTAssertTrue(text.contains(name), "\(count) categories: \"\(name)\" is missing from the PDF text")
            }
        }
    }

    func testShortLabelsThatFitSitUnderTheBarsAndOthersAreKeyed() {
        let engine = TextEngine()
        let style = FlowBuilder(engine: engine, theme: .standard).chartStyle()
        let short = ChartLayout(chart: chart(["Self", "GP", "Employer"]), style: style, engine: engine, width: 450)
        XCTAssertEqual(short.categoryLabels.count, 3)
        XCTAssertTrue(short.key.isEmpty)
        let long = ChartLayout(chart: chart(Self.longNames), style: style, engine: engine, width: 450)
        XCTAssertEqual(long.categoryLabels.count, 15, "every bar is numbered")
        XCTAssertEqual(long.key.count, 15, "every label is in the key")
        XCTAssertGreaterThan(long.height, short.height, "the key adds to the chart's height, not to its overlap")
        // Many short labels: still every one, numbered.
        let many = ChartLayout(chart: chart((1...40).map { "Site \($0)" }), style: style, engine: engine, width: 450)
        XCTAssertEqual(many.key.count, 40)
        XCTAssertEqual(many.categoryLabels.count, 40)
    }

    func testLabelsThatCountAlongMayStillBeThinned() {
        var weeks = chart((1...52).map { "Wk \($0)" })
        weeks.thinnableLabels = true
        let layout = ChartLayout(chart: weeks, style: FlowBuilder(engine: TextEngine(), theme: .standard).chartStyle(), engine: TextEngine(), width: 450)
        XCTAssertLessThan(layout.categoryLabels.count, 52)
        XCTAssertTrue(layout.key.isEmpty)
    }

    func testKeyEntriesDoNotOverlap() {
        let layout = ChartLayout(chart: chart(Self.longNames), style: FlowBuilder(engine: TextEngine(), theme: .standard).chartStyle(),
                                 engine: TextEngine(), width: 450)
        for (index, entry) in layout.key.enumerated() {
            XCTAssertLessThanOrEqual(entry.x + entry.text.naturalWidth, 450.5, "entry \(index + 1) runs past the chart")
            for other in layout.key[(index + 1)...] {
                let apart = entry.x + entry.text.naturalWidth <= other.x || other.x + other.text.naturalWidth <= entry.x
                    || entry.y + entry.text.height <= other.y || other.y + other.text.height <= entry.y
                XCTAssertTrue(apart, "key entries overlap")
            }
        }
    }
}
