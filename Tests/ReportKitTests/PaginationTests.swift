import XCTest
@testable import ReportKit

/// Pagination rules on prepared blocks: tables, charts and signatures.
final class PaginationTests: XCTestCase {
    private let engine = TextEngine()

    private func flowable(_ block: Block) throws -> Flowable {
        try XCTUnwrap(try FlowBuilder(engine: engine, theme: .standard).build([block], width: 495).first)
    }

    private func table(rows: Int) -> Block {
        .table(Table(columns: [TableColumn("Week"), TableColumn("Hours")],
                     rows: (1...rows).map { TableRow(cells: ["Week \($0)", "\($0) h"]) }, caption: "Schedule"))
    }

    func testTableNeverLeavesItsLastRowAlone() throws {
        let whole = try XCTUnwrap(try flowable(table(rows: 10)) as? TableFlowable)
        // Room for all but the last row: two rows go over instead of one.
        let split = try XCTUnwrap(whole.split(available: whole.height - 1, pageHeight: 700))
        XCTAssertEqual((split.head as? TableFlowable)?.slices.count, 8)
        XCTAssertEqual((split.tail as? TableFlowable)?.slices.count, 2)
        // The continuation carries the "(continued)" caption and the header again.
        let tail = try XCTUnwrap(split.tail as? TableFlowable)
        XCTAssertFalse(tail.showCaption)
        XCTAssertNotNil(tail.model.continuedCaption)
        XCTAssertGreaterThan(tail.height, tail.model.headerHeight + tail.model.continuedCaptionHeight)
    }

    func testTableMovesWholeWhenNoRowFits() throws {
        let whole = try XCTUnwrap(try flowable(table(rows: 3)) as? TableFlowable)
        XCTAssertNil(whole.split(available: whole.model.headerHeight + whole.model.captionHeight + 2, pageHeight: 700))
    }

    func testChartsAndSignaturesDoNotSplit() throws {
        let chart = try flowable(.chart(ChartTests.hoursChart))
        XCTAssertNil(chart.split(available: chart.height / 2, pageHeight: 700))
        let signatures = try flowable(.signatures([SignatureField(role: "Employee"), SignatureField(role: "Employer")]))
        XCTAssertNil(signatures.split(available: signatures.height / 2, pageHeight: 700))
    }

    func testHeadingBeforeAChartMovesWithIt() throws {
        let blocks: [Block] = [.paragraph(RichText((1...45).map { "Line \($0)" }.joined(separator: "\n"))),
                               .heading(level: 2, text: "Progress"), .chart(ChartTests.hoursChart)]
        let flowables = try FlowBuilder(engine: engine, theme: .standard).build(blocks, width: 495)
        let pages = PageComposer(contentHeight: 721).compose(flowables)
        XCTAssertEqual(pages.count, 2)
        XCTAssertTrue(pages[1].placements.first?.flowable is HeadingFlowable)
        XCTAssertTrue(pages[1].placements.last?.flowable is ChartFlowable)
    }
}
