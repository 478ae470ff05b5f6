import XCTest
@testable import ReportKit

/// Layouts that recur in a document in the same text, style and width are made once and
/// drawn wherever they recur; each must measure and break as a layout of its own would,
/// and nothing else may be taken for it.
final class SharedLayoutsTests: XCTestCase {
    private let engine = TextEngine()

    private func flowable(_ block: Block) throws -> Flowable {
        try XCTUnwrap(try FlowBuilder(engine: engine, theme: .standard).build([block], width: 495).first)
    }

    private func assertMeasuresAsItsOwn(_ shared: TextLayout, _ own: TextLayout, _ message: String,
                                        file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(shared.lineCount, own.lineCount, message, file: file, line: line)
        XCTAssertEqual(shared.height, own.height, message, file: file, line: line)
        XCTAssertEqual(shared.naturalWidth, own.naturalWidth, message, file: file, line: line)
        XCTAssertEqual(shared.links.map(\.uri), own.links.map(\.uri), message, file: file, line: line)
        XCTAssertEqual((0..<shared.lineCount).map(shared.lineText), (0..<own.lineCount).map(own.lineText), message,
                       file: file, line: line)
    }

    /// Each party's name, signature and date labels are one layout drawn under every party;
    /// it must measure as a layout of its own for that party would, in any number of columns.
    func testSharedSignatureLabelsMeasureAsTheirOwnLayouts() throws {
        let labels = SignatureLabels(name: "Enw llawn (mewn priflythrennau)", signature: "Llofnod", date: "Dyddiad")
        for count in 1...5 {
            let fields = (1...count).map { SignatureField(role: "Party \($0)", name: $0.isMultiple(of: 2) ? "Sam Signer" : nil) }
            let signatures = try XCTUnwrap(try flowable(.signatures(fields, labels: labels)) as? SignatureFlowable)
            let builder = FlowBuilder(engine: engine, theme: .standard)
            let style = builder.textStyle(size: Theme.standard.smallSize, color: Theme.standard.mutedColor)
            let columnWidth = (495 - 20 * Double(signatures.perRow - 1)) / Double(signatures.perRow)
            for party in signatures.parties {
                for (shared, text) in [(party.nameLabel, labels.name), (party.signatureLabel, labels.signature), (party.dateLabel, labels.date)] {
                    let own = engine.layout(text, style: style, width: columnWidth)
                    XCTAssertEqual(shared.lineCount, own.lineCount, "\(count) parties: \(text)")
                    XCTAssertEqual(shared.height, own.height)
                    XCTAssertEqual(shared.naturalWidth, own.naturalWidth)
                    XCTAssertEqual((0..<shared.lineCount).map(shared.lineText), (0..<own.lineCount).map(own.lineText))
                }
            }
        }
    }

    /// A cell repeated in its column is one layout drawn in each row; it must measure and
    /// break as the cell's own layout would (the same text, in the column's style and
    /// width), and the same text in another column, a strong row or with a link is not
    /// taken for it.
    func testRepeatedCellsMeasureAsTheirOwnLayouts() throws {
        let columns = [TableColumn("Week", weight: 0.6), TableColumn("Date"), TableColumn("Contract", alignment: .trailing),
                       TableColumn("Who", weight: 1.4)]
        let date: RichText = "2 Mar 2026", full: RichText = "100 %", person: RichText = "Line manager and HR adviser"
        var rows: [TableRow] = []
        for week in 1...9 {
            let emphasis: RowEmphasis = week == 4 ? .strong : week == 6 ? .shaded : .normal
            rows.append(TableRow(["\(week % 3)", week == 2 ? full : date, week == 7 ? date : full,
                                  week == 8 ? .link("hr@example.org", url: "mailto:hr@example.org") : person], emphasis: emphasis))
        }
        let built = try XCTUnwrap(try flowable(.table(Table(columns: columns, rows: rows))) as? TableFlowable)
        let model = built.model
        let builder = FlowBuilder(engine: engine, theme: .standard)
        for (rowIndex, row) in rows.enumerated() {
            for (column, cell) in row.cells.enumerated() {
                let shared = model.rows[rowIndex].cells[column]
                var style = builder.textStyle(size: Theme.standard.bodySize * 0.95, alignment: columns[column].alignment)
                style.lineSpacing = min(Theme.standard.lineSpacing, 1.15)
                let own = engine.layout(TextRules.linked(row.emphasis == .strong ? cell.emboldened() : cell), style: style,
                                        width: model.columnWidths[column] - 2 * model.style.paddingX)
                XCTAssertEqual(shared.lineCount, own.lineCount, "row \(rowIndex), column \(column)")
                XCTAssertEqual(shared.height, own.height)
                XCTAssertEqual(shared.naturalWidth, own.naturalWidth)
                XCTAssertEqual(shared.links.map(\.uri), own.links.map(\.uri))
                XCTAssertEqual((0..<shared.lineCount).map(shared.lineText), (0..<own.lineCount).map(own.lineText))
                for (otherIndex, other) in rows.enumerated() where otherIndex != rowIndex {
                    let same = other.cells[column] == cell && (other.emphasis == .strong) == (row.emphasis == .strong)
                    XCTAssertEqual(model.rows[otherIndex].cells[column] === shared, same, "rows \(rowIndex), \(otherIndex), column \(column)")
                }
            }
        }
    }

    /// Every list of a document is marked with one bullet layout, the bullet of a list of
    /// its own; tables whose "(continued)" captions read the same in the same width share
    /// one, and a table with its own caption has its own.
    func testBulletsAndContinuedCaptionsMeasureAsTheirOwnLayouts() throws {
        let builder = FlowBuilder(engine: engine, theme: .standard)
        let table = { (caption: RichText?) in
            Block.table(Table(columns: [TableColumn("Week"), TableColumn("Hours")], rows: [TableRow(["1", "4 h"])],
                              caption: caption, continuedLabel: "(continued)"))
        }
        let built = try builder.build([.bulletList(["One", "Two"]), table(nil), .bulletList(["Three"]), table(nil),
                                       table("Table 2: Weekly hours"), .callout(title: nil, body: [], bullets: ["Four"], closing: [])],
                                      width: 495)
        let lists = built.compactMap { $0 as? StackFlowable }.flatMap(\.children).compactMap { $0 as? ParagraphFlowable }
        let callouts = built.compactMap { $0 as? CalloutFlowable }.flatMap(\.content.children).compactMap { $0 as? StackFlowable }
            .flatMap(\.children).compactMap { $0 as? ParagraphFlowable }
        let markers = (lists + callouts).compactMap(\.marker)
        XCTAssertEqual(markers.count, 4)
        let bulletStyle = builder.paragraphStyle(.body).with { $0.color = Theme.standard.accentColor }
        for marker in markers {
            XCTAssertTrue(marker === markers[0])
            assertMeasuresAsItsOwn(marker, engine.layout("•", style: bulletStyle, width: nil), "bullet")
        }
        let tables = built.compactMap { $0 as? TableFlowable }
        XCTAssertEqual(tables.count, 3)
        let captionStyle = builder.textStyle(size: Theme.standard.bodySize, bold: true)
        let continued = try tables.map { try XCTUnwrap($0.model.continuedCaption) }
        XCTAssertTrue(continued[0] === continued[1])
        XCTAssertFalse(continued[2] === continued[0])
        assertMeasuresAsItsOwn(continued[0], engine.layout(RichText.italic("(continued)"), style: captionStyle, width: 495), "continued")
        assertMeasuresAsItsOwn(continued[2], engine.layout(RichText("Table 2: Weekly hours ") + .italic("(continued)"),
                                                           style: captionStyle, width: 495), "captioned")
    }
}
