import XCTest
@testable import ReportKit

/// Chart series stand at least 3:1 against the white page (WCAG 1.4.11).
final class ColorContrastTests: XCTestCase {
    func testDefaultPaletteReachesThreeToOne() {
        for color in [Theme.standard.accentColor] + Theme.defaultChartPalette {
            XCTAssertGreaterThanOrEqual(color.contrastOnWhite, 3, "\(color)")
        }
    }

    func testLightColoursAreDarkenedJustEnough() {
        let orange = RGBColor(hex: "#E69F00")
        XCTAssertEqual(orange.contrastOnWhite, 2.25, accuracy: 0.01, "Okabe–Ito orange as the review chart had it")
        let darkened = orange.darkened(toContrast: 3)
        XCTAssertGreaterThanOrEqual(darkened.contrastOnWhite, 3)
        XCTAssertLessThan(darkened.contrastOnWhite, 3.2, "no darker than needed")
        XCTAssertEqual(RGBColor(hex: "#1F4E79").darkened(toContrast: 3), RGBColor(hex: "#1F4E79"))
    }
}
