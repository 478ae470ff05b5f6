import Foundation
import XCTest
@testable import ReportKit

/// The PDF/UA properties ReportKit adds to cairo's output, checked with ReportKit's own
/// reader of the structure tree and content streams (`TaggedPDFAudit`) — and the checker
/// itself shown to catch each fault it looks for.
final class StructureAuditTests: XCTestCase {
    private static let pdf: [UInt8] = {
        var document = SampleDocuments.everyBlock(tableRows: 40)
        document.blocks.insert(.chart(ChartTests.hoursChart), at: 8)
        document.blocks.insert(.paragraph(RichText("Ask Alex Example, 0141 555 0123, ") + .email("alex@example.org")
            + " or see www.example.org. Tick: " + .spoken("☒", as: "Yes")), at: 2)
        return (try? PDFRenderer().render(document)) ?? []
    }()

    func testSampleDocumentPassesTheAudit() throws {
        let audit = try TaggedPDFAudit(pdf: Self.pdf)
        XCTAssertEqual(audit.problems, [])
        XCTAssertEqual(audit.artifactsPerPage.count, try PDFTools.pageCount(PDFTools.write(Self.pdf, name: "audit.pdf")))
        XCTAssertTrue(audit.artifactsPerPage.allSatisfy { $0 > 0 }, "header and footer on every page are artifacts")
    }

    func testTableAcrossPagesIsOneTableWithHeaderScopes() throws {
        let tree = try TaggedPDFAudit(pdf: Self.pdf).tree
        // The key-value block and the 41-row schedule that crosses a page.
        let tables = tree.all("Table")
        XCTAssertEqual(tables.count, 2)
        let schedule = try XCTUnwrap(tables.last)
        XCTAssertEqual(tree.childTypes(schedule), ["Caption"] + Array(repeating: "TR", count: 42),
                       "one caption, one header row and 41 rows: the repeated header is an artifact")
        XCTAssertEqual(Set(tree.all("TH").compactMap(\.scope)), ["Column", "Row"])
        XCTAssertEqual(tree.all("TH").filter { $0.scope == "Column" }.count, 4)
    }

    func testParagraphWithLinksIsTaggedWhole() throws {
        let tree = try TaggedPDFAudit(pdf: Self.pdf).tree
        let paragraph = try XCTUnwrap(tree.all("P").first { tree.childTypes($0).contains("Link") })
        let kinds = tree.childTypes(paragraph)
        XCTAssertEqual(kinds.first, "Span", "the words before the first link are tagged too")
        XCTAssertEqual(kinds.filter { $0 == "Link" }.count, 3, "phone, e-mail and web address")
        XCTAssertTrue(tree.all("Span").contains { $0.actualText == "Yes" })
        let text = try PDFTools.run("pdfinfo", ["-struct-text", PDFTools.write(Self.pdf, name: "links.pdf").path])
        XCTAssertInOrder(text, ["Ask Alex Example", "0141", "alex@example.org", "www.example.org"])
        let urls = try PDFTools.run("pdfinfo", ["-url", PDFTools.write(Self.pdf, name: "links.pdf").path])
        XCTAssertTrue(urls.contains("tel:01415550123"))
        XCTAssertTrue(urls.contains("https://www.example.org"))
    }

    func testListAndParagraphAcrossPagesStayOneElementEach() throws {
        let long = RichText(String(repeating: "A paragraph long enough to cross from one page to the next. ", count: 90))
        let document = ReportDocument(metadata: SampleDocuments.metadata, footer: SampleDocuments.footer, blocks: [
            .bulletList((1...70).map { RichText("Item \($0)") }), .paragraph(long),
        ])
        let pdf = try PDFRenderer().render(document)
        XCTAssertGreaterThanOrEqual(try PDFTools.pageCount(PDFTools.write(pdf, name: "across.pdf")), 3)
        let audit = try TaggedPDFAudit(pdf: pdf)
        XCTAssertEqual(audit.problems, [])
        let lists = audit.tree.all("L")
        XCTAssertEqual(lists.count, 1)
        XCTAssertEqual(lists.first.map { audit.tree.childTypes($0) }, Array(repeating: "LI", count: 70))
        XCTAssertEqual(audit.tree.all("P").count, 1, "the long paragraph is one P over its pages")
    }

    func testLinkAnnotationsDescribeThemselves() throws {
        let audit = try TaggedPDFAudit(pdf: Self.pdf)
        XCTAssertTrue(audit.linkDescriptions.contains("alex@example.org"))
        XCTAssertTrue(audit.linkDescriptions.contains("the website"))
    }

    // MARK: The checker catches what it checks

    func testAuditFindsMissingTabsScopesAndDescriptions() throws {
        var broken = Self.pdf
        for (from, to) in [("/Tabs /S", "/Tabs /W"), ("/Scope /Column", "/Scopx /Column"), ("   /Contents <", "   /Contentx <")] {
            for position in PDFPatch.occurrences(of: Array(from.utf8), in: broken) {
                broken.replaceSubrange(position..<(position + to.utf8.count), with: Array(to.utf8))
            }
        }
        let problems = try TaggedPDFAudit(pdf: broken).problems
        XCTAssertTrue(problems.contains { $0.contains("lacks /Tabs /S") })
        XCTAssertTrue(problems.contains { $0.contains("lacks /Scope") })
        XCTAssertTrue(problems.contains { $0.contains("without /Contents") })
    }

    func testAuditFindsContentThatIsNeitherTaggedNorArtifact() throws {
        // Undo the artifact marking of the first page.
        let page = try XCTUnwrap(PDFPatch.occurrences(of: Array("<< /Type /Page %".utf8), in: Self.pdf).first)
        let stream = try PDFObjects.pageContentStream(in: Self.pdf, page: page, objects: try CrossReferences(pdf: Self.pdf))
        var content = try Deflate.inflate(Self.pdf[stream.data])
        let marker = Array("/Artifact BMC".utf8)
        for position in PDFPatch.occurrences(of: marker, in: content) {
            content.replaceSubrange(position..<(position + marker.count), with: Array("/Decorate BMC".utf8))
        }
        let compressed = try Deflate.deflate(content, level: .fastest)
        let broken = try PDFPatch.apply([
            PDFPatch.Insertion(at: stream.data.lowerBound, bytes: compressed, removing: stream.data.count),
            PDFPatch.Insertion(at: stream.lengthDigits.lowerBound, bytes: Array(String(compressed.count).utf8),
                               removing: stream.lengthDigits.count),
        ], to: Self.pdf)
        let audit = try TaggedPDFAudit(pdf: broken)
        XCTAssertTrue(audit.problems.contains { $0.hasPrefix("page 1:") && $0.contains("neither tagged nor artifacts") },
                      "\(audit.problems)")
        // The rewritten file is still a valid PDF that poppler reads.
        XCTAssertEqual(try PDFTools.pageCount(PDFTools.write(broken, name: "broken.pdf")),
                       audit.artifactsPerPage.count)
    }

    func testArtifactWrappingNeverSplitsATextObject() throws {
        let content = Array("q 1 0 0 1 0 0 cm\nBT /f-0-0 1 Tf /Span << /ActualText <feff0066> >> BDC [<01>] TJ EMC ET\n/P << /MCID 0 >> BDC\nBT [<02>] TJ ET\nEMC\n0 0 1 1 re f Q\n".utf8)
        let wrapped = String(decoding: try ContentArtifacts.wrapArtifacts(content), as: UTF8.self)
        XCTAssertEqual(wrapped, "/Artifact BMC\nq 1 0 0 1 0 0 cm\nBT /f-0-0 1 Tf /Span << /ActualText <feff0066> >> BDC [<01>] TJ EMC ET\nEMC\n/P << /MCID 0 >> BDC\nBT [<02>] TJ ET\nEMC\n/Artifact BMC\n0 0 1 1 re f Q\nEMC\n")
    }
}

/// Objects are found through the cross-reference table, and a table that does not
/// point at its objects is refused rather than followed.
final class CrossReferencesTests: XCTestCase {
    /// Offsets are read digit by digit; whatever is not plain digits reads as `Int(_:)` reads it.
    func testNumbersReadAsIntReadsThem() {
        for text in ["0000000000", "0000012345", "9999999999", "+000000012", "-000000012", " 000000012", "00000a0012",
                     "", "7", "99999999999999999999", "0000000001 00000 n"] {
            let bytes = Array(text.utf8)
            XCTAssertEqual(CrossReferences.number(in: bytes, 0..<bytes.count), Int(text), text.debugDescription)
        }
    }

    func testEveryObjectIsWhereTheTableSays() throws {
        let pdf = try PDFRenderer().render(SampleDocuments.everyBlock())
        let objects = try CrossReferences(pdf: pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        let count = text.components(separatedBy: "\nendobj").count - 1
        for number in 1...count {
            let offset = try objects.object(number, in: pdf)
            XCTAssertTrue(String(decoding: pdf[offset..<(offset + 20)], as: UTF8.self).hasPrefix("\(number) 0 obj\n"))
        }
        XCTAssertThrowsError(try objects.object(count + 1, in: pdf))
    }

    func testATableThatPointsElsewhereIsRefused() throws {
        var pdf = try PDFRenderer().render(SampleDocuments.everyBlock())
        let start = try CrossReferences.start(in: pdf)
        let (first, _) = try CrossReferences.entries(in: pdf, table: start.table)
        // Object 1's entry moved one byte on.
        let entry = first + 20
        let offset = try XCTUnwrap(Int(String(decoding: pdf[entry..<(entry + 10)], as: UTF8.self)))
        let moved = String(offset + 1)
        pdf.replaceSubrange(entry..<(entry + 10), with: Array((String(repeating: "0", count: 10 - moved.count) + moved).utf8))
        XCTAssertThrowsError(try CrossReferences(pdf: pdf).object(1, in: pdf))
    }

    /// The XMP packet PDF/UA asks for: a reader finds it through the catalog (poppler's
    /// `pdfinfo -meta`), it says PDF/UA-1, its title is the Info title with XML's
    /// characters escaped, and every object is still where the table says.
    func testMetadataStreamCarriesTheTitleAndThePDFUAIdentification() throws {
        var document = SampleDocuments.everyBlock()
        document.metadata.title = "Plan & review <draft> for Siân"
        let pdf = try PDFRenderer().render(document)
        let meta = try PDFTools.run("pdfinfo", ["-meta", PDFTools.write(pdf, name: "xmp.pdf").path])
        XCTAssertTrue(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), meta)
        XCTAssertTrue(meta.contains(">Plan &amp; review &lt;draft&gt; for Siân</rdf:li>"), meta)
        XCTAssertTrue(meta.contains("<dc:language><rdf:Bag><rdf:li>\(document.metadata.language ?? "")</rdf:li>"), meta)
        XCTAssertEqual(try TaggedPDFAudit(pdf: pdf).problems, [])
        let objects = try CrossReferences(pdf: pdf)
        let count = try CrossReferences.entries(in: pdf, table: try CrossReferences.start(in: pdf).table).count
        for number in 1..<count { XCTAssertNoThrow(try objects.object(number, in: pdf), "object \(number)") }
        XCTAssertEqual(try PDFRenderer().render(document), pdf, "same input, same bytes")
    }

    func testAuditFindsAMissingMetadataStream() throws {
        var pdf = try PDFRenderer().render(SampleDocuments.everyBlock())
        let start = try XCTUnwrap(PDFPatch.occurrences(of: Array("   /Metadata ".utf8), in: pdf).first)
        let end = try XCTUnwrap(pdf[start...].firstIndex(of: 0x0A))
        // Blanked to the same length, so every offset in the table stays right.
        pdf.replaceSubrange(start..<end, with: Array(repeating: UInt8(ascii: " "), count: end - start))
        XCTAssertEqual(try TaggedPDFAudit(pdf: pdf).problems, ["catalog lacks /Metadata"])
    }
}

/// The content lexer names each operator exactly, whatever its operands hold.
final class ContentOperatorsTests: XCTestCase {
    func testOperatorsAreNamedExactly() throws {
        let content = Array("/Artifact BMC\nq 1 0 0 1 0 0 cm (EMC \\) BDC) Tj [(a) -20 (b)] TJ\nEMC\n/P <</MCID 3>> BDC BT /f-0-0 12 Tf ET EMC\n".utf8)
        let names = try ContentOperators.parse(content).map(\.name.description)
        XCTAssertEqual(names, ["BMC", "q", "cm", "Tj", "TJ", "EMC", "BDC", "BT", "Tf", "ET", "EMC"])
        XCTAssertNotEqual(OperatorName(ArraySlice(Array("BDCX".utf8))), "BDC")
        XCTAssertNotEqual(OperatorName(ArraySlice(Array("abcdefghij".utf8))), "abcdefg", "a long token is never a short name")
    }

    /// The lexer with its shortcuts (a byte-class table, kerned text skipped in a loop of its
    /// own) finds the operators, with their ranges, that a plain token-by-token lexer finds,
    /// on random streams of what cairo writes and what it might.
    func testShortcutsFindWhatEveryTokenGives() throws {
        var generator = ReplayableGenerator(seed: 20261205)
        let pieces = ["[", "]", "(a)", "(b\\)c)", "((n)e)", "-12", "3.5", "+4", ".5", " ", "\n", "TJ", "Tj", "BT", "ET", "q", "Q",
                      "/F1", "<01ab>", "<<", ">>", "/MCID", "BDC", "EMC", "true", "null", "% c\n", "{", "}", "1 0 0 1 0 0 cm", "x]"]
        var compared = 0
        for _ in 0..<4000 {
            let content = Array((0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "").utf8)
            let expected = Result { try Self.everyToken(content) }
            let actual = Result { try ContentOperators.parse(content).map { "\($0.name) \($0.start) \($0.end)" } }
            switch (expected, actual) {
            case (.success(let want), .success(let got)): XCTAssertEqual(got, want, String(decoding: content, as: UTF8.self))
            case (.failure, .failure): break
            default: XCTFail("\(String(decoding: content, as: UTF8.self)): \(expected) \(actual)")
            }
            compared += 1
        }
        XCTAssertEqual(compared, 4000)
    }

    /// The lexer as it was: one token at a time, every array element a round of the loop.
    private static func everyToken(_ bytes: [UInt8]) throws -> [String] {
        var result: [String] = []
        var index = 0
        var operandStart: Int?
        let count = bytes.count
        func isWhite(_ byte: UInt8) -> Bool { byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32 }
        func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }
        while index < count {
            let byte = bytes[index]
            if isWhite(byte) { index += 1; continue }
            if byte == UInt8(ascii: "%") {
                while index < count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
                continue
            }
            let tokenStart = index
            switch byte {
            case UInt8(ascii: "("):
                var depth = 0
                while index < count {
                    let current = bytes[index]
                    if current == UInt8(ascii: "\\") { index += 2; continue }
                    if current == UInt8(ascii: "(") { depth += 1 }
                    if current == UInt8(ascii: ")") { depth -= 1; if depth == 0 { index += 1; break } }
                    index += 1
                }
            case UInt8(ascii: "<"):
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "<") {
                    index += 2
                } else {
                    while index < count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                }
            case UInt8(ascii: ">"):
                index += index + 1 < count && bytes[index + 1] == UInt8(ascii: ">") ? 2 : 1
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                index += 1
            case UInt8(ascii: "/"):
                index += 1
                while index < count, !isWhite(bytes[index]), !isDelimiter(bytes[index]) { index += 1 }
            default:
                while index < count, !isWhite(bytes[index]), !isDelimiter(bytes[index]) { index += 1 }
                let first = bytes[tokenStart]
                if (first >= 48 && first <= 57) || first == 43 || first == 45 || first == 46 { break }
                let token = String(decoding: bytes[tokenStart..<index], as: UTF8.self)
                if token == "true" || token == "false" || token == "null" { break }
                result.append("\(OperatorName(bytes[tokenStart..<index])) \(operandStart ?? tokenStart) \(index)")
                operandStart = nil
                continue
            }
            if operandStart == nil { operandStart = tokenStart }
        }
        guard operandStart == nil else { throw PDFPatch.failure("content stream ends with operands") }
        return result
    }
}
