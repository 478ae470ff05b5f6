import Foundation
import XCTest
@testable import ReportKit

/// Very long text is laid out in time proportional to its length, every character of it
/// is drawn, and text too long to lay out is refused with an error rather than clipped.
final class LongTextTests: XCTestCase {
    private func document(_ blocks: [Block], header: String = "Service") -> ReportDocument {
        ReportDocument(metadata: SampleDocuments.metadata, header: RunningHeader(left: header, right: "Plan"),
                       footer: SampleDocuments.footer, blocks: blocks)
    }

    private func timedRender(_ document: ReportDocument) throws -> (seconds: Double, pdf: [UInt8]) {
        let started = Date()
        let pdf = try PDFRenderer().render(document)
        return (Date().timeIntervalSince(started), pdf)
    }

    /// A 45,000-character word took seconds (Pango re-measured the rest of the word for
    /// every line); with break opportunities it takes a small fraction of a second.
    func testALongUnbrokenWordIsWrappedQuicklyAndDrawnWhole() throws {
        let word = String(repeating: "Z", count: 45_000)
        let table = Table(columns: [TableColumn("Name"), TableColumn("Week")], rows: [TableRow([RichText(word), "1"])])
        for (name, blocks) in [("paragraph", [Block.paragraph(RichText(word))]), ("cell", [.table(table)]),
                               ("list", [.bulletList([RichText(word)])])] {
            let (seconds, pdf) = try timedRender(document(blocks))
            XCTAssertLessThan(seconds, 3, name)
            let text = try PDFTools.text(try PDFTools.write(pdf, name: "long-word-\(name).pdf"), layout: false)
            XCTAssertEqual(text.filter { $0 == "Z" }.count, 45_000, "\(name): every character is drawn")
            XCTAssertFalse(text.unicodeScalars.contains("\u{200B}"), "\(name): no break character in the text")
        }
    }

    func testTimeGrowsInProportionToTheLengthOfAWord() throws {
        func seconds(_ length: Int) throws -> Double {
            try timedRender(document([.paragraph(RichText(String(repeating: "x", count: length)))])).seconds
        }
        _ = try seconds(1_000)
        let short = try seconds(4_000), long = try seconds(40_000)
        // Ten times the text: about ten times the time, nowhere near a hundred.
        XCTAssertLessThan(long, max(short, 0.01) * 40, "short \(short) s, long \(long) s")
    }

    func testShortWordsAreLeftExactlyAsWritten() {
        let address = "firstname.lastname@a-rather-long-organisation-name.example.org"
        XCTAssertEqual(WordBreaks.inserted(into: address), address)
        let long = String(repeating: "a", count: 64)
        XCTAssertEqual(WordBreaks.inserted(into: long).filter { $0 == "\u{200B}" }.count, 64 / WordBreaks.interval - 1)
        XCTAssertEqual(WordBreaks.inserted(into: "word " + long).filter { $0 != "\u{200B}" }, "word " + long)
    }

    func testTextTooLongToLayOutIsAnErrorNotAClippedLine() throws {
        let long = String(repeating: "Words and more words. ", count: 20_000)
        for blocks in [[Block.paragraph(RichText(long))], [.keyValues([KeyValue("Note", RichText(long))])],
                       [.table(Table(columns: [TableColumn("A")], rows: [TableRow([RichText(long)])]))]] {
            XCTAssertThrowsError(try PDFRenderer().render(document(blocks))) { error in
                XCTAssertEqual(error as? ReportKitError, .textTooLong(characters: 440_000, limit: TextLimits.maxCharacters))
            }
        }
        XCTAssertThrowsError(try PDFRenderer().render(document([], header: long)))
        XCTAssertNoThrow(try PDFRenderer().render(document([.paragraph(RichText(String(long.prefix(TextLimits.maxCharacters))))])))
    }

    /// A heading taller than a page is split between lines: every character lands inside
    /// a page (text drawn off the page would still be extracted, so the check crops to it).
    func testAHeadingTallerThanAPageIsSplitNotDrawnOffThePage() throws {
        let word = String(repeating: "Z", count: 4_500)
        let pdf = try PDFRenderer().render(document([.heading(level: 2, text: RichText(word)), .paragraph("After.")]))
        let url = try PDFTools.write(pdf, name: "long-heading.pdf")
        let pages = try PDFTools.pageCount(url)
        XCTAssertGreaterThan(pages, 1)
        var inside = 0
        for page in 1...pages {
            let text = try PDFTools.run("pdftotext", ["-f", String(page), "-l", String(page), "-x", "0", "-y", "0",
                                                      "-W", "595", "-H", "842", url.path, "-"])
            inside += text.filter { $0 == "Z" }.count
        }
        XCTAssertEqual(inside, 4_500)
    }
}
