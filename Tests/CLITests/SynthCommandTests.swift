import Foundation
import XCTest

/// `vr-docs synth`: the same seed gives the same bytes, and `vr-docs validate` accepts
/// every file it writes.
final class SynthCommandTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    func testSameSeedSameBytesAndEveryFileValidates() throws {
        let first = run.scratch.appendingPathComponent("one"), second = run.scratch.appendingPathComponent("two")
        XCTAssertEqual(try run(["synth", "--count", "60", "--seed", "9", "--out", first.path]).status, 0)
        XCTAssertEqual(try run(["synth", "--count", "60", "--seed", "9", "--out", second.path, "--jobs", "1"]).status, 0)
        let names = run.files(in: first)
        XCTAssertEqual(names.count, 60)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(name)), try Data(contentsOf: second.appendingPathComponent(name)), name)
        }
        let validation = try run(["validate"] + names.map { first.appendingPathComponent($0).path })
        XCTAssertEqual(validation.status, 0, validation.error)
    }
}
