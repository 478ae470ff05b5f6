import Foundation
import PlanBuilder
import ReportKit
import XCTest
@testable import Documents

/// Theme files are read like every template: unknown keys, wrong values and repeated
/// keys are errors naming the file, the line and the key, all at once.
final class ThemeFileReadingTests: XCTestCase {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates/themes")

    func testDefaultThemeFileMatchesTheBuiltInTheme() throws {
        let file = try ThemeFileReading.read(path: Self.themes.appendingPathComponent("default.yaml").path)
        let standard = Theme.standard
        XCTAssertEqual(file.theme.bodyFont, standard.bodyFont)
        XCTAssertEqual(file.theme.bodySize, standard.bodySize)
        XCTAssertEqual(file.theme.headingSizes, standard.headingSizes)
        XCTAssertEqual(file.theme.accentColor, standard.accentColor)
        XCTAssertEqual(file.theme.tableHeaderFill, standard.tableHeaderFill)
        XCTAssertEqual(file.theme.chartPalette, standard.chartPalette)
        XCTAssertEqual(file.pageSize, .a4)
    }

    func testLargePrintFile() throws {
        let file = try ThemeFileReading.read(path: Self.themes.appendingPathComponent("large-print.yaml").path)
        XCTAssertGreaterThanOrEqual(file.theme.bodySize, 16)
        XCTAssertGreaterThanOrEqual(file.theme.smallSize, 14)
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
        let file = try ThemeFileReading.parse(text: text, baseDirectory: "/srv/themes")
        XCTAssertEqual(file.serviceName, "Northwind VR")
        XCTAssertEqual(file.logoPNG, "/srv/themes/brand/logo.png")
        XCTAssertEqual(file.pageSize, .letter)
        XCTAssertEqual(file.theme.headingSizes, [20, 15, 12])
        XCTAssertEqual(file.theme.chartPalette, [.black, .white])
    }

    func testEveryMistakeIsNamedWithItsLineAndKeyAtOnce() {
        let text = "body_size: 200\naccent_colour: \"#FFF\"\nlink_color: \"#12345G\"\nheading_sizes: 18\npaper: a5\n"
        XCTAssertThrowsError(try ThemeFileReading.parse(text: text, path: "brand.yaml")) { error in
            let message = "\(error)"
            for expected in [
                "brand.yaml:1:12: body_size: \"200\" is not a number from 6 to 48",
                "brand.yaml:2:1: accent_colour: unknown key. Did you mean accent_color?",
                "brand.yaml:3:13: link_color: \"#12345G\" is not a colour. Write a colour as \"#1F4E79\", in quotes.",
                "brand.yaml:4:16: heading_sizes: expected a list",
                "brand.yaml:5:8: paper: paper must be a4 or letter",
            ] {
                XCTAssertTrue(message.contains(expected), "missing \(expected) in:\n\(message)")
            }
        }
        XCTAssertThrowsError(try ThemeFileReading.parse(text: "body_size: 10\nbody_size: 11", path: "brand.yaml")) {
            XCTAssertTrue("\($0)".contains("body_size: this key is given twice"), "\($0)")
        }
        XCTAssertThrowsError(try ThemeFileReading.read(path: "/nonexistent/theme.yaml")) {
            XCTAssertTrue("\($0)".hasPrefix("/nonexistent/theme.yaml is missing or cannot be read"), "\($0)")
        }
    }
}
