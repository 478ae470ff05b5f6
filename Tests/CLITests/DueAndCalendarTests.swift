import Foundation
import XCTest

/// `vr-docs due` and `vr-docs render --format ics` as a case manager runs them.
final class DueAndCalendarTests: XCTestCase {
    private func run(_ arguments: [String], input: Data? = nil) throws -> ToolProcess.Result {
        try ToolProcess.run(arguments + ["--templates", CommandLineTests.root.appendingPathComponent("templates").path], input: input)
    }

    func testDueListsTheExamplesReviewsSoonestFirstWithOverdueOnes() throws {
        let result = try run(["due", CommandLineTests.examples.path, "--today", "2026-05-12", "--within", "1w", "--json"])
        XCTAssertEqual(result.status, 0, result.error)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        XCTAssertEqual(json["format_version"] as? Int, 1)
        XCTAssertEqual(json["until"] as? String, "2026-05-19")
        let items = try XCTUnwrap(json["items"] as? [[String: Any]])
        let dates = items.compactMap { $0["date"] as? String }
        XCTAssertEqual(dates, dates.sorted(), "soonest first")
        // The back-pain plan recorded its week-2 review only: weeks 4, 6 and 7 are overdue.
        let backPain = items.filter { $0["reference"] as? String == "VR-2026-0147" }
        XCTAssertEqual(backPain.map { $0["what"] as? String }, ["Review (week 4)", "Review (week 6)", "Review (week 7)"])
        XCTAssertTrue(backPain.allSatisfy { $0["overdue"] as? Bool == true })
        XCTAssertTrue(items.contains { $0["reference"] as? String == "VR-2026-0212" && $0["code"] as? String == "plan-ends"
                                       && $0["date"] as? String == "2026-05-17" })

        let text = try run(["due", CommandLineTests.examples.path, "--today", "2026-03-10", "--within", "14"])
        XCTAssertEqual(text.status, 0, text.error)
        XCTAssertTrue(text.text.contains("Fri 20 Mar 2026  VR-2026-0212  Siobhán Ní Bhriain  Review (week 2)"), text.text)
    }

    func testDueReportsABadFileAndStillListsTheOthers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("due-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandLineTests.examples.appendingPathComponent("cancer-shift-worker.yaml"),
                                         to: folder.appendingPathComponent("good.yaml"))
        try Data("format: 1\ncase: {reference: X-1}\nclient: {name: A}\nplan: {strat: 2026-01-01}\n".utf8)
            .write(to: folder.appendingPathComponent("bad.yaml"))
        let result = try run(["due", folder.path, "--today", "2026-03-10", "--within", "2w"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("bad.yaml:4"), result.error)
        XCTAssertTrue(result.text.contains("Review (week 2)"), "the good file is still listed")
        XCTAssertEqual(try run(["due", folder.path, "--within", "soon"]).status, 2)
    }

    func testRenderWritesTheClientsCalendarToAFileAndToStandardOutput() throws {
        let example = CommandLineTests.examples.appendingPathComponent("back-pain-admin.yaml")
        let piped = try run(["render", example.path, "--format", "ics", "--out", "-"])
        XCTAssertEqual(piped.status, 0, piped.error)
        XCTAssertTrue(piped.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertTrue(piped.text.hasSuffix("END:VCALENDAR\r\n"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try run(["render", example.path, "--format", "ics", "--out", folder.path])
        XCTAssertEqual(written.status, 0, written.error)
        let file = folder.appendingPathComponent("VR-2026-0147-calendar.ics")
        XCTAssertEqual(try Data(contentsOf: file), piped.output, "the same calendar either way")
    }
}
