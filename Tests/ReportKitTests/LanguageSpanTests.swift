import Foundation
import XCTest
@testable import ReportKit

/// A document in two languages marks the second with its own `/Lang` on the structure
/// elements, so a screen reader changes voice; the first keeps the document's language.
final class LanguageSpanTests: XCTestCase {
    private func document(changes: [LanguageChange]) -> ReportDocument {
        var document = ReportDocument(
            metadata: DocumentMetadata(title: "Cynllun / Plan", creationDate: "2026-03-02", language: "cy"),
            footer: RunningFooter(left: "VR-1"),
            blocks: [
                .heading(level: 1, text: "Cynllun dychwelyd i'r gwaith"),
                .paragraph("Mae'r cynllun hwn yn dangos eich oriau."),
                .bulletList(["Dydd Llun", "Dydd Mawrth"]),
                .pageBreak,
                .heading(level: 1, text: "Return-to-work plan"),
                .paragraph("This plan shows your hours. Call 0141 555 0123 or visit https://example.org."),
                .table(Table(columns: [TableColumn("Week"), TableColumn("Hours")], rows: [TableRow(["1", "8 h"])])),
            ])
        document.languageChanges = changes
        return document
    }

    /// Each Document child's object text, in order, from the finished PDF.
    private func topLevelElements(_ pdf: [UInt8]) throws -> [String] {
        let text = String(decoding: pdf, as: UTF8.self)
        let document = try XCTUnwrap(text.range(of: "/S /Document\n"))
        let kids = try XCTUnwrap(text.range(of: "/K [", range: document.upperBound..<text.endIndex))
        let end = try XCTUnwrap(text.range(of: "]", range: kids.upperBound..<text.endIndex))
        let numbers = text[kids.upperBound..<end.lowerBound].split(separator: " ").enumerated()
            .filter { $0.offset % 3 == 0 }.map(\.element)
        return try numbers.map { number in
            let start = try XCTUnwrap(text.range(of: "\n\(number) 0 obj\n"))
            let close = try XCTUnwrap(text.range(of: "endobj", range: start.upperBound..<text.endIndex))
            return String(text[start.upperBound..<close.lowerBound])
        }
    }

    func testTheSecondLanguageCarriesItsOwnLang() throws {
        let pdf = try PDFRenderer().render(document(changes: [LanguageChange(blockIndex: 4, language: "en-GB")]))
        let elements = try topLevelElements(pdf)
        XCTAssertEqual(elements.count, 6, "H1, P, L, then H1, P, Table")
        for (index, element) in elements.enumerated() {
            XCTAssertEqual(element.contains("/Lang (en-GB)"), index >= 3, "element \(index): \(element)")
        }
        let url = try PDFTools.write(pdf, name: "language-spans.pdf")
        XCTAssertInOrder(try PDFTools.text(url), ["Cynllun dychwelyd", "Return-to-work plan", "0141 555 0123"])
    }

    func testOneLanguageIsLeftAsItWas() throws {
        let pdf = try PDFRenderer().render(document(changes: []))
        XCTAssertFalse(String(decoding: pdf, as: UTF8.self).contains("/Lang (en-GB)"))
        XCTAssertTrue(String(decoding: pdf, as: UTF8.self).contains("/Lang (cy)"))
    }

    /// "Llofnod / Signature" in the English half: the Welsh word is a Span of its own
    /// with `/Lang (cy)`, the rest stays in the paragraph's language, and the line reads
    /// as one.
    func testARunInAnotherLanguageIsASpanWithItsOwnLang() throws {
        var document = document(changes: [LanguageChange(blockIndex: 4, language: "en-GB")])
        document.blocks.append(.paragraph(RichText.inLanguage("Llofnod", "cy") + RichText(" / Signature")))
        let pdf = try PDFRenderer().render(document)
        let text = String(decoding: pdf, as: UTF8.self)
        let spans = text.components(separatedBy: " 0 obj\n").map { $0.components(separatedBy: "endobj")[0] }.filter { $0.contains("/S /Span") }
        XCTAssertEqual(spans.filter { $0.contains("/Lang (cy)") }.count, 1, "one Welsh span")
        XCTAssertEqual(spans.filter { $0.contains("/Lang") }.count, 1, "the English around it inherits the paragraph's")
        let url = try PDFTools.write(pdf, name: "inline-language.pdf")
        XCTAssertTrue(try PDFTools.text(url).contains("Llofnod / Signature"))
    }
}
