import Foundation
import XCTest

/// Runs the built `vr-docs` for the batch, caseload and synth tests, in a scratch
/// folder of its own.
struct ToolRun {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("examples")
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: scratch) }

    /// The `vr-docs` built alongside these tests (the bundle is a folder on macOS and the
    /// build folder itself on Linux), else the default build folder's.
    var tool: URL {
        let bundle = Bundle(for: BatchCommandTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent(), ToolRun.root.appendingPathComponent(".build/debug")]
        let folder = candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("vr-docs").path) } ?? candidates[2]
        return folder.appendingPathComponent("vr-docs")
    }

    func callAsFunction(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = tool
        let templates = arguments.first == "synth" ? [] : ["--templates", ToolRun.root.appendingPathComponent("templates").path]
        process.arguments = arguments + templates
        process.currentDirectoryURL = scratch
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// A folder of copies of the bundled examples, plus the named extra files.
    func caseFolder(_ name: String, extra: [String: String] = [:]) throws -> URL {
        let folder = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ToolRun.examples.appendingPathComponent("back-pain-admin.yaml"), to: folder.appendingPathComponent("back-pain-admin.yaml"))
        try FileManager.default.copyItem(at: ToolRun.examples.appendingPathComponent("cancer-shift-worker.yaml"), to: folder.appendingPathComponent("sub/cancer-shift-worker.yaml"))
        for (file, text) in extra { try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8) }
        return folder
    }

    func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}

/// `vr-docs batch`: every case file under the folders rendered, failures reported per
/// file with the others still rendered, exit 1, nothing half written.
final class BatchCommandTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    func testRendersEveryCaseFileInTheFolderTree() throws {
        let input = try run.caseFolder("cases")
        let out = run.scratch.appendingPathComponent("out")
        let result = try run(["batch", input.path, "--out", out.path, "--jobs", "2", "--document", "rtw-plan"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(run.files(in: out), ["VR-2026-0147-rtw-plan.pdf", "VR-2026-0212-rtw-plan.pdf"])
        XCTAssertTrue(result.output.contains("from 2 case files"), result.output)
        for name in run.files(in: out) {
            let bytes = try Data(contentsOf: out.appendingPathComponent(name))
            XCTAssertEqual(bytes.prefix(5), Data("%PDF-".utf8))
        }
    }

    func testABadFileFailsWithItsReasonAndTheGoodOnesAreStillRendered() throws {
        let input = try run.caseFolder("cases", extra: [
            "broken.yaml": "format: 1\ncase:\n  reference: VR-BAD\n  tier: 9\nclient:\n  name: Bad\n",
            "impossible.yaml": """
                format: 1
                case:
                  reference: VR-IMPOSSIBLE
                client:
                  name: Impossible Plan
                employment:
                  contract:
                    hours_per_week: 35
                plan:
                  start: 2026-03-02
                  start_percent: 20
                  weeks: 2
                """,
        ])
        let out = run.scratch.appendingPathComponent("out")
        let result = try run(["batch", input.path, "--out", out.path, "--document", "rtw-plan"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(run.files(in: out), ["VR-2026-0147-rtw-plan.pdf", "VR-2026-0212-rtw-plan.pdf"], "no temporary or partial files")
        XCTAssertTrue(result.error.contains("broken.yaml: line 4: case.tier"), result.error)
        XCTAssertTrue(result.error.contains("impossible.yaml: line 12: plan.weeks: the plan cannot be met"), result.error)
        XCTAssertTrue(result.error.contains("Failed: 2 case files"), result.error)
        XCTAssertTrue(result.output.contains("Rendered 2 documents from 2 case files"), result.output)
    }

    func testJSONReportsEveryFileWithAFormatVersion() throws {
        let input = try run.caseFolder("cases", extra: ["broken.yaml": "format: 1\ncase:\n  reference: VR-BAD\n  tier: 9\nclient:\n  name: Bad\n"])
        let out = run.scratch.appendingPathComponent("out")
        let result = try run(["batch", input.path, "--out", out.path, "--document", "rtw-plan", "--json"])
        XCTAssertEqual(result.status, 1)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], result.output)
        XCTAssertEqual(report["format_version"] as? Int, 1)
        XCTAssertEqual(report["failed"] as? Int, 1)
        XCTAssertEqual(report["documents"] as? Int, 2)
        let files = try XCTUnwrap(report["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 3)
        let broken = try XCTUnwrap(files.first { ($0["file"] as? String)?.hasSuffix("broken.yaml") == true })
        XCTAssertEqual(broken["ok"] as? Bool, false)
        XCTAssertTrue((broken["errors"] as? [String])?.first?.hasPrefix("line 4: case.tier") == true, "\(broken)")
        let good = files.filter { $0["ok"] as? Bool == true }
        XCTAssertEqual(good.flatMap { $0["written"] as? [String] ?? [] }.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted(),
                       ["VR-2026-0147-rtw-plan.pdf", "VR-2026-0212-rtw-plan.pdf"])
    }

    func testTwoCaseFilesWithTheSameReferenceDoNotOverwriteEachOther() throws {
        let copy = try String(contentsOf: ToolRun.examples.appendingPathComponent("back-pain-admin.yaml"), encoding: .utf8)
        let input = try run.caseFolder("cases", extra: ["copy.yaml": copy])
        let out = run.scratch.appendingPathComponent("out")
        let result = try run(["batch", input.path, "--out", out.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("it has the same case reference as this file's (VR-2026-0147)"), result.error)
        XCTAssertEqual(run.files(in: out).filter { $0.hasPrefix("VR-2026-0147") }, [], "neither file's documents are written")
    }

    func testPlainProgressLinesWhenNotATerminal() throws {
        let input = try run.caseFolder("cases")
        let result = try run(["batch", input.path, "--out", run.scratch.appendingPathComponent("out").path, "--jobs", "1"])
        XCTAssertTrue(result.output.contains("back-pain-admin.yaml: "), result.output)
        XCTAssertFalse(result.error.contains("\r"), "no bar redrawn in place when stderr is a pipe")
    }

    func testAMissingFolderIsMisuse() throws {
        let result = try run(["batch", "/no/such/folder", "--out", "out"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("/no/such/folder: there is no such folder or file"), result.error)
    }
}
