import XCTest
@testable import ReportKit

/// A table column is kept wide enough for its longest words; the few candidates are
/// picked in one pass and must be exactly those a full sort would pick.
final class ColumnWidthsTests: XCTestCase {
    private func bySorting(_ texts: [String], count: Int) -> [String] {
        let words = Set(texts.flatMap { TextRules.keepingNumbersWhole($0).split(whereSeparator: { $0 == " " || $0 == "\n" }) })
        return words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.prefix(count).map(String.init)
    }

    func testTheLongestWordsAreThoseAFullSortGives() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = ["a", "bb", "ccc", "dddd", "Week", "Mar", "0141 555 0123", "3 March 2026", "ŵyl", "gŵyl", "naïve",
                          "Rhydd", "Off", "–", "23½ h", "hoist", "transfers", "hot-desking", "e", "zz", "yy"]
        for round in 0..<300 {
            let texts = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
                    .joined(separator: Bool.random(using: &generator) ? " " : "\n")
            }
            for count in [1, 3, 5] {
                XCTAssertEqual(ColumnWidths.longestWords(in: texts, count: count), bySorting(texts, count: count), "round \(round): \(texts)")
            }
        }
        XCTAssertEqual(ColumnWidths.longestWords(in: ["Call 0141 555 0123 today", "Mon 4 h"]), ["0141\u{00A0}555\u{00A0}0123", "today", "Call"])
    }
}
