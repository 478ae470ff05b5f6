import Foundation
import XCTest
@testable import ReportKit

/// PNG output: one image per page, the PDF's own layout, the size the resolution asks for.
final class PNGRendererTests: XCTestCase {
    private func size(ofPNG bytes: [UInt8]) -> (width: Int, height: Int) {
        func word(_ offset: Int) -> Int { bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    func testOnePNGPerPageAtTheRequestedResolution() throws {
        let document = SampleDocuments.everyBlock(tableRows: 30)
        let pngs = try PNGRenderer().render(document)
        let pdf = try PDFTools.write(try PDFRenderer().render(document), name: "png-pages.pdf")
        XCTAssertEqual(pngs.count, try PDFTools.pageCount(pdf))
        for png in pngs {
            XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            XCTAssertEqual(size(ofPNG: png).width, 794)  // 595.276 pt at 96 dpi
            XCTAssertEqual(size(ofPNG: png).height, 1123)
        }
        var letter = document
        letter.pageSize = .letter
        let small = try XCTUnwrap(try PNGRenderer().render(letter, resolution: 36).first)
        XCTAssertEqual(size(ofPNG: small).width, 306)
        XCTAssertEqual(size(ofPNG: small).height, 396)
    }

    func testPNGMatchesThePDFRasterisedByPoppler() throws {
        let document = SampleDocuments.everyBlock()
        let pdf = try PDFTools.write(try PDFRenderer().render(document), name: "png-vs-pdf.pdf")
        let prefix = PDFTools.directory.appendingPathComponent("poppler-page").path
        _ = try PDFTools.run("pdftoppm", ["-png", "-gray", "-r", "40", "-f", "1", "-l", "1", pdf.path, prefix])
        let poppler = try GoldenImage(pngFile: prefix + "-1.png")
        let ours = GoldenImage(surface: try PNGRenderer().rasters(document, resolution: 40)[0])
        let difference = try XCTUnwrap(ours.difference(from: poppler), "sizes differ")
        // Different rasterisers anti-alias differently, but every block is in the same place.
        XCTAssertLessThan(difference.mean, 8, "\(difference)")
        XCTAssertLessThan(difference.worstTile, 70, "\(difference)")
    }

    func testBadResolutionIsATypedError() {
        XCTAssertThrowsError(try PNGRenderer().render(SampleDocuments.everyBlock(), resolution: 0)) {
            XCTAssertEqual($0 as? ReportKitError, .invalidResolution(0))
        }
    }
}
