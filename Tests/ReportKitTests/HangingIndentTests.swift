import Foundation
import XCTest
@testable import ReportKit

/// A tick-box line that wraps continues under its words, as on a printed form; an
/// ordinary line wraps back to where it started.
final class HangingIndentTests: XCTestCase {
    func testAWrappedTickBoxLineHangsUnderItsWordsOnly() throws {
        let words = String(repeating: "wrapped words continue under the first word and never beneath the box ", count: 2)
        var hanging = RichText("\u{2003}") + .spoken("\u{2612}", as: "Yes") + RichText("\u{2002}")
        hanging.hangingRuns = hanging.runs.count
        hanging += RichText("Alpha " + words)
        let plain = RichText("\u{2003}\u{2612}\u{2002}Bravo " + words)
        var document = SampleDocuments.everyBlock(tableRows: 1)
        document.header = nil
        document.blocks = [.callout(title: nil, body: [hanging, plain])]
        let url = try PDFTools.write(try PDFRenderer().render(document), name: "hanging.pdf")
        let boxes = try PDFTools.run("pdftotext", ["-bbox", url.path, "-"])
        // The left edge of each line (by its top), from its leftmost word.
        var starts: [Double: Double] = [:]
        for line in boxes.split(separator: "\n") where line.contains("<word") {
            func value(_ name: String) -> Double {
                guard let range = line.range(of: name + "=\"") else { return .nan }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            let top = value("yMin").rounded()
            starts[top] = min(starts[top] ?? .infinity, value("xMin"))
        }
        // Drop the running footer, the last line on the page.
        let lines = starts.sorted { $0.key < $1.key }.map(\.value).dropLast()
        XCTAssertGreaterThanOrEqual(lines.count, 4, "both paragraphs wrap: \(lines)")
        let first = lines[lines.startIndex]
        XCTAssertGreaterThan(lines[lines.startIndex + 1] - first, 8, "the wrapped line starts under the tick box: \(lines)")
        // An ordinary line wraps back to the callout's edge, left of the hanging one.
        XCTAssertLessThanOrEqual(lines.last!, first, "\(lines)")
    }
}
