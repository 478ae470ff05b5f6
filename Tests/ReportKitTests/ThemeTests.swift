import Foundation
import XCTest
@testable import ReportKit

/// Branding: large print and the logo in the running header.
final class ThemeTests: XCTestCase {
    func testLargePrintTheme() {
        let large = Theme.largePrint()
        XCTAssertEqual(large.bodySize, 16)
        XCTAssertGreaterThan(large.headingSize(level: 1), large.headingSize(level: 2))
        XCTAssertGreaterThan(large.headingSize(level: 3), large.bodySize)
        XCTAssertGreaterThan(large.lineSpacing, Theme.standard.lineSpacing)
        // Branding carries over.
        var brand = Theme.standard
        brand.accentColor = RGBColor(hex: "#7A1F4E")
        XCTAssertEqual(Theme.largePrint(from: brand).accentColor, brand.accentColor)
    }

    func testLargePrintTableStillFitsTheMargins() throws {
        var document = SampleDocuments.everyBlock(tableRows: 20)
        document.theme = .largePrint()
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "large-print.pdf")
        let boxes = try PDFTools.run("pdftotext", ["-bbox", url.path, "-"])
        for line in boxes.split(separator: "\n") where line.contains("<word") {
            guard let range = line.range(of: "xMax=\"") else { continue }
            let value = Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
            XCTAssertLessThanOrEqual(value, 595.276 - 50 + 0.5, "text overflows the margin: \(line)")
        }
        XCTAssertInOrder(try PDFTools.text(url), ["Week 1", "Week 20", "Total"])
    }

    func testLogoIsDrawnInTheHeaderOfEveryPage() throws {
        var document = try SampleDocuments.withLogo(tableRows: 40, name: "logo.png")
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "logo.pdf")
        let pages = try PDFTools.pageCount(url)
        let images = try PDFTools.run("pdfimages", ["-list", url.path]).split(separator: "\n").dropFirst(2)
        XCTAssertEqual(images.count, pages, "one logo per page")
        XCTAssertEqual(Set(images.map { $0.split(separator: " ", omittingEmptySubsequences: true)[10] }).count, 1,
                       "the image is embedded once and reused")
        XCTAssertTrue(try PDFTools.text(url, page: 1).contains("Northwind Facilities"))

        document.header?.logoPNG = "/nonexistent/logo.png"
        XCTAssertThrowsError(try PDFRenderer().render(document)) {
            XCTAssertEqual($0 as? ReportKitError, .unreadableLogo(path: "/nonexistent/logo.png", reason: "file not found"))
        }
        let notPNG = PDFTools.directory.appendingPathComponent("not-a-logo.png")
        try Data("plain text".utf8).write(to: notPNG)
        document.header?.logoPNG = notPNG.path
        XCTAssertThrowsError(try PDFRenderer().render(document)) {
            guard case .unreadableLogo(notPNG.path, _)? = $0 as? ReportKitError else { return XCTFail("\($0)") }
        }
    }

    /// Brand colours as people type them: with or without "#", three or six digits,
    /// spaces around; anything else is black rather than a failed document.
    func testHexColoursAreReadAsTyped() {
        XCTAssertEqual(RGBColor(hex: " #abc\t"), RGBColor(hex: "#AABBCC"))
        XCTAssertEqual(RGBColor(hex: "\t1F4E79 "), RGBColor(r: 0x1F / 255.0, g: 0x4E / 255.0, b: 0x79 / 255.0))
        XCTAssertEqual(RGBColor(hex: "#12345"), .black)
        XCTAssertEqual(RGBColor(hex: "blue"), .black)
    }
}
