import Foundation
import XCTest

/// The tool as a case manager runs it: exit codes, messages, and files written whole or
/// not at all.
final class CommandLineTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared examples beside the project when present, otherwise the project's copies.
    static let examples: URL = {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/examples")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : root.appendingPathComponent("examples")
    }()

    /// The built `vr-docs`, next to this test bundle in the build folder.
    var tool: URL {
        var folder = Bundle(for: CommandLineTests.self).bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("vr-docs").path) {
            folder = CommandLineTests.root.appendingPathComponent(".build/debug")
        }
        return folder.appendingPathComponent("vr-docs")
    }

    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: scratch) }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments + ["--templates", CommandLineTests.root.appendingPathComponent("templates").path]
        process.currentDirectoryURL = scratch
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    private func example(_ name: String) -> String { CommandLineTests.examples.appendingPathComponent(name).path }

    private func write(_ text: String, as name: String) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testValidateAcceptsTheSharedExamples() throws {
        let result = try run(["validate", example("back-pain-admin.yaml"), example("cancer-shift-worker.yaml")])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.contains("valid (VR-2026-0147)"))
    }

    func testInvalidFileExitsOneWithLineAndFieldAndOtherFilesStillChecked() throws {
        let bad = try write("""
            format: 1
            case:
              reference: VR-X
            client:
              name: A Person
            employment:
              contract:
                hours_per_week: 35
            plan:
              start: 2026-02-31
              strat: balanced
            """, as: "bad.yaml")
        let result = try run(["validate", bad, example("back-pain-admin.yaml")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("bad.yaml:10:"), result.error)
        XCTAssertTrue(result.error.contains("plan.start"), result.error)
        XCTAssertTrue(result.error.contains("bad.yaml:11:"), result.error)
        XCTAssertTrue(result.error.contains("Did you mean plan.start"), result.error)
        XCTAssertTrue(result.output.contains("valid (VR-2026-0147)"), "the good file is still checked")
    }

    func testInfeasiblePlanIsRefusedAndNothingIsWritten() throws {
        let file = try write("""
            format: 1
            case: { reference: VR-INFEASIBLE }
            client: { name: A Person }
            employment: { contract: { hours_per_week: 35 } }
            plan:
              start: 2026-06-01
              start_percent: 40
              weeks: 2
            """, as: "infeasible.yaml")
        let out = scratch.appendingPathComponent("out")
        let result = try run(["render", file, "--out", out.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("infeasible.yaml:8:"), result.error)
        XCTAssertTrue(result.error.contains("plan.weeks: 4"), result.error)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        XCTAssertEqual(written, [])
    }

    func testRenderWritesNamedPDFs() throws {
        let out = scratch.appendingPathComponent("letters")
        let result = try run(["render", example("back-pain-admin.yaml"), example("cancer-shift-worker.yaml"), "--document", "all", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.error)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertTrue(written.contains("VR-2026-0147-rtw-plan.pdf"), "\(written)")
        XCTAssertTrue(written.contains("VR-2026-0212-rtw-plan.pdf"), "\(written)")
        XCTAssertFalse(written.contains { $0.hasSuffix(".tmp") })
        let bytes = try Data(contentsOf: out.appendingPathComponent("VR-2026-0147-rtw-plan.pdf"))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testLetterPaperOnRequest() throws {
        let out = scratch.appendingPathComponent("letter")
        let result = try run(["render", example("back-pain-admin.yaml"), "--paper", "letter", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.error)
        let pdf = try Data(contentsOf: out.appendingPathComponent("VR-2026-0147-rtw-plan.pdf"))
        XCTAssertTrue(String(decoding: pdf, as: UTF8.self).contains("/MediaBox [ 0 0 612 792 ]"), "Letter is 612 by 792 points")
    }

    func testPNGPreviewsOnePerPage() throws {
        let out = scratch.appendingPathComponent("previews")
        let result = try run(["render", example("back-pain-admin.yaml"), "--format", "png", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.error)
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".png") }
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        let bytes = try Data(contentsOf: out.appendingPathComponent("VR-2026-0147-rtw-plan-1.png"))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    func testPlanPrintsATableAndJSON() throws {
        let table = try run(["plan", example("back-pain-admin.yaml")])
        XCTAssertEqual(table.status, 0, table.error)
        XCTAssertTrue(table.output.contains("Week"))
        XCTAssertTrue(table.output.contains("Good Friday"), table.output)
        let json = try run(["plan", example("cancer-shift-worker.yaml"), "--json"])
        XCTAssertEqual(json.status, 0, json.error)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let weeks = try XCTUnwrap(object?["weeks"] as? [[String: Any]])
        XCTAssertEqual(weeks.count, 10)
        let last = try XCTUnwrap(weeks.last?["days"] as? [[String: Any]])
        XCTAssertEqual(last.compactMap { $0["hours"] as? Double }, [8, 8, 8, 8, 4], "no shift over plan.max_day_hours (8) to the end")
    }

    func testMisuseExitsTwo() throws {
        XCTAssertEqual(try run(["render", "--no-such-option"]).status, 2)
        XCTAssertEqual(try run(["validate", scratch.appendingPathComponent("missing.yaml").path]).status, 2)
        XCTAssertEqual(try run(["render", example("back-pain-admin.yaml"), "--document", "nonsense"]).status, 2)
        XCTAssertEqual(try run(["--help"]).status, 0)
    }

    /// `render`, `validate` and `plan` are parsed by the subcommand alone first
    /// (CommandLineMain.parse); whatever that parse does not take is parsed again from the
    /// root, so messages name the tool and the root's `--version` still works.
    func testSubcommandsParsedDirectlyKeepTheRootsMessages() throws {
        let misuse = try run(["render", "--no-such-option", example("back-pain-admin.yaml")])
        XCTAssertEqual(misuse.status, 2)
        XCTAssertTrue(misuse.error.contains("See 'vr-docs render --help'"), misuse.error)
        let missing = try run(["plan"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertFalse(missing.error.contains("OVERVIEW"), "a missing file is one error, not the whole help: \(missing.error)")
        for command in ["render", "validate", "plan"] {
            let version = try run([command, "--version"])
            XCTAssertEqual(version.status, 0, "\(command) --version: \(version.error)")
            XCTAssertTrue(version.output.first?.isNumber ?? false, version.output)
            let help = try run([command, "--help"])
            XCTAssertTrue(help.output.contains("USAGE: vr-docs \(command) "), help.output)
            XCTAssertTrue(help.output.contains("--version"), help.output)
        }
    }

    func testDemoRendersIntoItsFolder() throws {
        let result = try run(["demo"])
        XCTAssertEqual(result.status, 0, result.error)
        let written = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("vr-docs-demo").path)
        XCTAssertTrue(written.contains("VR-2026-0147-rtw-plan.pdf") && written.contains("VR-2026-0212-rtw-plan.pdf"), "\(written)")
        XCTAssertTrue(written.contains("VR-2026-0147-employer-report.pdf") && written.contains("VR-2026-0147-client-copy.pdf"), "\(written)")
        XCTAssertTrue(result.output.contains("vr-docs-demo/"))
    }

    /// `plan` speaks to the case manager: the tier with its reasons, and suggestions.
    func testPlanShowsTierReasonsAndSuggestions() throws {
        let path = example("cancer-shift-worker.yaml")
        let result = try run(["plan", path])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.contains("Tier 3"), result.output)
        XCTAssertTrue(result.output.contains("beyond the 20-week point"), result.output)
        XCTAssertTrue(result.output.contains("Suggested adjustments"), result.output)
        XCTAssertFalse(result.output.contains("[shorter-shifts,"), "already listed adjustments are not suggested")
        let json = try run(["plan", path, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let tier = object?["tier"] as? [String: Any]
        XCTAssertEqual(tier?["tier"] as? Int, 3)
        let suggestions = object?["suggested_adjustments"] as? [[String: Any]]
        XCTAssertEqual(suggestions?.isEmpty, false)
        let catalogue = try run(["catalogue", "--search", "desk"])
        XCTAssertEqual(catalogue.status, 0)
        XCTAssertTrue(catalogue.output.contains("sit-stand-desk"), catalogue.output)
    }

    func testRenderPrintsTheIssueDateGivenOnTheCommandLine() throws {
        let out = scratch.appendingPathComponent("issued")
        let result = try run(["render", example("back-pain-admin.yaml"), "--issued", "2026-12-03", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.error)
        let pdf = out.appendingPathComponent("VR-2026-0147-rtw-plan.pdf").path
        let text = try String(decoding: Self.pdftotext(pdf), as: UTF8.self)
        XCTAssertTrue(text.contains("Issued 3 December 2026"), text)
        let bad = try run(["render", example("back-pain-admin.yaml"), "--issued", "3/12/2026", "--out", out.path])
        XCTAssertEqual(bad.status, 2, "a date that is not YYYY-MM-DD is misuse")
    }

    /// A progress review cannot be issued before the review it reports (the back-pain
    /// example's is on 13 March 2026): asked for alone it is refused at the review's line
    /// (exit 1); with every document, the others are written and the review is not.
    func testAReviewIsNotIssuedBeforeTheReviewItReports() throws {
        let out = scratch.appendingPathComponent("early")
        let alone = try run(["render", example("back-pain-admin.yaml"), "--document", "review", "--issued", "2026-02-23", "--out", out.path])
        XCTAssertEqual(alone.status, 1, alone.error)
        XCTAssertTrue(alone.error.contains("back-pain-admin.yaml:200:5: reviews[0].date"), alone.error)
        XCTAssertTrue(alone.error.contains("so the progress review is not made"), alone.error)
        let all = try run(["render", example("back-pain-admin.yaml"), "--document", "all", "--issued", "2026-02-23", "--out", out.path])
        XCTAssertEqual(all.status, 0, all.error)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(written, ["VR-2026-0147-client-copy.pdf", "VR-2026-0147-employer-report.pdf", "VR-2026-0147-rtw-plan.pdf"])
        let onTheDay = try run(["render", example("back-pain-admin.yaml"), "--document", "review", "--issued", "2026-03-13", "--out", out.path])
        XCTAssertEqual(onTheDay.status, 0, onTheDay.error)
    }

    static func pdftotext(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
