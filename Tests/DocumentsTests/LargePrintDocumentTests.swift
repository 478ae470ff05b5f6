import Foundation
import XCTest
import Documents
import PlanBuilder

/// A client who asked for large print gets it in everything they read or sign: their copy
/// and the return-to-work plan, tables, notes, header and footer included.
final class LargePrintDocumentTests: XCTestCase {
    func testLargePrintClientGetsSixteenPointsEverywhere() throws {
        let engine = try TestSupport.engine()
        for example in TestSupport.sharedExamples {
            let yaml = try String(contentsOfFile: example, encoding: .utf8)
            guard let range = yaml.range(of: "\nclient:\n") else { continue }
            let folder = try TestSupport.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent(URL(fileURLWithPath: example).lastPathComponent).path
            try yaml.replacingCharacters(in: range, with: "\nclient:\n  large_print: true\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
            for kind in [DocumentKind.clientCopy, .rtwPlan] {
                let (_, schedule, pdf) = try TestSupport.render(path, kind, engine: engine)
                let sizes = try Self.fontSizes(pdf, in: folder)
                XCTAssertFalse(sizes.isEmpty)
                XCTAssertGreaterThanOrEqual(sizes.min() ?? 0, 16, "\(example) \(kind.rawValue): \(Set(sizes).sorted())")
                if kind == .clientCopy {
                    // A seven-day rota is listed day by day: no weekday cut inside a narrow column.
                    let text = try TestSupport.text(of: pdf)
                    XCTAssertFalse(text.contains("Su\nn") || text.contains("We\nd"), "\(example): a weekday broken in the calendar")
                    if example.contains("shift") { XCTAssertTrue(text.contains("Days you work"), "\(example): the listed calendar") }
                } else {
                    // The plan's weeks in two columns: each week's hours and share whole on one
                    // line, no column header cut into letters ("We/ek", "contr/act").
                    let text = try TestSupport.flowingText(of: pdf).replacingOccurrences(of: "\u{00A0}", with: " ")
                    for week in try XCTUnwrap(schedule).weeks {
                        let hours = HoursText.fraction(minutes: week.totalMinutes).replacingOccurrences(of: "\u{00A0}", with: " ")
                        XCTAssertTrue(text.contains(hours + " in the week"),
                                      "\(example): week \(week.number) in the large-print plan")
                    }
                    XCTAssertFalse(text.contains("contr\nact") || text.contains("We\nek"), "\(example): a header cut into letters")
                }
            }
            // Without large print the same documents use smaller text, so the check can fail.
            let (_, _, standard) = try TestSupport.render(example, .rtwPlan, engine: engine)
            XCTAssertLessThan(try Self.fontSizes(standard, in: folder).min() ?? 99, 16)
        }
    }

    /// Font sizes (points) as poppler's pdftohtml reports them.
    private static func fontSizes(_ pdf: [UInt8], in folder: URL) throws -> [Double] {
        let file = folder.appendingPathComponent("sizes.pdf")
        try Data(pdf).write(to: file)
        let xml = try TestSupport.run("/usr/bin/pdftohtml", ["-xml", "-i", "-stdout", "-q", file.path]).output
        return xml.components(separatedBy: "<fontspec ").dropFirst().compactMap { spec in
            guard let range = spec.range(of: "size=\"") else { return nil }
            return Double(spec[range.upperBound...].prefix { $0 != "\"" })
        }
    }
}
