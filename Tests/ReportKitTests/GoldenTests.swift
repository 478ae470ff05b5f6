import Foundation
import XCTest
@testable import ReportKit

/// Fixed sample documents compared with committed goldens: the text
/// poppler extracts (`pdftotext -layout`), and every page rastered in
/// grayscale at 40 dpi by `PNGRenderer`.
///
/// Regenerate on purpose, after checking the new pages by eye:
///
///     VR_DOCS_UPDATE_GOLDENS=1 swift test --filter GoldenTests
final class GoldenTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static let updating = ProcessInfo.processInfo.environment["VR_DOCS_UPDATE_GOLDENS"] == "1"
    static let resolution = 40.0
    /// Hinting and anti-aliasing noise stays far below both; a block moved
    /// by a few points or a rewrapped line exceeds them.
    static let meanTolerance = 0.5
    static let tileTolerance = 12.0

    static var samples: [(name: String, document: ReportDocument)] {
        var largePrint = SampleDocuments.everyBlock(tableRows: 8)
        largePrint.theme = .largePrint()
        var charts = ReportDocument(
            metadata: SampleDocuments.metadata, pageSize: .letter,
            header: RunningHeader(left: "Northwind Facilities", right: "Progress review"),
            footer: SampleDocuments.footer,
            blocks: [
                .heading(level: 1, text: "Progress review"),
                .chart(ChartTests.hoursChart),
                .chart(Chart(kind: .groupedBar, title: "Days worked", categories: ChartTests.weeks,
                             series: [ChartSeries(name: "Planned", values: [3, 3, 4, 4, 4, 5, 5, 5]),
                                      ChartSeries(name: "Actual", values: [3, 2, 4, 4, nil, 5, 4, nil]),
                                      ChartSeries(name: "Sick days", values: [0, 1, 0, 0, 1, 0, 1, 0])],
                             yLabel: "Days", altText: "Days worked per week against the plan.", height: 160)),
                .chart(Chart(kind: .bar, categories: (1...52).map { "Wk \($0)" },
                             series: [ChartSeries(name: "Change", values: (1...52).map { Double($0 % 9) - 2.5 })],
                             yLabel: "Change in hours", altText: "Weekly change in hours over a year.", height: 140,
                             thinnableLabels: true)),
            ])
        charts.metadata.title = "Progress review"
        return [("every-block", SampleDocuments.everyBlock(tableRows: 30)), ("large-print", largePrint),
                ("charts", charts)]
    }

    func testDocumentsMatchTheirGoldens() throws {
        for (name, document) in GoldenTests.samples {
            let pdf = try PDFTools.write(try PDFRenderer().render(document), name: "golden-\(name).pdf")
            let text = try PDFTools.text(pdf)
            let pages = try PNGRenderer().rasters(document, resolution: GoldenTests.resolution).map(GoldenImage.init)
            XCTAssertEqual(pages.count, try PDFTools.pageCount(pdf), "\(name): PNG and PDF page counts differ")
            if GoldenTests.updating {
                try write(name: name, text: text, pages: pages)
            } else {
                try compare(name: name, text: text, pages: pages)
            }
        }
    }

    /// The comparison itself must catch a block moved by a few points.
    func testComparisonCatchesAMovedBlock() throws {
        let original = SampleDocuments.everyBlock()
        var moved = original
        moved.blocks.insert(.spacer(6), at: 3)
        let before = try PNGRenderer().rasters(original, resolution: GoldenTests.resolution).map(GoldenImage.init)
        let after = try PNGRenderer().rasters(moved, resolution: GoldenTests.resolution).map(GoldenImage.init)
        let again = try PNGRenderer().rasters(original, resolution: GoldenTests.resolution).map(GoldenImage.init)
        let change = try XCTUnwrap(before[0].difference(from: after[0]))
        XCTAssertGreaterThan(change.worstTile, GoldenTests.tileTolerance, "\(change)")
        let same = try XCTUnwrap(before[0].difference(from: again[0]))
        XCTAssertEqual(same.mean, 0, "rendering is deterministic")
    }

    private func path(_ name: String, page: Int? = nil) -> URL {
        GoldenTests.directory.appendingPathComponent(page.map { "\(name)-p\($0).png" } ?? "\(name).txt")
    }

    private func write(name: String, text: String, pages: [GoldenImage]) throws {
        try FileManager.default.createDirectory(at: GoldenTests.directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: path(name))
        let stale = try FileManager.default.contentsOfDirectory(atPath: GoldenTests.directory.path)
            .filter { $0.hasPrefix("\(name)-p") && $0.hasSuffix(".png") }
        for file in stale { try FileManager.default.removeItem(at: GoldenTests.directory.appendingPathComponent(file)) }
        for (index, page) in pages.enumerated() {
            try Data(try page.pngData()).write(to: path(name, page: index + 1))
        }
        print("GoldenTests: wrote \(name).txt and \(pages.count) page image(s) to \(GoldenTests.directory.path)")
    }

    private func compare(name: String, text: String, pages: [GoldenImage]) throws {
        let hint = "(if the change is intended: VR_DOCS_UPDATE_GOLDENS=1 swift test --filter GoldenTests)"
        let expectedText = try String(contentsOf: path(name), encoding: .utf8)
        if expectedText != text {
            let got = try PDFTools.write(Array(text.utf8), name: "golden-\(name).txt")
            XCTFail("\(name): extracted text differs from \(path(name).path); got \(got.path) \(hint)")
        }
        for (index, page) in pages.enumerated() {
            let file = path(name, page: index + 1)
            guard FileManager.default.fileExists(atPath: file.path) else {
                XCTFail("\(name): page \(index + 1) has no golden \(hint)")
                continue
            }
            let expected = try GoldenImage(pngFile: file.path)
            guard let difference = page.difference(from: expected) else {
                XCTFail("\(name) page \(index + 1): size \(page.width)x\(page.height) differs from the golden \(hint)")
                continue
            }
            if difference.mean > GoldenTests.meanTolerance || difference.worstTile > GoldenTests.tileTolerance {
                let got = try PDFTools.write(try page.pngData(), name: "golden-\(name)-p\(index + 1).png")
                XCTFail("\(name) page \(index + 1) differs from \(file.lastPathComponent): \(difference); got \(got.path) \(hint)")
            }
        }
        let extra = FileManager.default.fileExists(atPath: path(name, page: pages.count + 1).path)
        XCTAssertFalse(extra, "\(name): the golden has more pages than the \(pages.count) rendered \(hint)")
    }
}
