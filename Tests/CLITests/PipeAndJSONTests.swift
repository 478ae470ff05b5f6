import Foundation
import XCTest

/// vr-docs in a pipe and for other programs: `-` reads a case file from standard input,
/// `--out -` writes one PDF to standard output, and `validate --json` gives every problem
/// with its line, field and fix under a format version.
final class PipeAndJSONTests: XCTestCase {
    private func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: Data, error: String) {
        let result = try ToolProcess.run(arguments + ["--templates", CommandLineTests.root.appendingPathComponent("templates").path], input: input)
        return (result.status, result.output, result.error)
    }

    private var example: URL { CommandLineTests.examples.appendingPathComponent("cancer-shift-worker.yaml") }

    func testACaseFileIsPipedInAndAPDFPipedOut() throws {
        let result = try run(["render", "-", "--document", "rtw-plan", "--out", "-"], input: try Data(contentsOf: example))
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.starts(with: Data("%PDF-".utf8)), "standard output is the PDF itself")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("piped-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try result.output.write(to: file)
        let text = String(decoding: try CommandLineTests.pdftotext(file.path), as: UTF8.self)
        XCTAssertTrue(text.contains("Phased return-to-work plan"))

        let all = try run(["render", "-", "--document", "all", "--out", "-"], input: try Data(contentsOf: example))
        XCTAssertEqual(all.status, 2, "several documents cannot share standard output")
        XCTAssertTrue(all.output.isEmpty)
    }

    func testValidateJSONGivesEveryProblemWithItsLineAndFix() throws {
        let bad = Data("format: 1\ncase: {reference: X-1}\nclient: {name: A}\nplan: {strat: 2026-01-01}\n".utf8)
        let result = try run(["validate", "-", example.path, "--json"], input: bad)
        XCTAssertEqual(result.status, 1)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        XCTAssertEqual(json["format_version"] as? Int, 1)
        XCTAssertEqual(json["valid"] as? Int, 1)
        XCTAssertEqual(json["invalid"] as? Int, 1)
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["file"] as? String }, ["-", example.path], "in the order named")
        let problems = try XCTUnwrap(files[0]["problems"] as? [[String: Any]])
        let unknown = try XCTUnwrap(problems.first { $0["field"] as? String == "plan.strat" })
        XCTAssertEqual(unknown["line"] as? Int, 4)
        XCTAssertEqual(unknown["fix"] as? String, "Did you mean plan.start?")
        XCTAssertEqual(files[1]["reference"] as? String, "VR-2026-0212")
        XCTAssertEqual(files[1]["valid"] as? Bool, true)
    }
}
