import Foundation
import XCTest

/// Output files: different references never share a file name, clashes are refused
/// before anything is written, and an interrupted or killed run leaves no temporary copy
/// of a client's document behind.
final class OutputFileTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    /// A folder of case files, one per reference, copied from the office example.
    private func cases(_ references: [String], in name: String = "cases") throws -> URL {
        let folder = run.scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let example = try String(contentsOf: ToolRun.examples.appendingPathComponent("back-pain-admin.yaml"), encoding: .utf8)
        for (index, reference) in references.enumerated() {
            let text = example.replacingOccurrences(of: "reference: VR-2026-0147", with: "reference: \"\(reference)\"")
            try text.write(to: folder.appendingPathComponent(String(format: "case-%03d.yaml", index)), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func testReferencesThatLookAlikeGetTheirOwnFiles() throws {
        let references = ["VR/2026/0147", "VR.2026.0147", "VR 2026 0147", "VR-2026-0147", "VR%2F2026%2F0147"]
        let input = try cases(references)
        let out = run.scratch.appendingPathComponent("out")
        let result = try run(["batch", input.path, "--out", out.path, "--document", "rtw-plan", "--quiet"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(run.files(in: out), ["VR%202026%200147-rtw-plan.pdf", "VR%252F2026%252F0147-rtw-plan.pdf",
                                            "VR%2E2026%2E0147-rtw-plan.pdf", "VR%2F2026%2F0147-rtw-plan.pdf",
                                            "VR-2026-0147-rtw-plan.pdf"])
        XCTAssertTrue(result.output.contains("Rendered 5 documents from 5 case files"), result.output)
    }

    func testTheSameReferenceTwiceIsRefusedInRenderBeforeAnythingIsWritten() throws {
        let input = try cases(["VR-1", "Other", "vr-1"])
        let out = run.scratch.appendingPathComponent("out")
        let files = run.files(in: input).map { input.appendingPathComponent($0).path }
        let result = try run(["render"] + files + ["--out", out.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(run.files(in: out), ["Other-rtw-plan.pdf"])
        XCTAssertTrue(result.error.contains("case-000.yaml: the documents would overwrite those of \(files[2])"), result.error)
        XCTAssertTrue(result.error.contains("case-002.yaml: the documents would overwrite those of \(files[0])"), result.error)
    }

    func testTheSameReferenceTwiceIsRefusedInBatchForBothFiles() throws {
        let input = try cases(["VR-1", "Other", "VR-1"])
        let out = run.scratch.appendingPathComponent("out")
        let result = try run(["batch", input.path, "--out", out.path, "--quiet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(run.files(in: out).filter { $0.hasPrefix("VR") }, [])
        XCTAssertEqual(run.files(in: out).count, 4)
        XCTAssertTrue(result.output.contains("Rendered 4 documents from 1 case files"), result.output)
        XCTAssertTrue(result.error.contains("nothing was written for them"), result.error)
    }

    func testStaleTemporaryFilesOfAKilledRunAreRemovedByTheNextRun() throws {
        let input = try cases(["VR-1"])
        let out = run.scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var deadProcess: pid_t = 4_000_000
        while kill(deadProcess, 0) == 0 || errno != ESRCH { deadProcess -= 1 }
        let stale = ".VR-9-rtw-plan.pdf.\(deadProcess).12345.tmp"
        let living = ".VR-9-rtw-plan.pdf.\(getpid()).12345.tmp"
        let unrelated = ".notes.tmp"
        for name in [stale, living, unrelated] {
            XCTAssertTrue(FileManager.default.createFile(atPath: out.appendingPathComponent(name).path, contents: Data("x".utf8)))
        }
        let result = try run(["render", input.appendingPathComponent("case-000.yaml").path, "--out", out.path])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(run.files(in: out), [living, unrelated, "VR-1-rtw-plan.pdf"].sorted())
    }

    func testFinishedDocumentsHaveTheUsualPermissions() throws {
        let input = try cases(["VR-1"])
        let out = run.scratch.appendingPathComponent("out")
        XCTAssertEqual(try run(["render", input.appendingPathComponent("case-000.yaml").path, "--out", out.path]).status, 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("VR-1-rtw-plan.pdf").path)
        let mask = umask(0o022)
        umask(mask)
        XCTAssertEqual((attributes[.posixPermissions] as? Int).map { mode_t($0) }, 0o666 & ~mask)
    }

    /// Batches are stopped at several moments; each time only complete documents remain.
    func testAnInterruptedBatchLeavesNoTemporaryFiles() throws {
        let input = try cases((0..<40).map { "VR-\($0)" })
        for (round, delay) in [0.15, 0.3, 0.5, 0.8].enumerated() {
            let out = run.scratch.appendingPathComponent("out-\(round)")
            let process = Process()
            process.executableURL = run.tool
            process.arguments = ["batch", input.path, "--out", out.path, "--quiet",
                                 "--templates", ToolRun.root.appendingPathComponent("templates").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            round % 2 == 0 ? process.interrupt() : process.terminate()
            process.waitUntilExit()
            let names = run.files(in: out)
            XCTAssertEqual(names.filter { $0.hasPrefix(".") }, [], "round \(round)")
            for name in names {
                let data = try Data(contentsOf: out.appendingPathComponent(name))
                XCTAssertEqual(String(decoding: data.suffix(7), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), "%%EOF",
                               "\(name) is not a complete PDF")
            }
            if process.terminationReason == .exit {
                XCTAssertEqual(process.terminationStatus, round % 2 == 0 ? 128 + SIGINT : 128 + SIGTERM)
            }
        }
    }

    /// The reproductions of the issue mixed into one batch: each hostile file fails on its
    /// own, with its reason, and every good file is still rendered.
    func testABatchSurvivesHostileFilesMixedIn() throws {
        let input = try cases((0..<6).map { "VR-\($0)" })
        let base = "format: 1\ncase: {reference: H-%d%@}\nclient: {name: %@}\nemployment: {contract: {hours_per_week: 30}}\n"
        let hostile = [
            String(format: base, 1, "", "Ann") + "plan: {start: 9999-12-31}\n",
            String(format: base, 2, "", "Ann") + "plan: {start: 2199-12-20}\n",
            String(format: base, 3, "", String(repeating: "N", count: 40_000)) + "plan: {start: 2026-03-02}\n",
            String(format: base, 4, "", "Ann") + "assessment: {capacity: {lifting_kg: 1e300}}\nplan: {start: 2026-03-02}\n",
            String(format: base, 5, ", service: {logo: fifo.png}", "Ann") + "plan: {start: 2026-03-02}\n",
            String(format: base, 6, "", "Ann") + "consent: {disclose_diagnosis: 'true'}\nplan: {start: 2026-03-02}\n",
        ]
        for (index, text) in hostile.enumerated() {
            try text.write(to: input.appendingPathComponent("hostile-\(index).yaml"), atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(mkfifo(input.appendingPathComponent("fifo.png").path, 0o600), 0)
        XCTAssertEqual(mkfifo(input.appendingPathComponent("pipe.yaml").path, 0o600), 0, "a FIFO among the case files")
        let out = run.scratch.appendingPathComponent("out")
        let started = Date()
        let result = try run(["batch", input.path, "--out", out.path, "--document", "rtw-plan", "--quiet"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(run.files(in: out), (0..<6).map { "VR-\($0)-rtw-plan.pdf" })
        XCTAssertTrue(result.output.contains("Rendered 6 documents from 6 case files"), result.output)
        XCTAssertTrue(result.error.contains("Failed: 7 case files"), result.error)
        XCTAssertTrue(result.error.contains("pipe.yaml: this is not a regular file"), result.error)
        for (index, expected) in ["in the year 9999", "after 2199-12-31, the last date", "more than the 300", "kilograms a person can lift",
                                  "is not a regular file", "the quoted text 'true'"].enumerated() {
            XCTAssertTrue(result.error.contains("hostile-\(index).yaml") && result.error.contains(expected),
                          "hostile-\(index).yaml: \(expected)\n\(result.error)")
        }
    }

    /// The same file named twice is one case file, not two with the same reference.
    func testAFileOrFolderNamedTwiceIsRenderedOnce() throws {
        let input = try cases(["VR-1"])
        let file = input.appendingPathComponent("case-000.yaml").path
        let out = run.scratch.appendingPathComponent("out").path
        let render = try run(["render", file, input.path + "/./case-000.yaml", "--out", out])
        XCTAssertEqual(render.status, 0, render.error)
        let batch = try run(["batch", input.path, input.path, file, "--out", out, "--quiet"])
        XCTAssertEqual(batch.status, 0, batch.error)
        XCTAssertTrue(batch.output.contains("from 1 case files"), batch.output)
    }
}
