import XCTest
@testable import ReportKit

/// A web or e-mail address wraps whole rather than after one of its hyphens ("aware-" /
/// "ni.org" would be typed as two things), while a long one still wraps inside, never
/// running out of its column.
final class LinkBreakTests: XCTestCase {
    private let style = TextStyle(family: "DejaVu Sans", size: 10, color: RGBColor(r: 0, g: 0, b: 0), lineSpacing: 1.2,
                                  linkColor: RGBColor(r: 0, g: 0, b: 1))

    /// Every width from too narrow for the address to wide enough for the whole line: no
    /// line ends on the address's hyphen.
    func testAnAddressNeverBreaksAfterItsHyphen() throws {
        let engine = TextEngine()
        let text = RichText("Help with your mental health. Go to inspirewellbeing.org or ") + .link("aware-ni.org", url: "https://aware-ni.org")
        var widths = 0
        for width in stride(from: 60.0, through: 400, by: 2) {
            let layout = engine.layout(text, style: style, width: width)
            for index in 0..<layout.lineCount {
                XCTAssertFalse(layout.lineText(index).hasSuffix("aware-"), "width \(width): \(layout.lineText(index))")
            }
            widths += 1
        }
        XCTAssertGreaterThan(widths, 100)
        // Without the link the hyphen is an ordinary break, so the test can tell.
        let plain = RichText("Help with your mental health. Go to inspirewellbeing.org or aware-ni.org")
        let breaksPlain = stride(from: 60.0, through: 400, by: 2).contains { width in
            let layout = engine.layout(plain, style: style, width: width)
            return (0..<layout.lineCount).contains { layout.lineText($0).hasSuffix("aware-") }
        }
        XCTAssertTrue(breaksPlain, "plain text breaks after the hyphen at some width")
    }

    /// Nor after its slash: at every width where the address fits on a line it is on one
    /// line ("mind.org.uk/" then "mind-cymru" was printed in the Welsh help list).
    func testAnAddressThatFitsALineIsNeverSplit() throws {
        let engine = TextEngine()
        let address = "mind.org.uk/mind-cymru"
        let text = RichText("Help with your mental health. Call 0300 123 3393 or go to ") + .link(address, url: "https://" + address) + RichText(".")
        // The full stop after it cannot start a line, so the two together must fit.
        let whole = engine.layout(.link(address, url: "https://" + address) + RichText("."), style: style, width: nil).naturalWidth
        var split = 0
        for width in stride(from: (whole + 1).rounded(.up), through: 400, by: 1) {
            let layout = engine.layout(text, style: style, width: width)
            XCTAssertTrue((0..<layout.lineCount).contains { layout.lineText($0).contains(address) }, "width \(width)")
            XCTAssertLessThanOrEqual(layout.naturalWidth, width + 0.5)
        }
        // Without the link it breaks after the slash at some width, so the test can tell.
        let plain = RichText("Help with your mental health. Call 0300 123 3393 or go to " + address + ".")
        for width in stride(from: (whole + 1).rounded(.up), through: 400, by: 1) {
            let layout = engine.layout(plain, style: style, width: width)
            if (0..<layout.lineCount).contains(where: { layout.lineText($0).hasSuffix("mind.org.uk/") }) { split += 1 }
        }
        XCTAssertGreaterThan(split, 0, "plain text breaks after the slash at some width")
    }

    func testALongAddressStillWrapsInsideItsColumn() throws {
        let engine = TextEngine()
        let address = "https://www.example-health-service.example.org/very-long-path-to-a-page-about-work"
        let layout = engine.layout(.link(address, url: address), style: style, width: 80)
        XCTAssertGreaterThan(layout.lineCount, 2)
        XCTAssertLessThanOrEqual(layout.naturalWidth, 80.5)
    }

    func testHyphenBreaksCoverTheHyphenAndTheCharacterAfterIt() {
        XCTAssertEqual(PangoTextBuilder.hyphenBreaks(in: "a-b").map { [$0.0, $0.1] }, [[1, 3]])
        XCTAssertEqual(PangoTextBuilder.hyphenBreaks(in: "é-ü-").map { [$0.0, $0.1] }, [[2, 5]], "byte offsets; a final hyphen has nothing after it")
    }
}
