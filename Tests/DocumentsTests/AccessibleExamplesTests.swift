import Foundation
import XCTest
import Documents
import PlanBuilder
@testable import ReportKit

/// Every document of every shared example walked as a screen reader walks it: ReportKit's
/// own checker (`TaggedPDFAudit`) reads the structure tree, the pages, the link annotations
/// and the inflated content streams, and the document model says what must be there.
final class AccessibleExamplesTests: XCTestCase {
    private struct Rendered {
        var name: String
        var document: ReportDocument
        var pdf: [UInt8]
    }

    private static let rendered: [Rendered] = {
        guard let engine = try? TestSupport.engine() else { return [] }
        var result: [Rendered] = []
        for path in TestSupport.sharedExamples {
            guard let caseFile = try? engine.reader.read(path: path) else { continue }
            let schedule = try? engine.schedule(for: caseFile)
            for kind in engine.supportedDocuments(for: caseFile) {
                guard let document = try? engine.build(kind, caseFile: caseFile, schedule: schedule),
                      let pdf = try? engine.render(kind, caseFile: caseFile, schedule: schedule) else { continue }
                result.append(Rendered(name: "\(caseFile.caseInfo.reference) \(kind.rawValue)", document: document, pdf: pdf))
            }
        }
        return result
    }()

    func testEveryExampleDocumentPassesTheAudit() throws {
        XCTAssertGreaterThanOrEqual(Self.rendered.count, 4)
        for item in Self.rendered {
            let audit = try TaggedPDFAudit(pdf: item.pdf)
            XCTAssertEqual(audit.problems, [], item.name)
            // Running header and footer on every page are artifacts.
            XCTAssertTrue(audit.artifactsPerPage.allSatisfy { $0 > 0 }, item.name)
            XCTAssertFalse(audit.linkDescriptions.contains(where: \.isEmpty), item.name)
        }
    }

    /// A table (or key-value block) split over pages is still one Table element.
    func testEachTableIsOneTableElement() throws {
        var split = 0
        for item in Self.rendered {
            let audit = try TaggedPDFAudit(pdf: item.pdf)
            XCTAssertEqual(audit.tree.all("Table").count, Self.tableCount(item.document.blocks), item.name)
            let pages = try TestSupport.pageTexts(of: item.pdf)
            split += pages.filter { $0.contains("(continued)") }.count
        }
        XCTAssertGreaterThan(split, 0, "the examples should hold a table that crosses a page")
    }

    func testTickBoxesAreSpokenAsWords() throws {
        let reports = Self.rendered.filter { $0.name.hasSuffix("employer-report") }
        XCTAssertFalse(reports.isEmpty)
        for item in reports {
            let spoken = try TaggedPDFAudit(pdf: item.pdf).tree.all("Span").compactMap(\.actualText)
            XCTAssertTrue(spoken.contains("Yes"), item.name)
            XCTAssertTrue(spoken.contains("No"), item.name)
        }
    }

    /// Phone numbers and web addresses in the client copy's signposting are links.
    func testPhoneNumbersAndWebAddressesAreLinks() throws {
        let copies = Self.rendered.filter { $0.name.hasSuffix("client-copy") }
        XCTAssertFalse(copies.isEmpty)
        for item in copies {
            let urls = try TestSupport.run("/usr/bin/pdfinfo", ["-url", try Self.file(item.pdf).path]).output
            XCTAssertTrue(urls.contains("tel:116123"), item.name)
            XCTAssertTrue(urls.contains("https://"), item.name)
        }
    }

    private static func file(_ pdf: [UInt8]) throws -> URL {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: url)
        return url
    }

    private static func tableCount(_ blocks: [Block]) -> Int {
        blocks.reduce(0) { total, block in
            switch block {
            case .table: return total + 1
            case let .keyValues(pairs): return total + (pairs.isEmpty ? 0 : 1)
            case let .keepTogether(inner): return total + tableCount(inner)
            case let .columns(columns, _): return total + tableCount(Array(columns.joined()))
            default: return total
            }
        }
    }
}
