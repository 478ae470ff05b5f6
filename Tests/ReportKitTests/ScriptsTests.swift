import Foundation
import XCTest
@testable import ReportKit

/// Names and text in every script a client may have: shaped, with font
/// fallback, embedded, and extractable. Needs the fonts scripts/setup.sh
/// installs (fonts-noto-ui-core, fonts-wqy-microhei, fonts-symbola).
final class ScriptsTests: XCTestCase {
    static let samples: [(script: String, text: String, words: [String])] = [
        ("Arabic", "سارة العلي", ["سارة", "العلي"]),
        ("Urdu", "عائشہ خان", ["عائشہ", "خان"]),
        ("Chinese", "王小明 重返工作计划", ["王小明"]),
        ("Japanese", "山田花子さん", ["山田花子さん"]),
        ("Korean", "김민준 직장 복귀", ["김민준"]),
        ("Welsh", "Llŷr ap Dafydd, ŵyr Siân", ["Llŷr", "ŵyr", "Siân"]),
        ("Irish", "Seán Ó Briain, Máire Ní Mhurchú", ["Seán", "Máire", "Mhurchú"]),
        ("Emoji", "Great progress 👍 🎉 ✅", ["👍", "🎉", "✅"]),
    ]

    static var document: ReportDocument {
        ReportDocument(
            metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
            blocks: [.heading(level: 1, text: "Names")]
                + [.keyValues(samples.map { KeyValue(RichText($0.script), RichText($0.text)) })]
                + [.table(Table(columns: [TableColumn("Name"), TableColumn("Script")],
                                rows: samples.map { TableRow(cells: [RichText($0.text), RichText($0.script)]) }))])
    }

    func testEveryScriptIsEmbeddedAndExtractable() throws {
        let url = try PDFTools.write(try PDFRenderer().render(ScriptsTests.document), name: "scripts.pdf")
        let fonts = try PDFTools.run("pdffonts", [url.path])
        for family in ["NotoNaskhArabicUI", "WenQuanYiMicroHei", "Symbola"] {
            XCTAssertTrue(fonts.contains(family), "\(family) not used; is it installed?\n\(fonts)")
        }
        let text = try PDFTools.text(url, layout: false)
        for sample in ScriptsTests.samples {
            for word in sample.words {
                XCTAssertTrue(text.contains(word), "\(sample.script): \"\(word)\" not extracted")
            }
        }
        // Emoji are outlines, never colour bitmaps (cairo 1.16 embeds those as images with no text).
        let images = try PDFTools.run("pdfimages", ["-list", url.path]).split(separator: "\n").dropFirst(2)
        XCTAssertTrue(images.isEmpty, "emoji drawn as bitmaps")
    }

    /// vr-docs' own font rules (FontConfiguration): a family that is not installed
    /// falls back to DejaVu Sans, and a font with no bold face (the Chinese name) is
    /// emboldened rather than printed regular.
    func testAFamilyNotInstalledFallsBackToDejaVuAndBoldIsSynthesised() throws {
        var document = ScriptsTests.document
        document.theme.bodyFont = "No Such Family"
        document.blocks.append(.paragraph(.bold("王小明")))
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "scripts-fallback.pdf")
        let fonts = try PDFTools.run("pdffonts", [url.path])
        XCTAssertTrue(fonts.contains("+DejaVuSans "), "no DejaVu Sans for a missing family\n\(fonts)")
        // cairo embeds an emboldened face as its own CairoFont.
        XCTAssertTrue(fonts.contains("CairoFont"), "bold Chinese not emboldened\n\(fonts)")
    }

    /// Pango draws a missing glyph as a box holding the code point in hex;
    /// the hex digits then come back out of the PDF as text.
    func testNoMissingGlyphBoxes() throws {
        let url = try PDFTools.write(try PDFRenderer().render(ScriptsTests.document), name: "scripts-boxes.pdf")
        let text = try PDFTools.text(url, layout: false)
        let hexRuns = text.split(whereSeparator: \.isWhitespace).filter {
            $0.count >= 2 && $0.allSatisfy { "0123456789ABCDEF".contains($0) }
        }
        XCTAssertEqual(hexRuns, [], "missing-glyph boxes in the output")
    }

    func testRightToLeftNamesStayInTheLeftAlignedColumn() throws {
        let url = try PDFTools.write(try PDFRenderer().render(ScriptsTests.document), name: "scripts-rtl.pdf")
        let boxes = try PDFTools.run("pdftotext", ["-bbox", url.path, "-"])
        // poppler reports Arabic letter by letter; take the Arabic glyphs of the
        // last line holding any (the table row) and find where they start.
        var rows: [Double: Double] = [:]
        for line in boxes.split(separator: "\n") where line.contains("<word") {
            guard line.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { continue }
            func value(_ name: String) -> Double? {
                guard let range = line.range(of: name + "=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let xMin = value("xMin"), let yMin = value("yMin") else { continue }
            rows[yMin.rounded()] = min(rows[yMin.rounded()] ?? .infinity, xMin)
        }
        let tableRow = try XCTUnwrap(rows.keys.max())
        // The first column starts at the margin (50) plus the cell padding (5).
        XCTAssertLessThan(try XCTUnwrap(rows[tableRow]), 60, "right-to-left name pushed to the right of its column")
    }
}

/// Mixed-direction lines and running headers under large print.
final class DirectionAndHeaderTests: XCTestCase {
    func testALineStartingWithArabicStillReadsLeftToRight() throws {
        let document = ReportDocument(metadata: SampleDocuments.metadata, footer: SampleDocuments.footer,
                                      blocks: [.paragraph("سارة العلي, Porter, Cardiff")])
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "direction.pdf")
        let line = try PDFTools.text(url).split(separator: "\n").first { $0.contains("Porter") }.map(String.init) ?? ""
        let arabic = try XCTUnwrap(line.range(of: "العلي") ?? line.range(of: "سارة"), line)
        let porter = try XCTUnwrap(line.range(of: "Porter"), line)
        XCTAssertLessThan(arabic.lowerBound, porter.lowerBound, "the Arabic name comes first, on the left: \(line)")
    }

    func testALongHeaderWrapsWithoutRunningOffThePage() throws {
        let long = String(repeating: "Gwasanaeth Adsefydlu Galwedigaethol ", count: 6)
        var document = ReportDocument(metadata: SampleDocuments.metadata, theme: .largePrint(from: .standard),
                                      header: RunningHeader(left: long, right: "Plan"),
                                      footer: SampleDocuments.footer, blocks: [.paragraph("Body")])
        document.margins = .standard
        // The header wraps rather than being cut (PaginationTests.testRunningHeaderIsNeverCut
        // reads it back whole); look at the page: the band above the header must be empty,
        // where a header wrapping upwards would have run off the page.
        let png = try XCTUnwrap(PNGRenderer().render(document, resolution: 72).first)
        let url = try PDFTools.write(png, name: "header.png")
        let image = try ImageSurface(pngFile: url.path)
        let pixels = image.grayscalePixels()
        let band = pixels.prefix(image.width * 12)
        XCTAssertEqual(band.filter { $0 < 200 }.count, 0, "ink in the top 12 points of the page")
        let bottom = pixels.suffix(image.width * 12)
        XCTAssertEqual(bottom.filter { $0 < 200 }.count, 0, "ink in the bottom 12 points: the footer ran off the page")
        XCTAssertTrue(try PDFTools.text(PDFTools.write(try PDFRenderer().render(document), name: "header.pdf"),
                                        layout: false).contains("named recipients only"))
    }
}
