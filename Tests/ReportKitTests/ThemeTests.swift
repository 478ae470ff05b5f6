import Foundation
import XCTest
@testable import ReportKit

/// Branding: theme files, large print and the logo in the running header.
final class ThemeTests: XCTestCase {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates/themes")

    func testDefaultThemeFileMatchesTheBuiltInTheme() throws {
        let file = try ThemeFile.load(contentsOf: ThemeTests.themes.appendingPathComponent("default.yaml"))
        let standard = Theme.standard
        XCTAssertEqual(file.theme.bodyFont, standard.bodyFont)
        XCTAssertEqual(file.theme.bodySize, standard.bodySize)
        XCTAssertEqual(file.theme.headingSizes, standard.headingSizes)
        XCTAssertEqual(file.theme.accentColor, standard.accentColor)
        XCTAssertEqual(file.theme.tableHeaderFill, standard.tableHeaderFill)
        XCTAssertEqual(file.theme.chartPalette, standard.chartPalette)
        XCTAssertEqual(file.pageSize, .a4)
    }

    func testLargePrintFileAndTheme() throws {
        let file = try ThemeFile.load(contentsOf: ThemeTests.themes.appendingPathComponent("large-print.yaml"))
        XCTAssertGreaterThanOrEqual(file.theme.bodySize, 16)
        XCTAssertGreaterThanOrEqual(file.theme.smallSize, 14)
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

    func testThemeFileErrorsNameTheLine() {
        XCTAssertThrowsError(try ThemeFile.parse(text: "body_size: 10\naccent_colour: \"#FFF\"")) {
            guard case let .themeFile(_, line, message) = $0 as? ReportKitError else { return XCTFail("\($0)") }
            XCTAssertEqual(line, 2)
            XCTAssertTrue(message.contains("unknown key \"accent_colour\""))
        }
        XCTAssertThrowsError(try ThemeFile.parse(text: "accent_color: \"#12345G\"")) {
            XCTAssertEqual("\($0)", "theme file:1: accent_color must be a colour such as \"#1F4E79\", not \"#12345G\"")
        }
        XCTAssertThrowsError(try ThemeFile.parse(text: "body_size: 200"))
        XCTAssertThrowsError(try ThemeFile.parse(text: "heading_sizes: 18"))
        XCTAssertThrowsError(try ThemeFile.parse(text: "paper: a5"))
        XCTAssertThrowsError(try ThemeFile.parse(text: "body_size: 10\nbody_size: 11"))
        XCTAssertThrowsError(try ThemeFile.load(contentsOf: URL(fileURLWithPath: "/nonexistent/theme.yaml"))) {
            XCTAssertEqual("\($0)", "/nonexistent/theme.yaml: cannot read the file")
        }
    }

    func testThemeFileValuesAndRelativeLogo() throws {
        let text = """
            # comment
            service_name: "Northwind VR" # trailing comment
            logo: brand/logo.png
            paper: letter
            heading_sizes: [20, 15, 12]
            chart_palette: ["#000", '#FFFFFF']
            large_print: no
            """
        let file = try ThemeFile.parse(text: text, baseDirectory: "/srv/themes")
        XCTAssertEqual(file.serviceName, "Northwind VR")
        XCTAssertEqual(file.logoPNG, "/srv/themes/brand/logo.png")
        XCTAssertEqual(file.pageSize, .letter)
        XCTAssertEqual(file.theme.headingSizes, [20, 15, 12])
        XCTAssertEqual(file.theme.chartPalette, [.black, .white])
    }

    func testLogoIsDrawnInTheHeaderOfEveryPage() throws {
        let logo = PDFTools.directory.appendingPathComponent("logo.png")
        let square = try ImageSurface(grayscale: [UInt8](repeating: 90, count: 40 * 20), width: 40, height: 20)
        try Data(try square.pngData()).write(to: logo)
        var document = SampleDocuments.everyBlock(tableRows: 40)
        document.header?.logoPNG = logo.path
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
}
