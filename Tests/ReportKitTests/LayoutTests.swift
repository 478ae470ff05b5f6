import XCTest
@testable import ReportKit

/// Pagination rules checked on the layout model, without drawing.
final class LayoutTests: XCTestCase {
    private let engine = TextEngine()

    private final class Box: Flowable {
        let height: Double
        let keepWithNext: Bool
        init(_ height: Double, keepWithNext: Bool = false) {
            self.height = height
            self.keepWithNext = keepWithNext
        }
        func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? { nil }
        func draw(in canvas: CairoContext, x: Double, y: Double) {}
    }

    private func paragraph(lines: Int) -> ParagraphFlowable {
        let text = (1...lines).map { "Line \($0)" }.joined(separator: "\n")
        let style = TextStyle(family: "DejaVu Sans", size: 10, color: .black, lineSpacing: 1.2, linkColor: .black)
        return ParagraphFlowable(text: engine.layout(text, style: style, width: 400))
    }

    /// Zebra stripes look like the shading that marks a row ("a shaded week ends with a
    /// review"), so a table with shaded rows has none.
    func testShadedRowsAreTheOnlyFilledRows() throws {
        func style(_ rows: [TableRow]) throws -> TableStyle {
            let table = Table(columns: [TableColumn("Week"), TableColumn("Hours")], rows: rows)
            let built = try FlowBuilder(engine: engine, theme: .standard).build([.table(table)], width: 495)
            return try XCTUnwrap(built.first as? TableFlowable).model.style
        }
        XCTAssertNotNil(try style([TableRow(["1", "8 h"]), TableRow(["2", "12 h"])]).stripeFill)
        XCTAssertNil(try style([TableRow(["1", "8 h"]), TableRow(["2", "12 h"], emphasis: .shaded)]).stripeFill)
    }

    /// A dense grid saves the space around its rows' text, not the text: each of its ten
    /// rows is 4 pt shorter at 10 pt body text, and its cells are the same.
    func testDenseTableIsShorterByItsPaddingOnly() throws {
        func built(dense: Bool) throws -> TableFlowable {
            let rows = (1...10).map { TableRow(["\($0)", "4 h", "6½ h"]) }
            let table = Table(columns: [TableColumn("Week"), TableColumn("Mon"), TableColumn("Tue")], rows: rows, dense: dense)
            return try XCTUnwrap(try FlowBuilder(engine: engine, theme: .standard).build([.table(table)], width: 495).first as? TableFlowable)
        }
        let regular = try built(dense: false), dense = try built(dense: true)
        XCTAssertEqual(regular.height - dense.height, 11 * 2 * (0.4 - 0.2) * Theme.standard.bodySize, accuracy: 0.01,
                       "ten rows and the header")
        XCTAssertEqual(regular.model.columnWidths, dense.model.columnWidths)
    }

    func testHeadingIsNeverLastOnAPage() {
        let heading = Box(20, keepWithNext: true)
        let body = Box(50)
        let pages = PageComposer(contentHeight: 100).compose([Box(60), heading, body])
        XCTAssertEqual(pages.count, 2)
        XCTAssertTrue(pages[1].placements.first?.flowable === heading)
    }

    func testHeadingChainMovesTogether() {
        let h1 = Box(15, keepWithNext: true)
        let h2 = Box(15, keepWithNext: true)
        let pages = PageComposer(contentHeight: 100).compose([Box(50), h1, h2, Box(30)])
        XCTAssertEqual(pages.count, 2)
        XCTAssertTrue(pages[1].placements.first?.flowable === h1)
    }

    func testParagraphSplitKeepsTwoLinesEachSide() throws {
        let paragraph = paragraph(lines: 5)
        let lineHeight = paragraph.height / 5
        // Room for 4 lines would leave a widow: only 3 may go.
        let split = try XCTUnwrap(paragraph.split(available: lineHeight * 4 + 0.5, pageHeight: 700))
        XCTAssertEqual((split.head as? ParagraphFlowable)?.lineRange, 0..<3)
        XCTAssertEqual((split.tail as? ParagraphFlowable)?.lineRange, 3..<5)
        // Room for 1 line would leave an orphan: move the paragraph instead.
        XCTAssertNil(paragraph.split(available: lineHeight * 1.5, pageHeight: 700))
        // A three-line paragraph can never split without a lone line.
        XCTAssertNil(self.paragraph(lines: 3).split(available: lineHeight * 2.5, pageHeight: 700))
    }

    func testKeepTogetherMovesWholeUnlessTallerThanAPage() {
        let group = StackFlowable(children: [paragraph(lines: 4), paragraph(lines: 4)], keepTogether: true)
        XCTAssertNil(group.split(available: group.height / 2, pageHeight: 700))
        XCTAssertNotNil(group.split(available: group.height / 2, pageHeight: group.height - 1))
    }

    func testPagesNeverOverflow() {
        let flowables: [Flowable] = (0..<40).map { paragraph(lines: 3 + $0 % 7) }
        let contentHeight = 300.0
        let pages = PageComposer(contentHeight: contentHeight).compose(flowables)
        XCTAssertGreaterThan(pages.count, 3)
        for page in pages {
            let bottom = page.placements.map { $0.y + $0.flowable.height }.max() ?? 0
            XCTAssertLessThanOrEqual(bottom, contentHeight + 0.01)
        }
    }

    func testCreationDateNormalisation() throws {
        XCTAssertEqual(try CreationDate.normalize("2026-03-02"), "2026-03-02T00:00:00Z")
        XCTAssertEqual(try CreationDate.normalize("2026-03-02T09:30:15Z"), "2026-03-02T09:30:15Z")
        XCTAssertEqual(try CreationDate.normalize("2026-03-02T09:30+01:00"), "2026-03-02T09:30:00+01:00")
        XCTAssertEqual(try CreationDate.normalize("2026-03-02T09:30:15.123Z"), "2026-03-02T09:30:15Z")
        XCTAssertThrowsError(try CreationDate.normalize("02/03/2026"))
        XCTAssertThrowsError(try CreationDate.normalize("2026-03-02T9:30"))
    }

    func testRichTextAndColour() {
        let text: RichText = "Hello " + .bold("world") + .italic("!")
        XCTAssertEqual(text.plainText, "Hello world!")
        XCTAssertEqual(text.runs.count, 3)
        let count = 3
        let interpolated: RichText = "\(count) items"
        XCTAssertEqual(interpolated.plainText, "3 items")
        if case let .paragraph(body, style) = Block.paragraph("Plain") {
            XCTAssertEqual(body.plainText, "Plain")
            XCTAssertEqual(style, .body)
        } else {
            XCTFail("convenience paragraph is not a body paragraph")
        }
        XCTAssertEqual(Theme.standard.scaled(by: 1.5).bodySize, Theme.standard.bodySize * 1.5)
        XCTAssertEqual(RGBColor(hex: "#FF8000"), RGBColor(r: 1, g: 128.0 / 255, b: 0))
        XCTAssertEqual(RGBColor(hex: "nonsense"), .black)
        XCTAssertEqual(RunningFooter(left: "x").pageLabel(page: 3, of: 7), "Page 3 of 7")
    }

    /// A line's last character, read from its last bytes, is the last character of the
    /// line's text, in narrow columns that break words, after accents, other scripts,
    /// emoji and no-break spaces.
    func testALinesLastCharacterIsThatOfItsText() {
        let style = TextStyle(family: "DejaVu Sans", size: 10, color: .black, lineSpacing: 1.2, linkColor: .black)
        let texts = ["Gŵyl y Banc: dim gwaith dydd Llun 4 awr 30 mun", "naïve café e\u{301}e\u{301} résumé déjà vu",
                     "Ελληνικά Здравствуйте مرحبا שלום 日本語のテキスト", "👩‍⚕️ 👍🏽 🇬🇧 ✓ × ½ – — … “quoted”",
                     "Call 0141\u{00A0}555\u{00A0}0123 on 3\u{00A0}March\u{00A0}2026", String(repeating: "verylongword", count: 12),
                     "line\none\r\ntwo\u{2028}three", "hot-desking well-being co-ordinated /path/to/x"]
        var lines = 0
        for text in texts {
            for width in stride(from: 12.0, through: 200, by: 7) {
                let layout = engine.layout(text, style: style, width: width)
                for index in 0..<layout.lineCount {
                    XCTAssertEqual(layout.lastScalar(ofLine: index), layout.lineText(index).unicodeScalars.last,
                                   "\(text.debugDescription) at \(width), line \(index)")
                    lines += 1
                }
            }
        }
        XCTAssertGreaterThan(lines, 1000)
    }
}
