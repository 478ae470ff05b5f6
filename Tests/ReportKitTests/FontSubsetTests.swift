import XCTest
@testable import ReportKit

/// Text is embedded as plain letters and spaces: no "fi" or "ff" ligature glyph, which a
/// screen reader, a search or a copy reads as one compatibility character (U+FB01), and
/// no no-break space glyph. Either made cairo embed a second, CID-keyed subset of each
/// font. The words a no-break space joins still never part (PaginationTests).
final class FontSubsetTests: XCTestCase {
    func testLettersAndSpacesNeedOnlyOneSubsetPerFont() throws {
        let sentence = "The office staff find the fluffy files in 4\u{00A0}h on Wed\u{00A0}18\u{00A0}March."
        let blocks: [Block] = [
            .paragraph(RichText(sentence), style: .body),
            .paragraph(.bold(sentence), style: .body),
            .paragraph(.italic(sentence), style: .body),
        ]
        let url = try PDFTools.write(try PDFRenderer().render(ReportDocument(metadata: SampleDocuments.metadata,
                                                                             footer: SampleDocuments.footer, blocks: blocks)),
                                     name: "subsets.pdf")
        let fonts = try PDFTools.run("pdffonts", [url.path])
        XCTAssertFalse(fonts.contains("Identity-H"), fonts)
        XCTAssertTrue(fonts.contains("DejaVuSans-Bold") && fonts.contains("DejaVuSans-Oblique"), fonts)
        let text = try PDFTools.text(url, layout: false)
        XCTAssertFalse(text.unicodeScalars.contains { (0xFB00...0xFB06).contains($0.value) }, text)
        XCTAssertEqual(text.components(separatedBy: "The office staff find the fluffy files in 4 h on Wed 18 March.").count - 1, 3, text)
    }
}
