import XCTest
@testable import ReportKit

/// Pagination rules on prepared blocks: tables, charts and signatures, headings with
/// their introductions, short last pages, text that must not break or be cut.
final class PaginationTests: XCTestCase {
    private let engine = TextEngine()

    private func flowable(_ block: Block) throws -> Flowable {
        try XCTUnwrap(try FlowBuilder(engine: engine, theme: .standard).build([block], width: 495).first)
    }

    private func flowables(_ blocks: [Block]) throws -> [Flowable] {
        try FlowBuilder(engine: engine, theme: .standard).build(blocks, width: 495)
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
        let signatures = try flowable(.signatures([SignatureField(role: "Employee"), SignatureField(role: "Employer")], labels: SignatureLabels(name: "Name", signature: "Signature", date: "Date")))
        XCTAssertNil(signatures.split(available: signatures.height / 2, pageHeight: 700))
    }

    /// A list at the foot of a page splits with at least two items on each side; a list of
    /// three, which cannot, moves whole.
    func testListSplitsWithTwoItemsOnEachSide() throws {
        let items = (1...10).map { RichText("Item \($0)") }
        let list = try XCTUnwrap(try flowable(.bulletList(items)) as? StackFlowable)
        let oneItem = list.height / 10
        for room in 1...9 {
            guard let (head, tail) = list.split(available: oneItem * Double(room) + 0.5, pageHeight: 700) else {
                XCTAssertLessThan(room, StackFlowable.minimumListItems, "room for \(room) items, yet no split")
                continue
            }
            let (first, second) = try (XCTUnwrap(head as? StackFlowable), XCTUnwrap(tail as? StackFlowable))
            XCTAssertGreaterThanOrEqual(first.children.count, StackFlowable.minimumListItems, "room for \(room)")
            XCTAssertGreaterThanOrEqual(second.children.count, StackFlowable.minimumListItems, "room for \(room)")
            XCTAssertEqual(first.children.count + second.children.count, 10)
        }
        let short = try XCTUnwrap(try flowable(.bulletList(Array(items.prefix(3)))) as? StackFlowable)
        XCTAssertNil(short.split(available: short.height * 2 / 3, pageHeight: 700), "three items move whole")
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

    private func lines(_ count: Int) -> Block {
        .paragraph(RichText((1...count).map { "Line \($0)" }.joined(separator: "\n")))
    }

    private func compose(_ blocks: [Block], theme: Theme = .standard) throws -> [ComposedPage] {
        let flowables = try FlowBuilder(engine: engine, theme: theme).build(blocks, width: 495)
        return PageComposer(contentHeight: 721).compose(flowables)
    }

    func testTableSplitsWithTwoRowsOnEachSide() throws {
        let whole = try XCTUnwrap(try flowable(table(rows: 10)) as? TableFlowable)
        let row = whole.model.height(of: whole.model.fullSlice(0))
        let fixed = whole.model.captionHeight + whole.model.headerHeight
        // Room for one row only: the table moves on rather than leave one row behind.
        XCTAssertNil(whole.split(available: fixed + row * 1.5, pageHeight: 700))
        let split = try XCTUnwrap(whole.split(available: fixed + row * 2.5, pageHeight: 700))
        XCTAssertEqual((split.head as? TableFlowable)?.slices.count, 2)
        XCTAssertEqual(whole.minimumHeadHeight, fixed + 2 * row, accuracy: 0.01)
        // Split pieces form one Table: only the first opens it, only the last closes it.
        XCTAssertEqual((split.head as? TableFlowable)?.isLast, false)
        XCTAssertEqual((split.tail as? TableFlowable)?.isLast, true)
    }

    /// "Week by week", its one-line introduction and the first rows of the table stay together.
    func testHeadingKeepsWithItsIntroductionAndTheTableStart() throws {
        for filler in 30...44 {
            let pages = try compose([lines(filler), .heading(level: 2, text: "Week by week"),
                                     .paragraph("The plan week by week."), table(rows: 12)])
            for page in pages {
                if let last = page.placements.last?.flowable {
                    XCTAssertFalse(last is HeadingFlowable, "heading ends a page (filler \(filler))")
                    if let paragraph = last as? ParagraphFlowable, paragraph.text.lineCount == 1 {
                        XCTFail("the introduction ends a page without its table (filler \(filler))")
                    }
                }
            }
        }
    }

    /// An introduction of five lines (the Welsh plan's note on how to read the table) is
    /// never split two lines at the foot of a page and three over the leaf: it travels whole
    /// with its heading and the table's start.
    func testAFiveLineIntroductionTravelsWholeWithItsHeading() throws {
        let intro = Block.paragraph(RichText((1...5).map { "How to read the table, line \($0)." }.joined(separator: "\n")))
        var moved = 0
        for filler in 30...46 {
            let pages = try compose([lines(filler), .heading(level: 2, text: "Week by week"), intro, table(rows: 12)])
            for (index, page) in pages.enumerated() {
                for case let paragraph as ParagraphFlowable in page.placements.map(\.flowable) where paragraph.text.lineCount == 5 {
                    XCTAssertEqual(paragraph.lineRange.count, 5, "the introduction split (filler \(filler))")
                    if index > 0, page.placements.first?.flowable is HeadingFlowable { moved += 1 }
                }
                XCTAssertFalse(page.placements.last?.flowable is HeadingFlowable, "heading ends a page (filler \(filler))")
            }
        }
        XCTAssertGreaterThan(moved, 0, "some fillers leave room for the heading and two lines but not the whole introduction")
    }

    /// The plan's "Week by week" has two introductions (how to read the table, which
    /// weeks keep a rest day between working days): both travel with the table's start.
    func testHeadingKeepsWithTwoIntroductionsAndTheTableStart() throws {
        for filler in 30...46 {
            let pages = try compose([lines(filler), .heading(level: 2, text: "Week by week"),
                                     .paragraph("How to read the table.", style: .small),
                                     .paragraph("Weeks 1 to 2: a rest day between working days.", style: .small), table(rows: 12)])
            for page in pages {
                guard let last = page.placements.last?.flowable else { continue }
                XCTAssertFalse(last is HeadingFlowable, "heading ends a page (filler \(filler))")
                if let paragraph = last as? ParagraphFlowable, paragraph.text.lineCount == 1 {
                    XCTFail("an introduction ends a page without its table (filler \(filler))")
                }
            }
        }
    }

    func testShortLastPageIsBalancedFromThePageBefore() throws {
        let composer = PageComposer(contentHeight: 721)
        let quarter = 721 * PageComposer.minimumLastPageFill
        var balanced = 0
        for sections in 4...14 {
            let blocks: [Block] = (1...sections).flatMap { index -> [Block] in
                [.heading(level: 2, text: RichText("Section \(index)")), lines(9)]
            } + [.signatures([SignatureField(role: "Employee"), SignatureField(role: "Employer")], labels: SignatureLabels(name: "Name", signature: "Signature", date: "Date"))]
            let flowables = try FlowBuilder(engine: engine, theme: .standard).build(blocks, width: 495)
            let plain = composer.compose(flowables, limits: [:])
            let pages = composer.compose(flowables)
            XCTAssertLessThanOrEqual(pages.count, plain.count, "balancing never adds a page")
            guard let plainLast = plain.last, plain.count > 1, PageComposer.fill(of: plainLast) < quarter,
                  pages.count == plain.count else { continue }
            let last = try XCTUnwrap(pages.last)
            XCTAssertGreaterThanOrEqual(PageComposer.fill(of: last), quarter, "\(sections) sections")
            XCTAssertGreaterThan(PageComposer.fill(of: last), PageComposer.fill(of: plainLast))
            for page in pages { XCTAssertFalse(page.placements.last?.flowable is HeadingFlowable) }
            balanced += 1
        }
        XCTAssertGreaterThan(balanced, 0, "some of these documents end on a short page before balancing")
    }

    /// A closing block taller than a quarter of a page (the agreement with two languages'
    /// labels) that would stand alone on the last page takes the block before it along.
    func testTheClosingBlockNeverStandsAloneOnTheLastPage() throws {
        let composer = PageComposer(contentHeight: 721)
        let closing = Block.keepTogether([.heading(level: 2, text: "Agreement"), lines(8),
                                          .signatures([SignatureField(role: "Employee"), SignatureField(role: "Employer")],
                                                      labels: SignatureLabels(name: "Name", signature: "Signature", date: "Date"))])
        var companioned = 0
        for sections in 3...12 {
            let blocks: [Block] = (1...sections).flatMap { index -> [Block] in
                [.heading(level: 2, text: RichText("Section \(index)")), lines(7)]
            } + [closing]
            let flowables = try FlowBuilder(engine: engine, theme: .standard).build(blocks, width: 495)
            let plain = composer.compose(flowables, limits: [:])
            let pages = composer.compose(flowables)
            XCTAssertLessThanOrEqual(pages.count, plain.count, "never a page more")
            let last = try XCTUnwrap(pages.last)
            XCTAssertTrue(pages.count == 1 || last.placements.count > 1, "\(sections) sections: the closing block alone")
            for page in pages { XCTAssertFalse(page.placements.last?.flowable is HeadingFlowable) }
            if let plainLast = plain.last, plain.count > 1, plainLast.placements.count == 1,
               PageComposer.fill(of: plainLast) >= 721 * PageComposer.minimumLastPageFill { companioned += 1 }
        }
        XCTAssertGreaterThan(companioned, 0, "some of these documents end with the closing block alone before the rule")
    }

    /// The page before a forced break ends its part (the Welsh half of a bilingual
    /// document) and is balanced like a last page: it never holds a few lines alone.
    func testThePageBeforeAForcedBreakIsBalancedLikeALastPage() throws {
        let composer = PageComposer(contentHeight: 721)
        var balanced = 0
        for count in 20...40 {
            let half = (1...count).map { _ in lines(2) }
            let alone = composer.compose(try flowables(half), limits: [:])
            let pages = composer.compose(try flowables(half + [.pageBreak] + half))
            let quarter = 721 * PageComposer.minimumLastPageFill
            guard alone.count > 1, let short = alone.last, PageComposer.fill(of: short) < quarter else { continue }
            // Both halves end on a page holding at least a quarter, the second starting on a new page.
            let firstHalf = Array(pages.prefix(pages.count / 2))
            XCTAssertEqual(pages.count % 2, 0, "\(count): the halves take the same pages")
            XCTAssertGreaterThanOrEqual(PageComposer.fill(of: try XCTUnwrap(firstHalf.last)), quarter, "\(count) paragraphs")
            XCTAssertEqual(pages.flatMap(\.placements).count, 2 * count)
            balanced += 1
        }
        XCTAssertGreaterThan(balanced, 0, "some of these halves end on a short page before balancing")
    }

    func testTighterSpacingSavesAShortLastPage() throws {
        let composer = PageComposer(contentHeight: 721)
        let quarter = 721 * PageComposer.minimumLastPageFill
        var saved = 0
        for count in 20...40 {
            let blocks = (1...count).map { _ in lines(2) }
            let flowables = try FlowBuilder(engine: engine, theme: .standard).build(blocks, width: 495)
            let plain = composer.compose(flowables, limits: [:])
            let pages = composer.compose(flowables)
            guard plain.count > 1, let plainLast = plain.last, PageComposer.fill(of: plainLast) < quarter / 3 else { continue }
            // A few lines over: closer paragraphs take the page back, every paragraph whole
            // and still apart from the next by at least the tighter share of the usual space.
            XCTAssertEqual(pages.count, plain.count - 1, "\(count) paragraphs")
            let gaps = pages.flatMap { page in zip(page.placements, page.placements.dropFirst()).map { $1.y - ($0.y + $0.flowable.height) } }
            let usual = try XCTUnwrap(plain.first.flatMap { page in zip(page.placements, page.placements.dropFirst()).map { $1.y - ($0.y + $0.flowable.height) }.max() })
            XCTAssertGreaterThanOrEqual(gaps.min() ?? 0, usual * (PageComposer.tighterSpacing.last ?? 1) - 0.01)
            XCTAssertEqual(pages.flatMap(\.placements).count, count)
            saved += 1
        }
        XCTAssertGreaterThan(saved, 0, "some of these documents run a few lines onto a last page")
    }

    /// A no-break space at the end of one run still holds the next run's first word:
    /// "week 7" with the number in bold never parts.
    func testANoBreakSpaceHoldsAcrossRuns() throws {
        let text = RichText([TextRun("The duty comes back from week\u{00A0}"), TextRun("7", bold: true),
                             TextRun(" onwards, as agreed with the line manager.")])
        for width in stride(from: 60.0, through: 300, by: 3) {
            let layout = engine.layout(text, style: FlowBuilder(engine: engine, theme: .standard).paragraphStyle(.body),
                                       width: width)
            let lines = (0..<layout.lineCount).map { layout.lineText($0) }
            XCTAssertTrue(lines.contains { $0.contains("week 7") }, "broken at width \(width): \(lines)")
        }
    }

    func testPhoneNumbersAndDatesNeverBreak() throws {
        let text: RichText = "Please call the helpline on 0800 121 7479 before Wed 18 March 2026 at the latest."
        for width in stride(from: 110.0, through: 300, by: 7) {
            let layout = engine.layout(text, style: FlowBuilder(engine: engine, theme: .standard).paragraphStyle(.body),
                                       width: width)
            let lines = (0..<layout.lineCount).map { layout.lineText($0) }
            for piece in ["0800 121 7479", "Wed 18 March 2026"] {
                XCTAssertTrue(lines.contains { $0.contains(piece) }, "\(piece) broken at width \(width): \(lines)")
            }
        }
    }

    func testRunningHeaderIsNeverCut() throws {
        let long = "Gwasanaeth Adsefydlu Galwedigaethol Caerdydd a'r Fro"
        var document = SampleDocuments.everyBlock()
        document.theme = .largePrint()
        document.header = RunningHeader(left: long, right: "Eich cynllun dychwelyd i'r gwaith")
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "long-header.pdf")
        let first = try PDFTools.text(url, page: 1, layout: false).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(first.contains("Caerdydd a'r Fro"), first)
        XCTAssertTrue(first.contains("dychwelyd i'r gwaith"), first)
        XCTAssertFalse(first.contains("…"))
    }

    /// Large print: nothing below 16 pt — tables, notes, captions, header and footer.
    func testLargePrintSetsEveryTextAtSixteenPointsOrMore() throws {
        var document = SampleDocuments.everyBlock()
        document.theme = .largePrint()
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "large-print.pdf")
        let sizes = try PDFTools.fontSizes(url)
        XCTAssertFalse(sizes.isEmpty)
        XCTAssertGreaterThanOrEqual(sizes.min() ?? 0, 16, "\(sizes.sorted())")
        let standard = try PDFTools.fontSizes(PDFTools.write(try PDFRenderer().render(SampleDocuments.everyBlock()),
                                                             name: "standard-print.pdf"))
        XCTAssertLessThan(standard.min() ?? 99, 16, "the check can fail: standard print has small text")
    }
}
