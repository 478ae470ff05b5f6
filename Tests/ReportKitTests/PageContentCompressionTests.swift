import Foundation
import XCTest
@testable import ReportKit

/// With page content left uncompressed by cairo (`PageContentCompression`), ReportKit
/// compresses what cairo left and the file is the same, byte for byte: text, tables,
/// a logo image, charts and fonts from several scripts.
final class PageContentCompressionTests: XCTestCase {
    func testTheSwitchChangesNoByte() throws {
        let withLogo = try SampleDocuments.withLogo(tableRows: 40, name: "compression-logo.png")
        var charts = SampleDocuments.everyBlock(tableRows: 2)
        charts.blocks = [.chart(ChartTests.hoursChart)] + ScriptsTests.document.blocks
        let documents = [withLogo, charts]

        let compressedByCairo = try documents.map { try PDFRenderer().render($0) }
        PageContentCompression.leaveToReportKit()
        defer { unsetenv("CAIRO_DEBUG_PDF") }
        let compressedByReportKit = try documents.map { try PDFRenderer().render($0) }
        for (index, bytes) in compressedByReportKit.enumerated() {
            XCTAssertEqual(bytes.count, compressedByCairo[index].count, "document \(index): size differs")
            XCTAssertTrue(bytes == compressedByCairo[index], "document \(index): bytes differ")
        }
        // And the switch did take effect: cairo left the content for ReportKit.
        let surface = try PDFSurface(pageSize: .a4)
        let canvas = try CairoContext(surface: surface)
        canvas.showPage()
        let raw = try surface.finish()
        XCTAssertNotNil(PDFPatch.firstOccurrence(of: Array(" 0 R\n>>\nstream\n".utf8), in: raw), "cairo still compressed")
    }
}
