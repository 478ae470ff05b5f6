import Foundation
import XCTest

/// `vr-docs caseload`: figures on screen, a PDF and one CSV per table; files left out
/// (unreadable, repeated references, folders named twice) listed on the terminal only,
/// counted once, and reported with exit 1.
final class CaseloadCommandTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    private func pdfText(_ pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A problem outside the fields the report counts (here the plan's strategy) does not
    /// keep a client's outcome out; `--check-whole-files` checks every field, as
    /// `validate` does, and leaves the file out with the same problem.
    func testOnlyWholeFileCheckingLeavesOutAFileWhoseOtherFieldsHaveAProblem() throws {
        var text = try String(contentsOf: ToolRun.examples.appendingPathComponent("back-pain-admin.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "reference: VR-2026-0147", with: "reference: VR-2026-0999")
        let strategy = try XCTUnwrap(text.range(of: #"strategy: [a-z-]+"#, options: .regularExpression))
        text.replaceSubrange(strategy, with: "strategy: bogus")
        let input = try run.caseFolder("cases", extra: ["bad-plan.yaml": text])
        let counted = try run(["caseload", input.path, "--quiet"])
        XCTAssertEqual(counted.status, 0, counted.error)
        XCTAssertTrue(counted.output.contains("Read 3 case files (3 clients counted)"), counted.output)
        let whole = try run(["caseload", input.path, "--quiet", "--check-whole-files"])
        XCTAssertEqual(whole.status, 1, whole.error)
        XCTAssertTrue(whole.output.contains("Read 3 case files (2 clients counted; 1 could not be read and is left out)"), whole.output)
        XCTAssertTrue(whole.error.contains("bad-plan.yaml") && whole.error.contains("plan.strategy"), whole.error)
    }

    func testReportsThePDFAndCSVAndListsTheInvalidFileOnlyOnTheTerminal() throws {
        let input = try run.caseFolder("cases", extra: [
            "Jane-Smith-Leeds-clinic.json": "{\"format\": 1, \"case\": {\"reference\": \"X\"}, \"health\": {\"conditions\": [{\"name\": \"schizophrenia\"}]}, \"client\": 7}",
        ])
        let pdf = run.scratch.appendingPathComponent("report.pdf")
        let csv = run.scratch.appendingPathComponent("csv")
        let problems = run.scratch.appendingPathComponent("problems.txt")
        let result = try run(["caseload", input.path, "--out", pdf.path, "--csv", csv.path, "--problems", problems.path])
        XCTAssertEqual(result.status, 1, "an unreadable case file is reported with exit 1 after the report is written")
        XCTAssertTrue(result.error.contains("Jane-Smith-Leeds-clinic.json"), result.error)
        XCTAssertTrue(try String(contentsOf: problems, encoding: .utf8).contains("Jane-Smith-Leeds-clinic.json"))
        XCTAssertTrue(result.output.contains("Read 3 case files (2 clients counted; 1 could not be read and is left out)"), result.output)
        XCTAssertTrue(result.output.contains("Referrals by source"), result.output)
        let text = try pdfText(pdf)
        for secret in ["Jane", "Smith", "Leeds", "clinic", ".json", "schizophrenia", input.path] {
            XCTAssertFalse(text.contains(secret), "the report names \(secret)")
        }
        XCTAssertTrue(text.contains("1 case file could not be read"), text)
        let files = run.files(in: csv)
        XCTAssertTrue(files.contains("transitions-all.csv") && files.contains("time-to-assessment.csv") && files.contains("key-figures.csv"), "\(files)")
        let key = try String(contentsOf: csv.appendingPathComponent("key-figures.csv"), encoding: .utf8)
        XCTAssertTrue(key.contains("Key figure,Count,Of,%\r\n") && key.contains("Clients,<5,<5,*\r\n"), key)
        for file in files {
            let bytes = try Data(contentsOf: csv.appendingPathComponent(file))
            XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "\(file) starts with a UTF-8 byte-order mark")
            let csvText = String(decoding: bytes, as: UTF8.self)
            XCTAssertFalse(csvText.contains("Jane") || csvText.contains("schizophrenia"), file)
        }
        // Two clients: every count is under 5, so shown as <5 with its share withheld.
        let waits = try String(contentsOf: csv.appendingPathComponent("time-to-assessment.csv"), encoding: .utf8)
        XCTAssertTrue(waits.contains("Same day,<5,*,*\r\n"), waits)
        XCTAssertTrue(waits.contains("Within 2 weeks,0,*,*\r\n"), "a share of fewer than 5 clients is withheld, even of none: " + waits)
        let transitions = try String(contentsOf: csv.appendingPathComponent("transitions-all.csv"), encoding: .utf8)
        XCTAssertTrue(transitions.contains("Off sick,<5,*,0,0.0,<5,*,<5,*\r\n"), transitions)
        XCTAssertTrue(transitions.contains("At work,0,,0,,0,,0,0.0\r\n"), "a status at discharge has its row too: " + transitions)
    }

    /// The caseload report is finished like every other document: the theme's service
    /// name in its header, the paper asked for.
    func testTheReportWearsTheServiceNameAndThePaperAskedFor() throws {
        let templates = run.scratch.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: ToolRun.root.appendingPathComponent("templates"), to: templates)
        let theme = templates.appendingPathComponent("themes/default.yaml")
        let text = try String(contentsOf: theme, encoding: .utf8)
            .replacingOccurrences(of: "# service_name: \"Northwind Vocational Rehabilitation\"", with: "service_name: \"Northwind Vocational Rehabilitation\"")
        try text.write(to: theme, atomically: true, encoding: .utf8)
        let cases = try run.caseFolder("cases")
        let pdf = run.scratch.appendingPathComponent("letter.pdf")
        let result = try ToolProcess.run(["caseload", cases.path, "--quiet", "--out", pdf.path, "--paper", "letter", "--templates", templates.path])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(try pdfText(pdf).contains("Northwind Vocational Rehabilitation"))
        let info = try ToolProcess.run(["-f", "1", "-l", "1", pdf.path], executable: URL(fileURLWithPath: "/usr/bin/pdfinfo"))
        XCTAssertTrue(info.text.contains("612 x 792"), info.text)
    }

    func testAFolderNamedTwiceOrAFileInsideItIsCountedOnce() throws {
        let cases = run.scratch.appendingPathComponent("synth")
        XCTAssertEqual(try run(["synth", "--count", "30", "--seed", "3", "--out", cases.path]).status, 0)
        let once = try run(["caseload", cases.path, "--quiet", "--csv", "once"])
        XCTAssertEqual(once.status, 0, once.error)
        XCTAssertTrue(once.output.contains("Read 30 case files (30 clients counted)"), once.output)
        let twice = try run(["caseload", cases.path, cases.path + "/", cases.appendingPathComponent("synth-000004.yaml").path, "--quiet", "--csv", "twice"])
        XCTAssertEqual(twice.status, 1, "naming a folder twice is reported with exit 1")
        XCTAssertTrue(twice.output.contains("Read 30 case files (30 clients counted; 2 folders or files named twice, read once)"), twice.output)
        XCTAssertTrue(twice.error.contains("synth-000004.yaml: this file is already covered by"), twice.error)
        for file in run.files(in: run.scratch.appendingPathComponent("once")) {
            XCTAssertEqual(try Data(contentsOf: run.scratch.appendingPathComponent("once/" + file)),
                           try Data(contentsOf: run.scratch.appendingPathComponent("twice/" + file)), file)
        }
    }

    func testTwoFilesWithOneReferenceAreOneClientAndTheReportIsTheSameEveryRun() throws {
        let cases = run.scratch.appendingPathComponent("synth")
        XCTAssertEqual(try run(["synth", "--count", "30", "--seed", "3", "--out", cases.path]).status, 0)
        XCTAssertEqual(try run(["caseload", cases.path, "--quiet", "--csv", "alone"]).status, 0)
        // A copy of file 7 under another name, and a different client given file 9's reference.
        try FileManager.default.copyItem(at: cases.appendingPathComponent("synth-000007.yaml"), to: cases.appendingPathComponent("copy-of-7.yaml"))
        let other = try String(contentsOf: cases.appendingPathComponent("synth-000012.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "reference: SYN-000012", with: "reference: SYN-000009")
        try FileManager.default.createDirectory(at: cases.appendingPathComponent("z"), withIntermediateDirectories: true)
        try other.write(to: cases.appendingPathComponent("z/late.yaml"), atomically: true, encoding: .utf8)

        var outputs: [[String: Data]] = []
        for attempt in 0..<2 {
            let result = try run(["caseload", cases.path, "--quiet", "--csv", "dup\(attempt)", "--out", "dup\(attempt).pdf", "--jobs", attempt == 0 ? "1" : "4"])
            XCTAssertEqual(result.status, 1, result.error)
            XCTAssertTrue(result.output.contains("Read 32 case files (30 clients counted; 2 repeat a case reference already counted and are left out (2 references))"), result.output)
            XCTAssertTrue(result.error.contains("case.reference \"SYN-000007\""), result.error)
            XCTAssertTrue(result.error.contains("case.reference \"SYN-000009\""), result.error)
            let text = try pdfText(run.scratch.appendingPathComponent("dup\(attempt).pdf"))
            XCTAssertFalse(text.contains("SYN-0000"), "the report quotes no reference")
            XCTAssertTrue(text.contains("2 case files repeat the case reference of a client already counted"), text)
            var files: [String: Data] = ["pdf": try Data(contentsOf: run.scratch.appendingPathComponent("dup\(attempt).pdf"))]
            for file in run.files(in: run.scratch.appendingPathComponent("dup\(attempt)")) {
                files[file] = try Data(contentsOf: run.scratch.appendingPathComponent("dup\(attempt)/" + file))
            }
            outputs.append(files)
        }
        XCTAssertEqual(outputs[0], outputs[1], "the same files give the same bytes on one thread and on four")
        // The file whose path sorts first is counted (synth-000009.yaml before z/late.yaml,
        // which is file 12 with another referral source), so the figures are those of the
        // 30 files alone.
        XCTAssertNotEqual(other.components(separatedBy: "source: ")[1].prefix(8),
                          try String(contentsOf: cases.appendingPathComponent("synth-000009.yaml"), encoding: .utf8).components(separatedBy: "source: ")[1].prefix(8),
                          "the test needs two clients with different referral sources")
        for file in ["referrals-by-source.csv", "tier-mix.csv", "transitions-all.csv", "measures.csv"] {
            XCTAssertEqual(outputs[0][file], try Data(contentsOf: run.scratch.appendingPathComponent("alone/" + file)), file)
        }
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
