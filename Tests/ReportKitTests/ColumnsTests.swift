import XCTest
@testable import ReportKit

/// Blocks side by side: the band is as tall as its tallest column, the width is shared by
/// weight, it moves whole when it fits a page and continues column by column when it
/// does not, and a reader gets the first column whole before the second.
final class ColumnsTests: XCTestCase {
    private let engine = TextEngine()

    private func lines(_ count: Int, _ word: String) -> Block {
        .paragraph(RichText((1...count).map { "\(word) \($0)" }.joined(separator: "\n")))
    }

    private func band(_ columns: [[Block]], weights: [Double]? = nil) throws -> ColumnsFlowable {
        let built = try FlowBuilder(engine: engine, theme: .standard).build([.columns(columns, weights: weights)], width: 495)
        return try XCTUnwrap(built.first as? ColumnsFlowable)
    }

    func testBandIsAsTallAsItsTallestColumnAndSharesTheWidthByWeight() throws {
        let short = try band([[lines(3, "Left")], [lines(9, "Right")]], weights: [0.6, 0.4])
        let tall = try band([[lines(9, "Left")], [lines(3, "Right")]])
        XCTAssertEqual(short.height, short.columns[1].height, accuracy: 0.01)
        XCTAssertGreaterThan(short.columns[1].height, short.columns[0].height * 2)
        XCTAssertEqual(short.height, tall.height, accuracy: 0.01, "nine lines either side")
        // 495 pt less a 20 pt gutter, shared 60:40.
        XCTAssertEqual(short.offsets[0], 0)
        XCTAssertEqual(short.offsets[1], 475 * 0.6 + 20, accuracy: 0.01)
        XCTAssertEqual(tall.offsets[1], 475 * 0.5 + 20, accuracy: 0.01)
    }

    func testEmptyColumnLeavesTheWidthToTheOthers() throws {
        let one = try band([[], [lines(2, "Only")]])
        XCTAssertEqual(one.columns.count, 1)
        XCTAssertEqual(one.offsets, [0])
    }

    func testBandMovesWholeWhenItFitsAPage() throws {
        let whole = try band([[lines(6, "Left")], [lines(8, "Right")]])
        XCTAssertNil(whole.split(available: whole.height / 2, pageHeight: 700))
        let blocks: [Block] = [lines(20, "Filler"), .columns([[lines(6, "Left")], [lines(8, "Right")]])]
        let flowables = try FlowBuilder(engine: engine, theme: .standard).build(blocks, width: 495)
        // A page with room for the filler and half the band.
        let pages = PageComposer(contentHeight: flowables[0].height + 30 + whole.height / 2).compose(flowables)
        XCTAssertEqual(pages.count, 2)
        // Whole on the next page (with the filler's last lines, so it is not alone there).
        XCTAssertFalse(pages[0].placements.contains { $0.flowable is ColumnsFlowable }, "no part of the band on the first page")
        XCTAssertTrue(pages[1].placements.contains { ($0.flowable as? ColumnsFlowable)?.height == whole.height }, "the band whole on the next page")
    }

    func testBandTallerThanAPageContinuesColumnByColumn() throws {
        let whole = try band([[lines(80, "Left")], [lines(10, "Right")]])
        let (head, tail) = try XCTUnwrap(whole.split(available: 400, pageHeight: 700))
        let top = try XCTUnwrap(head as? ColumnsFlowable)
        let rest = try XCTUnwrap(tail as? ColumnsFlowable)
        XCTAssertLessThanOrEqual(top.height, 400.01)
        XCTAssertEqual(top.columns[1].height, whole.columns[1].height, accuracy: 0.01, "the short column stays whole on the first page")
        XCTAssertEqual(rest.columns[1].height, 0, "and nothing of it is repeated")
        XCTAssertGreaterThan(rest.columns[0].height, 0, "the long column goes on")
        XCTAssertEqual(rest.offsets, whole.offsets, "in the same place across the page")
    }

    func testReadersGetTheFirstColumnWholeBeforeTheSecond() throws {
        let document = ReportDocument(metadata: SampleDocuments.metadata, footer: SampleDocuments.footer, blocks: [
            .columns([[.heading(level: 2, text: "Particulars"), .paragraph("Assessed in January.\nReviewed in March.")],
                      [.heading(level: 2, text: "Advice"), .paragraph("May be fit for work.")]]),
        ])
        let pdf = try PDFRenderer().render(document)
        let url = try PDFTools.write(pdf, name: "columns.pdf")
        // Drawn (and so tagged) column by column: the content stream holds the left column first.
        XCTAssertInOrder(try PDFTools.run("pdftotext", ["-raw", url.path, "-"]),
                         ["Particulars", "Assessed in January.", "Reviewed in March.", "Advice", "May be fit for work."])
        // Set side by side: both headings on one line of the page.
        let layout = try PDFTools.text(url, layout: true)
        XCTAssertTrue(layout.split(separator: "\n").contains { $0.contains("Particulars") && $0.contains("Advice") })
        let audit = try TaggedPDFAudit(pdf: pdf)
        XCTAssertEqual(audit.problems, [])
        XCTAssertEqual(audit.tree.all("H2").count, 2)
    }
}
