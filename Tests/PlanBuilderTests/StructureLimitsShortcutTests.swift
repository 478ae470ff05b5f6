import Foundation
import XCTest
@testable import PlanBuilder

/// The structure scan passes letters and digits inside a word, a quoted text or a comment
/// through a shortcut; it must end where the byte-by-byte scan ends, with the same
/// refusal, on real case files and on random YAML-like text full of quotes, comments,
/// brackets, aliases and line breaks.
final class StructureLimitsShortcutTests: XCTestCase {
    func testTheShortcutChangesNothing() throws {
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: ReadingPaths.examples.path) where name.hasSuffix(".yaml") {
            texts.append(try String(contentsOfFile: ReadingPaths.examples.appendingPathComponent(name).path, encoding: .utf8))
        }
        var generator = SchedulePropertyTests.SeededGenerator(state: 20261205)
        let pieces = ["a", "Zz9", "key: ", "- ", "\n", "\r\n", "  ", "\"q\\\"a\"", "'it''s'", "# note b1", "[", "]", "{", "}", "*x",
                      "* item", "&a ", "!t ", "? ", ",", "é", "\t", ":", "-", "\\", "\"", "'", "#", "[[[[", "aliasname"]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        texts.append(String(repeating: "[", count: 70) + "a")
        texts.append((0..<40).map { "*a\($0) " }.joined())
        for text in texts {
            let fast = StructureLimits.scanned(text), slow = StructureLimits.scanned(text, shortcut: false)
            XCTAssertEqual(fast.scan.position, slow.scan.position, text.debugDescription)
            XCTAssertEqual(fast.refusal?.problem, slow.refusal?.problem, text.debugDescription)
        }
    }
}
