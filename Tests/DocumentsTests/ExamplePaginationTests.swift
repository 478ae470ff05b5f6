import Foundation
import XCTest
import Documents
import PlanBuilder
@testable import ReportKit

/// ReportKit's pagination rules held on the real documents of every shared example, in
/// standard and large print and in Welsh: no page ends with a heading or with a heading's short
/// introduction, every piece of a split table has at least two rows, every piece of a split
/// list at least two items, and no last page holds less than a quarter of a page.
final class ExamplePaginationTests: XCTestCase {
    private func documents() throws -> [(String, ReportDocument)] {
        let engine = try TestSupport.engine()
        var result: [(String, ReportDocument)] = []
        let folder = try TestSupport.temporaryFolder()
        for example in TestSupport.sharedExamples {
            let yaml = try String(contentsOfFile: example, encoding: .utf8)
            let large = folder.appendingPathComponent("large-" + URL(fileURLWithPath: example).lastPathComponent).path
            try yaml.replacingOccurrences(of: "\nclient:\n", with: "\nclient:\n  large_print: true\n")
                .write(toFile: large, atomically: true, encoding: .utf8)
            // Welsh runs about a fifth longer than English: other breaks, other splits.
            let welsh = folder.appendingPathComponent("cy-" + URL(fileURLWithPath: example).lastPathComponent).path
            let inWelsh = yaml.replacingOccurrences(of: "\n  language: en-GB\n", with: "\n  language: cy\n")
            XCTAssertNotEqual(inWelsh, yaml, "the example names its language")
            try inWelsh.write(toFile: welsh, atomically: true, encoding: .utf8)
            for path in [example, large, welsh] {
                let caseFile = try engine.reader.read(path: path)
                let schedule = try engine.schedule(for: caseFile)
                for kind in engine.supportedDocuments(for: caseFile) {
                    let name = "\(URL(fileURLWithPath: path).lastPathComponent) \(kind.rawValue)"
                    result.append((name, try engine.build(kind, caseFile: caseFile, schedule: schedule)))
                }
            }
        }
        return result
    }

    func testExamplesFollowThePaginationRules() throws {
        let engine = TextEngine()
        var checked = 0
        for (name, document) in try documents() {
            let prepared = try PreparedDocument(document, engine: engine)
            let pages = prepared.pages
            for (index, page) in pages.enumerated() where index < pages.count - 1 {
                let placed = page.placements.map(\.flowable)
                XCTAssertFalse(placed.last is HeadingFlowable, "\(name): page \(index + 1) ends with a heading")
                if placed.count >= 2, placed[placed.count - 2] is HeadingFlowable,
                   let intro = placed.last as? ParagraphFlowable, intro.text.lineCount < 4 {
                    XCTFail("\(name): page \(index + 1) ends with a heading and its introduction")
                }
            }
            let height = document.pageSize.height - document.margins.top - document.margins.bottom
                - prepared.decorator.headerExtra - prepared.decorator.footerExtra
            for page in pages {
                for case let table as TableFlowable in page.placements.map(\.flowable)
                where table.model.rows.count >= 2 * TableFlowable.minimumRows {
                    // Two rows that together outgrow a page cannot share one (tall large-print rows).
                    let first = table.slices[0].row
                    let pair = (first..<min(first + 2, table.model.rows.count))
                        .reduce(table.model.headerHeight
                                + (table.showCaption ? table.model.captionHeight : table.model.continuedCaptionHeight)) { $0 + table.model.height(of: table.model.fullSlice($1)) }
                    if pair > height { continue }
                    XCTAssertGreaterThanOrEqual(table.slices.count, TableFlowable.minimumRows, "\(name): a lone table row")
                }
            }
            // A list split across pages keeps two items on each side (the examples' lists
            // are all shorter than a page; `PaginationTests` splits one on purpose).
            for page in pages {
                for case let list as StackFlowable in page.placements.map(\.flowable)
                where list.tag == "L" && !(list.opensTag && list.closesTag) {
                    XCTAssertGreaterThanOrEqual(list.children.count, StackFlowable.minimumListItems, "\(name): a lone list item")
                }
            }
            if pages.count > 1, let last = pages.last {
                XCTAssertGreaterThanOrEqual(PageComposer.fill(of: last), height * PageComposer.minimumLastPageFill,
                                            "\(name): the last page holds less than a quarter")
            }
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 8)
    }
}
