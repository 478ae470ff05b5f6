import XCTest
import Caseload
import Documents

/// The caseload report with the Welsh wording: Welsh headings and labels, no placeholder
/// or wording key left. (The `caseload` command itself prints in British English; this
/// checks the Welsh file is complete and reads well in the layout.)
final class WelshCaseloadTests: XCTestCase {
    func testCaseloadReportInWelsh() throws {
        let engine = try TestSupport.engine()
        let folder = URL(fileURLWithPath: try XCTUnwrap(TestSupport.sharedExamples.first)).deletingLastPathComponent().path
        let scan = try CaseloadScanner(reader: engine.reader, jobs: 1).scan([folder])
        let wording = try CaseloadDocument.wording(templates: TestSupport.templates, language: "cy")
        let pdf = try DocumentWorker(engine: try TestSupport.engine()).renderCaseload(scan, wording: wording)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["Adroddiad canlyniadau'r llwyth achosion", "Ffigurau allweddol", "Cleientiaid", "Tudalen 1 o"] {
            XCTAssertTrue(text.contains(phrase), "no “\(phrase)”")
        }
        XCTAssertFalse(text.contains("Key figures") || text.contains("Page 1 of"), "English left in the Welsh report")
        XCTAssertNil(text.range(of: #"\{[a-z_]+\}"#, options: .regularExpression), "a {placeholder} is left")
    }
}
