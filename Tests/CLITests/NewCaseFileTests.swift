import Foundation
import XCTest

/// `vr-docs new` writes a starting file whose blanks are errors at their lines until they
/// are filled, and which validates, with a plan, once they are.
final class NewCaseFileTests: XCTestCase {
    func testTheStartingFileValidatesOnceFilledIn() throws {
        let templates = CommandLineTests.root.appendingPathComponent("templates").path
        let blank = try ToolProcess.run(["new", "--templates", templates])
        XCTAssertEqual(blank.status, 0, blank.error)
        let text = blank.text
        XCTAssertTrue(text.contains("FILL-IN"))

        let unfilled = try ToolProcess.run(["validate", "-", "--templates", templates], input: Data(text.utf8))
        XCTAssertEqual(unfilled.status, 1)
        for key in ["reference", "name", "hours_per_week", "start"] {
            XCTAssertTrue(unfilled.error.contains("\(key): not filled in yet"), "\(key):\n\(unfilled.error)")
        }

        let values = ["reference: FILL-IN": "reference: VR-2026-0301", "date: FILL-IN": "date: 2026-05-11",
                      "source: FILL-IN": "source: gp", "reason: FILL-IN": "reason: off-sick-return",
                      "hours_per_week: FILL-IN": "hours_per_week: 37.5", "recorded: FILL-IN": "recorded: 2026-05-20",
                      "start: FILL-IN": "start: 2026-06-01", "phone: FILL-IN": "phone: 0141 555 0101"]
        var filled = text
        for (blank, value) in values { filled = filled.replacingOccurrences(of: blank, with: value) }
        filled = filled.replacingOccurrences(of: "name: FILL-IN", with: "name: Sam Lee")
        filled = filled.replacingOccurrences(of: "job_title: FILL-IN", with: "job_title: Clerk")
        XCTAssertFalse(filled.contains(": FILL-IN"), "the test fills every blank")
        let result = try ToolProcess.run(["validate", "-", "--templates", templates], input: Data(filled.utf8))
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.text.contains("valid (VR-2026-0301)") && result.text.contains(", a plan of "), result.text)
    }
}
