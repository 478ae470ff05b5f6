import Foundation
import XCTest
@testable import ReportKit

/// `OutsideStreams` finds in the stretches outside stream data exactly what a search of
/// the whole file finds, for every marker the patches look for, in cairo's own output
/// (content uncompressed, as `PageContentCompression` asks, and compressed) and in
/// finished documents; and it does skip the streams.
final class OutsideStreamsTests: XCTestCase {
    private static let markers = [
        "<< /Type /Page %", "/S /TH\n", "/S /Span\n", "   /Subtype /Link\n", " 0 obj\n<< /Type /StructElem\n",
        " 0 obj\n<< /Length ", "/S /Figure\n", "<< /Type /Catalog\n", "stream\n", "endobj",
    ].map { Array($0.utf8) }

    private static var documents: [ReportDocument] {
        var everyBlock = SampleDocuments.everyBlock(tableRows: 40)
        everyBlock.blocks.insert(.chart(ChartTests.hoursChart), at: 8)
        everyBlock.blocks.insert(.paragraph(RichText("Ask Alex Example, 0141 555 0123, ") + .email("alex@example.org")
            + " or see www.example.org. Tick: " + .spoken("☒", as: "Yes")), at: 2)
        var scripts = SampleDocuments.everyBlock(tableRows: 2)
        scripts.blocks = ScriptsTests.document.blocks
        return [everyBlock, scripts]
    }

    /// The file cairo wrote, before any patch: what `PDFRenderer.render` reads.
    private static func cairoOutput(_ document: ReportDocument) throws -> [UInt8] {
        let prepared = try PreparedDocument(document, engine: TextEngine())
        let surface = try PDFSurface(pageSize: document.pageSize)
        let canvas = try CairoContext(surface: surface)
        canvas.beginTag("Document")
        for index in prepared.pages.indices {
            prepared.draw(page: index, in: canvas) { _, _, _ in }
            if index == prepared.pages.count - 1 { canvas.endTag("Document") }
            canvas.showPage()
        }
        return try surface.finish()
    }

    private func assertAgrees(_ pdf: [UInt8], _ name: String) throws {
        let outside = OutsideStreams(pdf: pdf, objects: try CrossReferences(pdf: pdf))
        XCTAssertGreaterThan(outside.ranges.count, 3, "\(name): streams skipped")
        XCTAssertLessThan(outside.ranges.reduce(0) { $0 + $1.count }, pdf.count, name)
        for marker in Self.markers {
            XCTAssertEqual(outside.occurrences(of: marker, in: pdf), PDFPatch.occurrences(of: marker, in: pdf),
                           "\(name): \(String(decoding: marker, as: UTF8.self))")
        }
        XCTAssertEqual(OutsideStreams(wholeOf: pdf).ranges, [0..<pdf.count])
    }

    func testFindsWhatTheWholeFileSearchFinds() throws {
        for (index, document) in Self.documents.enumerated() {
            try assertAgrees(try Self.cairoOutput(document), "cairo's compressed output \(index)")
            try assertAgrees(try PDFRenderer().render(document), "finished document \(index)")
        }
        PageContentCompression.leaveToReportKit()
        defer { unsetenv("CAIRO_DEBUG_PDF") }
        for (index, document) in Self.documents.enumerated() {
            try assertAgrees(try Self.cairoOutput(document), "cairo's uncompressed output \(index)")
        }
    }

    func testStreamInAnotherShapeIsSearchedThrough() throws {
        let text = "1 0 obj\n<< /Length 3\n>>\nstream\nabc\nendstream\nendobj\n"
            + "2 0 obj\n<< /Length 99\n>>\nstream\n/S /Span\n\nendstream\nendobj\n"
        let pdf = Array(text.utf8)
        let objects = try CrossReferences(pdf: Array(Self.tinyFile.utf8))
        let outside = OutsideStreams(pdf: pdf, objects: objects)
        XCTAssertEqual(outside.ranges.count, 2, "only the first stream, whose length is right, is skipped")
        XCTAssertEqual(outside.occurrences(of: Array("/S /Span\n".utf8), in: pdf),
                       PDFPatch.occurrences(of: Array("/S /Span\n".utf8), in: pdf))
    }

    /// The smallest file `CrossReferences` reads: one free entry.
    private static let tinyFile = "%PDF-1.5\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n"
}
