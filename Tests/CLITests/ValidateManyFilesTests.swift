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
