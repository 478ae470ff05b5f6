import Foundation
import XCTest
@testable import PlanBuilder

/// Files that are broken or built to hurt a parser end in one clear error, fast.
final class ReadingHostileInputTests: XCTestCase {
    /// Reads `bytes`, asserts that it fails without hanging, and returns the problems. The
    /// bound only catches a hang (reads take milliseconds; speed is measured in bench/), so
    /// it is generous enough for a loaded CI machine.
    private func refusal(_ bytes: [UInt8], fileName: String = "hostile.yaml", line: UInt = #line) -> [CaseFileIssue] {
        let started = Date()
        defer {
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, "reading took too long", line: line)
        }
        do {
            _ = try CaseFileReader().read(bytes: bytes, fileName: fileName, baseDirectory: nil)
            XCTFail("expected the file to be refused", line: line)
            return []
        } catch {
            XCTAssertFalse(error.issues.isEmpty, line: line)
            return error.issues
        }
    }

    private func refusal(_ text: String, line: UInt = #line) -> [CaseFileIssue] {
        refusal(Array(text.utf8), line: line)
    }

    private let validStart = "format: 1\ncase: {reference: A}\nclient: {name: B}\n"

    func testEmptyFile() {
        XCTAssertEqual(refusal([]).map(\.problem), ["the file is empty"])
    }

    func testBlankAndCommentOnlyFiles() {
        XCTAssertEqual(refusal("\n   \n\n").first?.problem, "the file is empty (it has only blank lines)")
        XCTAssertEqual(refusal("# just a comment\n# and another\n").first?.problem, "the file has no fields, only comments")
    }

    func testUTF16FilesAreRecognised() {
        let text = validStart
        let withMark: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let withoutMark: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [withMark, withoutMark] {
            let issues = refusal(bytes)
            XCTAssertEqual(issues.count, 1)
            XCTAssertTrue(issues.first?.problem.contains("UTF-16") ?? false, issues.first?.description ?? "")
            XCTAssertTrue(issues.first?.fix?.contains("Save it as UTF-8") ?? false)
        }
    }

    func testBinaryDataIsNotAText() {
        var generator = SchedulePropertyTests.SeededGenerator(state: 20261205)
        let garbage = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertEqual(refusal(garbage).first?.problem, "this is not a text file (it holds binary data)")
        XCTAssertEqual(refusal(Array("format: 1\u{0}\u{0}\u{1}".utf8)).first?.problem,
                       "this is not a text file (it holds binary data)")
    }

    func testLatin1TextIsAskedToBeSavedAsUTF8() {
        let bytes = Array(validStart.utf8) + Array("communication: Sio".utf8) + [0xE1] + Array("n\n".utf8)
        let issue = refusal(bytes).first
        XCTAssertEqual(issue?.location?.line, 4)
        XCTAssertTrue(issue?.problem.contains("not UTF-8") ?? false)
    }

    func testControlCharacterIsPointedAt() {
        let issue = refusal(validStart + "plan: {start: 2026\u{7}-03-02}\n").first
        XCTAssertEqual(issue?.location?.line, 4)
        XCTAssertTrue(issue?.problem.contains("U+0007") ?? false)
    }

    func testOversizedFileIsRefusedBeforeParsing() {
        let bytes = Array("note: \"".utf8) + [UInt8](repeating: 0x61, count: 20 * 1024 * 1024) + Array("\"\n".utf8)
        let issues = refusal(bytes)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.problem, "the file is 20.0 MB, more than the 5.0 MB a case file may be")
    }

    func testOversizedFileOnDiskIsRefusedWithoutReadingItAll() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reading-huge-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(count: 30 * 1024 * 1024)))
        let started = Date()
        XCTAssertThrowsError(try CaseFileReader().read(path: url.path)) { error in
            XCTAssertTrue("\(error)".contains("30.0 MB"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    /// A string just under the file's size limit is read quickly and refused for its
    /// length, naming the field, along with the file's other problems.
    func testLongStringJustUnderTheLimitIsReadQuicklyAndRefusedForItsLength() {
        let long = String(repeating: "Gwaith ŵ ŷ á 中文 ", count: 200_000)
        let started = Date()
        let issues = refusal(validStart + "assessment:\n  strengths: [\"\(long)\"]\n  unknown: 1\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(issues.map(\.path), ["assessment.strengths[0]", "assessment.unknown"])
        XCTAssertTrue(issues[0].problem.contains("3200000 characters long, more than the 20000"), issues[0].problem)
    }

    func testHundredThousandOpeningBracketsAreRefused() {
        let issues = refusal("format: 1\nnote: " + String(repeating: "[", count: 100_000))
        XCTAssertEqual(issues.count, 1)
        XCTAssertTrue(issues.first?.problem.contains("brackets are open inside each other") ?? false,
                      issues.first?.description ?? "")
        XCTAssertEqual(issues.first?.location?.line, 2)
        XCTAssertTrue(refusal(String(repeating: "{a: ", count: 100_000)).first?.problem.contains("brackets") ?? false)
    }

    func testDeepBlockNestingIsRefused() {
        var text = ""
        for depth in 0..<300 { text += String(repeating: " ", count: depth) + "k:\n" }
        let issue = refusal(text).first
        XCTAssertTrue(issue?.problem.contains("levels deep") ?? false, issue?.description ?? "")
        let dashes = refusal("format: 1\nx:\n" + String(repeating: "- ", count: 10_000) + "a\n").first
        XCTAssertTrue(dashes?.problem.contains("lists inside each other") ?? false, dashes?.description ?? "")
        let indented = refusal("format: 1\nx:\n" + String(repeating: " ", count: 100_000) + "a: 1\n").first
        XCTAssertTrue(indented?.problem.contains("indented by more than") ?? false, indented?.description ?? "")
    }

    func testBillionLaughsIsRefused() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        text += "? *a12\n: boom\n"
        let issues = refusal(text)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.fix, "Case files need no YAML aliases; write the values out.")
    }

    /// A case note written as a list of bullets ("* point") is text, not 40 aliases.
    func testBulletsInANoteAreNotAliases() throws {
        let note = validStart + "assessment:\n  strengths:\n    - |\n" + String(repeating: "      * point made at the assessment\n", count: 40)
        let read = try CaseFileReader().read(bytes: Array(note.utf8), fileName: "note.yaml", baseDirectory: nil)
        XCTAssertEqual(read.assessment?.strengths.first?.components(separatedBy: "* point").count, 41)
        let aliases = refusal(validStart + "x: &a 1\n" + (0..<40).map { "y\($0): *a\n" }.joined())
        XCTAssertTrue(aliases.contains { $0.problem.contains("YAML aliases") }, "real aliases are still counted: \(aliases)")
    }

    func testAFewAliasesAreReadButAnAliasedKeyBombStaysFast() {
        var text = validStart + "x0: &x0 [a, b, c]\n"
        for level in 1...10 { text += "x\(level): &x\(level) [*x\(level - 1), *x\(level - 1), *x\(level - 1)]\n" }
        text += "{*x10: 1}: 2\n"
        let issues = refusal(text)
        XCTAssertTrue(issues.contains { $0.path == "x0" }, issues.map(\.description).joined(separator: "\n"))
    }

    func testHundredsOfThousandsOfKeysAreRefused() {
        let issues = refusal(validStart + (0..<100_000).map { "k\($0): &a\($0) {a: 1}" }.joined(separator: "\n"))
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.problem, "the file has more than 50000 fields")
    }

    func testAnEnormousListIsRefusedWithoutReadingEachItem() {
        let issues = refusal(validStart + "goals:\n" + String(repeating: "- {}\n", count: 400_000))
        XCTAssertEqual(issues.map(\.path), ["goals"])
        XCTAssertEqual(issues.first?.problem, "the list has 400000 items, more than a case file needs")
    }

    func testManyProblemsAreCappedWithACount() {
        let text = validStart + (0..<5_000).map { "unknown\($0): 1" }.joined(separator: "\n")
        let issues = refusal(text)
        XCTAssertEqual(issues.count, IssueLog.shownLimit + 1)
        XCTAssertEqual(issues.last?.problem, "... and 4800 more problems")
    }

    func testFreeTextThatLooksLikeStructureIsNotRefused() throws {
        let text = validStart + """
            assessment:
              strengths:
                - "Counts [[[[ brackets {{{{ in quotes"
                - Says *this* and [that] * 3
                - 'It''s fine: really [' # comment with [[[ and *x
            """
        let file = try CaseFileReader().read(bytes: Array(text.utf8), fileName: "ok.yaml", baseDirectory: nil)
        XCTAssertEqual(file.assessment?.strengths.count, 3)
        XCTAssertEqual(file.assessment?.strengths[2], "It's fine: really [")
    }
}
