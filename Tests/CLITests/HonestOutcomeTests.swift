import Foundation
import XCTest

/// What the tool says matches what happened: misuse is exit 2 in every command, nothing
/// to render is an error, and values from a case file never reach the terminal as raw
/// control characters.
final class HonestOutcomeTests: XCTestCase {
    private var run: ToolRun!

    override func setUpWithError() throws { run = try ToolRun() }
    override func tearDownWithError() throws { run.cleanUp() }

    private func write(_ text: String, as name: String) throws -> String {
        let url = run.scratch.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private let planned = "format: 1\ncase: {reference: VR-9}\nclient: {name: Ann}\n"
        + "employment: {contract: {hours_per_week: 30}}\nplan: {start: 2026-03-02}\n"

    func testAnEmptyOutFolderIsMisuseEverywhere() throws {
        let file = try write(planned, as: "case.yaml")
        for arguments in [["render", file, "--out", ""], ["batch", run.scratch.path, "--out", ""],
                          ["caseload", run.scratch.path, "--out", ""], ["caseload", run.scratch.path, "--csv", " "]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.error)")
            XCTAssertTrue(result.error.contains("is empty"), result.error)
        }
    }

    func testAnEmptyFolderIsMisuseForBatchAndCaseload() throws {
        let empty = run.scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try run(["batch", empty.path, "--out", run.scratch.appendingPathComponent("o").path]).status, 2)
        XCTAssertEqual(try run(["caseload", empty.path]).status, 2)
    }

    func testAnOutPathThatIsAFileIsMisuse() throws {
        let file = try write(planned, as: "case.yaml")
        let notFolder = try write("x", as: "letters")
        let result = try run(["render", file, "--out", notFolder])
        XCTAssertEqual(result.status, 2, result.error)
        XCTAssertTrue(result.error.contains("is a file, not a folder"), result.error)
    }

    func testRenderAllWithNothingToRenderSaysSoAndFails() throws {
        let file = try write("format: 1\ncase: {reference: VR-9}\nclient: {name: Ann}\n", as: "bare.yaml")
        let result = try run(["render", file, "--document", "all", "--out", run.scratch.appendingPathComponent("o").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("nothing to render"), result.error)
    }

    func testConsentTakesOnlyTrueOrFalse() throws {
        for (written, fix) in [("'true'", "Write true without the quotes."), ("yes", "Write true instead"),
                               ("on", "Write true instead"), ("off", "Write false instead"), ("1", "Write true or false")] {
            let file = try write(planned + "consent: {disclose_diagnosis: \(written)}\n", as: "consent.yaml")
            let result = try run(["validate", file])
            XCTAssertEqual(result.status, 1, written)
            XCTAssertTrue(result.error.contains("consent.yaml:6:31: consent.disclose_diagnosis: expected true or false"), result.error)
            XCTAssertTrue(result.error.contains(fix), "\(written): \(result.error)")
        }
        let file = try write(planned + "consent: {disclose_diagnosis: false}\n", as: "consent.yaml")
        XCTAssertEqual(try run(["validate", file]).status, 0)
    }

    func testControlCharactersFromACaseFileAreEscapedOnTheTerminal() throws {
        let hostile = "format: 1\ncase: {reference: \"VR-\\e[2J9\"}\nclient: {name: \"Ann\\e]0;owned\\a\\u009b31m\"}\n"
            + "employment: {contract: {hours_per_week: 30}}\nplan: {start: 2026-03-02}\n"
        let file = try write(hostile, as: "escape.yaml")
        for arguments in [["validate", file], ["plan", file], ["plan", file, "--json"],
                          ["render", file, "--out", run.scratch.appendingPathComponent("o").path]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.error)")
            for stream in [result.output, result.error] {
                XCTAssertFalse(stream.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B },
                               "\(arguments) wrote a raw control character")
            }
        }
        XCTAssertTrue(try run(["plan", file]).output.contains("Ann\\x1B]0;owned\\x07\\x9B31m"))
        XCTAssertTrue(try run(["validate", file]).output.contains("VR-\\x1B[2J9"))
    }

    /// The warning names the field and its line in validate, render and batch, and never
    /// repeats the health words themselves.
    func testHealthTextLeftOutOfEmployerDocumentsIsWarnedAboutByField() throws {
        let input = try run.caseFolder("cases")
        let example = input.appendingPathComponent("back-pain-admin.yaml").path
        let out = run.scratch.appendingPathComponent("out").path
        for arguments in [["validate", example], ["render", example, "--out", out], ["batch", input.path, "--out", out]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.error)")
            XCTAssertTrue(result.error.contains("warning: \(example):176:5: adjustments[3].detail: reads as health information"),
                          "\(arguments): \(result.error)")
            for word in ["medication", "drowsiness"] {
                XCTAssertFalse(result.error.contains(word), "\(arguments) repeated \(word)")
            }
        }
    }
}
