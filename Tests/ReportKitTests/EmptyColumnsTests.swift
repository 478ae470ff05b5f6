import XCTest
@testable import ReportKit

/// A column no row fills in is left out; the first column stays whatever it holds, and a
/// table with every column filled is unchanged.
final class EmptyColumnsTests: XCTestCase {
    private func table(_ rows: [[String]]) -> Table {
        Table(columns: ["Date", "Week", "Days", "Note"].map { TableColumn(RichText($0)) },
              rows: rows.map { TableRow(cells: $0.map { RichText($0) }) })
    }

    func testColumnsNoRowFillsAreLeftOut() {
        let trimmed = table([["13 Mar", "2", "", ""], ["27 Mar", "4", "", ""]]).withoutEmptyColumns()
        XCTAssertEqual(trimmed.columns.map(\.title.plainText), ["Date", "Week"])
        XCTAssertEqual(trimmed.rows.map { $0.cells.map(\.plainText) }, [["13 Mar", "2"], ["27 Mar", "4"]])
    }

    func testTheFirstColumnAndFilledColumnsStay() {
        let trimmed = table([["", "2", "", "Managed"], ["", "4", "3", ""]]).withoutEmptyColumns()
        XCTAssertEqual(trimmed.columns.map(\.title.plainText), ["Date", "Week", "Days", "Note"])
        let full = table([["13 Mar", "2", "3", "Managed"]]).withoutEmptyColumns()
        XCTAssertEqual(full.columns.count, 4)
    }
}
