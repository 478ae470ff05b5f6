import Foundation
import XCTest

/// `vr-docs caseload`: figures on screen, a PDF and one CSV per table; invalid files
/// listed without stopping.
final class CaseloadCommandTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    func testReportsThePDFAndCSVAndListsTheInvalidFile() throws {
        let input = try run.caseFolder("cases", extra: ["broken.json": "{\"format\": 1, \"case\": {\"reference\": \"X\"}}"])
        let pdf = run.scratch.appendingPathComponent("report.pdf")
        let csv = run.scratch.appendingPathComponent("csv")
        let result = try run(["caseload", input.path, "--out", pdf.path, "--csv", csv.path])
        XCTAssertEqual(result.status, 1, "an unreadable case file is reported with exit 1 after the report is written")
        XCTAssertTrue(result.error.contains("broken.json"), result.error)
        XCTAssertTrue(result.output.contains("Read 3 case files (2 clients counted; 1 could not be read and is left out)"), result.output)
        XCTAssertTrue(result.output.contains("Referrals by source"), result.output)
        XCTAssertEqual(try Data(contentsOf: pdf).prefix(5), Data("%PDF-".utf8))
        let files = run.files(in: csv)
        XCTAssertTrue(files.contains("transitions-all.csv") && files.contains("time-to-assessment.csv"), "\(files)")
        // The two examples: assessed 7 days and 0 days after first contact.
        let waits = try String(contentsOf: csv.appendingPathComponent("time-to-assessment.csv"), encoding: .utf8)
        XCTAssertTrue(waits.contains("Same day,1,50.0,50.0\r\n"), waits)
        XCTAssertTrue(waits.contains("Within 1 week,1,50.0,100.0\r\n"), waits)
        // Off sick at referral; one at work at discharge, one not discharged yet.
        let transitions = try String(contentsOf: csv.appendingPathComponent("transitions-all.csv"), encoding: .utf8)
        XCTAssertTrue(transitions.contains("Off sick,1,50.0,1,50.0,2,100.0\r\n"), transitions)
    }

    /// A folder with no case files is misuse, as it is for batch (exit 2).
    func testNoCaseFilesIsAnError() throws {
        let empty = run.scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try run(["caseload", empty.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("no case files"), result.error)
    }
}
