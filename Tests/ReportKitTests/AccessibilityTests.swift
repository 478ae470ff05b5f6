import Foundation
import XCTest
@testable import ReportKit

/// What a screen reader or assistive tool gets, read back with poppler:
/// tagging, the outline, the structure tree in reading order, live links.
final class AccessibilityTests: XCTestCase {
    private func render() throws -> URL {
        var document = SampleDocuments.everyBlock(tableRows: 40)
        // After the "Schedule" heading, before the table.
        document.blocks.insert(.chart(ChartTests.hoursChart), at: 8)
        return try PDFTools.write(try PDFRenderer().render(document), name: "accessibility.pdf")
    }

    func testOutlineListsHeadingsNestedWithTheirPages() throws {
        let url = try render()
        let xml = try PDFTools.run("pdftohtml", ["-xml", "-i", "-stdout", "-q", url.path])
        let outline = try XCTUnwrap(xml.range(of: "<outline>").map { String(xml[$0.lowerBound...]) })
        XCTAssertInOrder(outline, [
            "<item page=\"1\">Quarterly Facilities Report</item>", "<outline>", ">Summary</item>",
            ">Schedule</item>", ">Agreement</item>", "</outline>", ">Appendix</item>",
        ])
        XCTAssertFalse(outline.contains("Small print"), "level 3 headings stay out of the outline")
    }

    func testStructureTreeReadsInVisualOrder() throws {
        let structure = try PDFTools.run("pdfinfo", ["-struct-text", try render().path])
        XCTAssertTrue(structure.hasPrefix("Document"))
        XCTAssertInOrder(structure, [
            "H1", "Quarterly Facilities Report", "P", "This report summarises", "Table", "Prepared for",
            "H2", "Summary", "L", "LI", "Lbl", "LBody", "Roof repairs", "Key message",
            "H2", "Schedule", "Figure", "Caption", "Hours per week", "Table", "Caption", "Table 1: Weekly schedule", "TR", "TH", "Week", "TD", "Week 1",
            "Week 40", "H2", "Agreement", "Director", "H1", "Appendix",
        ])
        // The repeated header and "(continued)" caption are pagination artifacts.
        XCTAssertFalse(structure.contains("(continued)"))
        // Running headers and footers are not content: they stay out of the tree.
        XCTAssertFalse(structure.contains("REF-2026-0042"))
        XCTAssertFalse(structure.contains("Page 1 of"))
    }

    func testLinksAreLiveAnnotations() throws {
        let urls = try PDFTools.run("pdfinfo", ["-url", try render().path])
        XCTAssertTrue(urls.contains("mailto:alex@example.org"))
        XCTAssertTrue(urls.contains("https://example.org/report"))
        let structure = try PDFTools.run("pdfinfo", ["-struct-text", try render().path])
        XCTAssertInOrder(structure, ["Link", "alex@example.org", "Link", "the website"])
    }

    func testWindowTitleAndTagging() throws {
        let url = try render()
        let info = try PDFTools.info(url)
        XCTAssertEqual(info["Tagged"], "yes")
        XCTAssertEqual(info["Title"], "Quarterly Facilities Report")
        // cairo 1.16 has no API for these; ReportKit adds them to the catalog.
        let raw = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        XCTAssertTrue(raw.contains("/Lang (en-GB)"))
        XCTAssertTrue(raw.contains("/DisplayDocTitle true"))
        var bad = SampleDocuments.everyBlock()
        bad.metadata.language = "en GB) /Evil"
        XCTAssertThrowsError(try PDFRenderer().render(bad)) {
            XCTAssertEqual($0 as? ReportKitError, .invalidLanguage("en GB) /Evil"))
        }
        XCTAssertTrue(CatalogEntries.isLanguageTag("zh-Hant-TW"))
        XCTAssertTrue(CatalogEntries.isLanguageTag("cy"))
        XCTAssertFalse(CatalogEntries.isLanguageTag("e"))
    }
}
