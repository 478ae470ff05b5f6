import Foundation
import XCTest

/// `vr-docs validate` over many files: checked on several threads, printed in the order
/// named, options anywhere on the line, and the file names parsed in linear time.
final class ValidateManyFilesTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    func testResultsComeInTheOrderNamedWhateverTheThreads() throws {
        let cases = run.scratch.appendingPathComponent("synth")
        XCTAssertEqual(try run(["synth", "--count", "60", "--seed", "9", "--out", cases.path]).status, 0)
        let broken = run.scratch.appendingPathComponent("broken.yaml")
        try "format: 1\ncase:\n  referal: {}\n".write(to: broken, atomically: true, encoding: .utf8)
        // Named in reverse, with the broken file in the middle and options among the files.
        var files = (1...60).reversed().map { cases.appendingPathComponent(String(format: "synth-%06d.yaml", $0)).path }
        files.insert(broken.path, at: 30)
        let serial = try run(["validate", "--jobs", "1"] + files)
        let parallel = try run(["validate"] + files.prefix(10) + ["--jobs", "4"] + files.dropFirst(10))
        XCTAssertEqual(serial.status, 1)
        XCTAssertEqual(parallel.status, 1)
        XCTAssertEqual(serial.output, parallel.output)
        XCTAssertEqual(serial.error, parallel.error)
        let lines = parallel.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 60)
        XCTAssertTrue(lines[0].hasPrefix(files[0] + ": valid (SYN-000060)"), String(lines[0]))
        XCTAssertTrue(lines[59].hasPrefix(files[60] + ": valid (SYN-000001)"), String(lines[59]))
        XCTAssertTrue(parallel.error.contains("broken.yaml"), parallel.error)
        XCTAssertTrue(parallel.error.contains("1 of 61 files invalid."), parallel.error)
    }

    /// `validate` takes its file names out of the line before ArgumentParser sees it, and so
    /// must know which options take a value: "--issued 2026-02-23" after a file name was
    /// once read as "--issued" with no value and the date as a file. Every option with a
    /// value, as ArgumentParser describes them, works after a file name.
    func testEveryOptionWithAValueWorksAfterTheFileNames() throws {
        let dump = try run(["validate", "--experimental-dump-help"])
        let tool = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let arguments = try XCTUnwrap((tool["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        let valued = arguments.filter { $0["kind"] as? String == "option" }
            .compactMap { ($0["names"] as? [[String: String]])?.first { $0["kind"] == "long" }?["name"] }
        let samples = ["jobs": "1", "templates": ToolRun.root.appendingPathComponent("templates").path, "paper": "a4", "issued": "2026-02-23"]
        XCTAssertEqual(Set(valued), Set(samples.keys), "a new option with a value: give it a sample value here")
        let example = ToolRun.examples.appendingPathComponent("back-pain-admin.yaml").path
        for (name, value) in samples.sorted(by: { $0.key < $1.key }) {
            let result = try run(["validate", example, "--" + name, value])
            XCTAssertEqual(result.status, 0, "--\(name) \(value): \(result.error)")
            XCTAssertTrue(result.output.contains("valid (VR-2026-0147)"), result.output)
        }
        let issued = try run(["validate", example, "--issued", "2026-02-23"])
        XCTAssertTrue(issued.error.contains("adjustments[0].from: 'A sit-stand desk' usually takes 2–6 weeks to arrange"), issued.error)
    }

    func testNoFileIsMisuse() throws {
        let result = try run(["validate", "--jobs", "2"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("Missing expected argument"), result.error)
    }

    /// 20,000 names of files that do not exist: refused at the first, after parsing. The
    /// quadratic parse took over 5 s for this many; linear takes a few milliseconds.
    func testTwentyThousandNamesAreParsedQuickly() throws {
        let names = (1...20_000).map { "missing-\($0).yaml" }
        let started = Date()
        let result = try run(["validate"] + names)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("missing-1.yaml: no such file"), result.error)
        XCTAssertLessThan(Date().timeIntervalSince(started), 3.0)
    }
}
