import XCTest
@testable import ReportKit

/// End-to-end checks on real PDF output, read back with poppler.
final class RenderedPDFTests: XCTestCase {
    func testEveryBlockTypeRendersInReadingOrder() throws {
        let bytes = try PDFRenderer().render(SampleDocuments.everyBlock())
        XCTAssertEqual(Array(bytes.prefix(5)), Array("%PDF-".utf8))
        let url = try PDFTools.write(bytes, name: "every-block.pdf")
        let text = try PDFTools.text(url)
        XCTAssertInOrder(text, [
            "Quarterly Facilities Report", "Prepared for", "Board of directors", "alex@example.org",
            "Summary", "Work went well and mostly to plan", "Roof repairs finished", "hanging indent",
            "the website", "Key message", "Callouts hold", "Schedule", "Table 1: Weekly schedule",
            "Week", "Days", "Hours", "Notes", "Week 1", "Week 12", "Total", "156 h",
            "Figures in the table are provisional", "Small print", "Agreement",
            // Parties sit side by side, so -layout text reads across the row.
            "Director", "Manager", "Auditor", "Sam Signer", "Robin Reviewer", "Name", "Signature", "Date",
            "Appendix",
        ])
        let info = try PDFTools.info(url)
        XCTAssertEqual(info["Title"], "Quarterly Facilities Report")
        XCTAssertEqual(info["Author"], "ReportKit Tests")
        XCTAssertEqual(info["Subject"], "Layout engine sample")
        XCTAssertEqual(info["Keywords"], "report, sample")
        XCTAssertEqual(info["Creator"], "ReportKitTests")
        XCTAssertEqual(info["Tagged"], "yes")
        XCTAssertEqual(info["CreationDate"], "Mon Mar  2 00:00:00 2026 UTC")
        XCTAssertTrue(info["Page size"]?.hasPrefix("595.276 x 841.89") ?? false, "\(info["Page size"] ?? "")")
    }

    func testFontsAreEmbedded() throws {
        let url = try PDFTools.write(try PDFRenderer().render(SampleDocuments.everyBlock()), name: "fonts.pdf")
        let lines = try PDFTools.run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            // Columns: name type encoding emb sub uni object ID
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertTrue(columns.contains("yes"), "font not embedded: \(line)")
        }
    }

    func testEveryPageHasFooterWithPageXOfY() throws {
        let url = try PDFTools.write(try PDFRenderer().render(SampleDocuments.everyBlock(tableRows: 80)),
                                     name: "footers.pdf")
        let pages = try PDFTools.pageCount(url)
        XCTAssertGreaterThanOrEqual(pages, 3)
        for page in 1...pages {
            let text = try PDFTools.text(url, page: page)
            XCTAssertTrue(text.contains("Page \(page) of \(pages)"), "page \(page) footer missing")
            XCTAssertTrue(text.contains("REF-2026-0042"), "page \(page) reference missing")
            XCTAssertTrue(text.contains("Confidential: for the named recipients only"))
            XCTAssertTrue(text.contains("Northwind Facilities"), "page \(page) header missing")
        }
    }

    func testLongTableRepeatsHeaderOnEveryPageAndKeepsAllRows() throws {
        let rows = (1...200).map { TableRow(cells: ["Item \($0)", "Value \($0 * 3)", "ok"]) }
        let document = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [
                .heading(level: 1, text: "Long table"),
                .table(Table(columns: [TableColumn("Identifier"), TableColumn("Measurement", weight: 2),
                                       TableColumn("Status", alignment: .center)],
                             rows: rows, caption: "All items")),
                .paragraph("After the table.", style: .body),
            ])
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "long-table.pdf")
        let pages = try PDFTools.pageCount(url)
        XCTAssertGreaterThanOrEqual(pages, 4)
        var allText = ""
        for page in 1...pages {
            let text = try PDFTools.text(url, page: page)
            XCTAssertInOrder(text, ["Identifier", "Measurement", "Status"])
            allText += text
        }
        XCTAssertInOrder(allText, rows.indices.map { "Item \($0 + 1) " } + ["After the table."])
        XCTAssertEqual(allText.components(separatedBy: "All items").count - 1, pages, "caption on every page")
        XCTAssertEqual(allText.components(separatedBy: "All items (continued)").count - 1, pages - 1,
                       "marked as continued after the first page")
        // The last row never stands alone under a repeated header.
        let last = try PDFTools.text(url, page: pages)
        XCTAssertTrue(last.contains("Item 199 ") && last.contains("Item 200 "))
    }

    func testTwoRendersAreByteIdentical() throws {
        let document = SampleDocuments.everyBlock(tableRows: 40)
        let first = try PDFRenderer().render(document)
        let renderer = PDFRenderer()
        let second = try renderer.render(document)
        let third = try renderer.render(document)
        XCTAssertEqual(first, second)
        XCTAssertEqual(second, third)
    }

    func testUnbrokenWordWrapsInsideTheTextArea() throws {
        let word = (0..<300).map { i in String(UnicodeScalar(UInt8(97 + i % 26))) }.joined()
        let url = "https://example.org/" + String(repeating: "very-long-path-segment/", count: 8)
        let document = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [
                .paragraph(RichText(word), style: .body),
                .table(Table(columns: [TableColumn("A"), TableColumn("B")],
                             rows: [TableRow(cells: [RichText(word), .link(url, url: url)])])),
                .keyValues([KeyValue(RichText(word), RichText(word))]),
            ])
        let pdf = try PDFTools.write(try PDFRenderer().render(document), name: "long-word.pdf")
        // The paragraph comes first and spans the full width, so its lines
        // joined give back the word with nothing lost or added.
        let text = try PDFTools.text(pdf, layout: false)
        let paragraph = text.components(separatedBy: "\n").prefix { !$0.hasPrefix("A") }.joined()
        XCTAssertEqual(paragraph, word)
        // Inside table cells and key-value columns every character survives too.
        let letters = text.filter { ("a"..."z").contains($0) }
        let urlLetters = url.filter { ("a"..."z").contains($0) }
        XCTAssertGreaterThanOrEqual(letters.count, 300 * 3 + urlLetters.count)
        XCTAssertFalse(text.contains("-\n"), "no hyphen inserted where a word was broken")
        // No word box may cross the right margin (595 - 50).
        let boxes = try PDFTools.run("pdftotext", ["-bbox", pdf.path, "-"])
        for line in boxes.split(separator: "\n") where line.contains("<word") {
            guard let range = line.range(of: "xMax=\"") else { continue }
            let value = Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
            XCTAssertLessThanOrEqual(value, 595.276 - 50 + 0.5, "text overflows the margin: \(line)")
        }
    }

    /// A word too long for its line (under the length that gets break opportunities of
    /// its own) is broken with nothing lost and no hyphen added: copied, it is still the
    /// word. (Pango 1.50 adds no hyphen at such a break; a Pango that would is told not to
    /// once a word breaks, `TextLayout.keepBrokenWordsWhole`.)
    func testAWordTooLongForItsLineIsBrokenWithoutAHyphen() throws {
        let word = String(repeating: "Mw", count: 31)
        XCTAssertLessThan(word.count, WordBreaks.threshold)
        let document = ReportDocument(metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
                                      blocks: [.paragraph(RichText(word), style: .body)])
        let pdf = try PDFTools.write(try PDFRenderer().render(document), name: "long-line-word.pdf")
        let text = try PDFTools.text(pdf, layout: false)
        // The word's pieces: lines of letters (and a hyphen, were one added) from the word.
        let pieces = text.components(separatedBy: "\n").filter { line in
            let letters = line.filter(\.isLetter)
            return letters.count > 1 && !line.contains(" ") && word.contains(letters)
        }
        XCTAssertGreaterThan(pieces.count, 1, "the word is broken: \(text)")
        XCTAssertEqual(pieces.joined(), word, "nothing lost or added: \(text)")
    }

    func testLinksBookmarksAndLetterSize() throws {
        var document = SampleDocuments.everyBlock()
        document.pageSize = .letter
        let bytes = try PDFRenderer().render(document)
        let url = try PDFTools.write(bytes, name: "letter.pdf")
        XCTAssertTrue(try PDFTools.info(url)["Page size"]?.hasPrefix("612 x 792") ?? false)
        let raw = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(raw.contains("https://example.org/report"), "web link annotation missing")
        XCTAssertTrue(raw.contains("mailto:alex@example.org"), "mailto link missing")
        XCTAssertTrue(raw.contains("/Outlines"), "no bookmarks")
        // Bookmarks for level 1 and 2 headings, including one inside a keep-together group;
        // level 3 headings are left out.
        for title in ["Quarterly Facilities Report", "Summary", "Schedule", "Agreement", "Appendix"] {
            XCTAssertTrue(raw.contains("/Title (\(title))"), "bookmark \(title) missing")
        }
        XCTAssertFalse(raw.contains("/Title (Small print)"))
        for tag in ["/Document", "/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD", "/Link"] {
            XCTAssertTrue(raw.contains("/S \(tag)") || raw.contains("/S\(tag)"), "structure tag \(tag) missing")
        }
    }

    func testMarkupCharactersAndOtherScriptsAreLiteralText() throws {
        let document = ReportDocument(
            metadata: DocumentMetadata(title: "Scripts & <symbols>", creationDate: "2026-03-02"),
            footer: RunningFooter(left: "A&B <ref>"),
            blocks: [
                .paragraph("Tags like <b>bold</b> & entities &amp; stay literal.", style: .body),
                .paragraph("Ελληνικά, русский, Türkçe, Polski: zażółć gęślą jaźń.", style: .body),
                .paragraph("العربية 中文 日本語 हिन्दी", style: .body),
            ])
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "scripts.pdf")
        let text = try PDFTools.text(url)
        XCTAssertTrue(text.contains("Tags like <b>bold</b> & entities &amp; stay literal."))
        XCTAssertTrue(text.contains("Ελληνικά, русский, Türkçe"))
        XCTAssertTrue(text.contains("A&B <ref>"))
        XCTAssertEqual(try PDFTools.info(url)["Title"], "Scripts & <symbols>")
    }

    func testRowTallerThanAPageIsSplitByLines() throws {
        let lines = (1...150).map { "Line \($0) of a very tall cell." }.joined(separator: "\n")
        let document = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [.table(Table(columns: [TableColumn("Name"), TableColumn("Notes", weight: 3)],
                                  rows: [TableRow(cells: ["Short", "Before"]),
                                         TableRow(cells: ["Tall", RichText(lines)]),
                                         TableRow(cells: ["After", "End"])]))])
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "tall-row.pdf")
        let pages = try PDFTools.pageCount(url)
        XCTAssertGreaterThanOrEqual(pages, 3)
        var all = ""
        for page in 1...pages {
            let text = try PDFTools.text(url, page: page)
            XCTAssertInOrder(text, ["Name", "Notes"])
            all += text
        }
        XCTAssertInOrder(all, ["Before"] + (1...150).map { "Line \($0) of" } + ["After"])
    }

    func testRenderToURLWritesTheFile() throws {
        let url = PDFTools.directory.appendingPathComponent("written.pdf")
        try PDFRenderer().render(SampleDocuments.everyBlock(), to: url)
        XCTAssertEqual(try PDFTools.info(url)["Title"], "Quarterly Facilities Report")
    }

    func testNoBlankPages() throws {
        let document = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [.pageBreak, .paragraph("One", style: .body), .pageBreak, .pageBreak,
                     .spacer(2000), .paragraph("Two", style: .body), .pageBreak])
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "breaks.pdf")
        XCTAssertEqual(try PDFTools.pageCount(url), 2)
        XCTAssertTrue(try PDFTools.text(url, page: 1).contains("One"))
        XCTAssertTrue(try PDFTools.text(url, page: 2).contains("Two"))

        let empty = ReportDocument(metadata: SampleDocuments.metadata, footer: SampleDocuments.footer, blocks: [])
        let emptyURL = try PDFTools.write(try PDFRenderer().render(empty), name: "empty.pdf")
        XCTAssertEqual(try PDFTools.pageCount(emptyURL), 1)
    }

    func testBadInputGivesTypedErrors() {
        let badTable = ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [.table(Table(columns: [TableColumn("A"), TableColumn("B")],
                                  rows: [TableRow(cells: ["1", "2"]), TableRow(cells: ["only one"])]))])
        XCTAssertThrowsError(try PDFRenderer().render(badTable)) { error in
            XCTAssertEqual(error as? ReportKitError, .tableRowCellCount(row: 1, expected: 2, actual: 1))
            XCTAssertEqual("\(error)", "table row 2 has 1 cells but the table has 2 columns")
        }
        var badDate = SampleDocuments.everyBlock()
        badDate.metadata.creationDate = "yesterday"
        XCTAssertThrowsError(try PDFRenderer().render(badDate)) { error in
            XCTAssertEqual(error as? ReportKitError, .invalidCreationDate("yesterday"))
        }
        var tiny = SampleDocuments.everyBlock()
        tiny.margins = Margins(all: 300)
        XCTAssertThrowsError(try PDFRenderer().render(tiny))
    }
}
