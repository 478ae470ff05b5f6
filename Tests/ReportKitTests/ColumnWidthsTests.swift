import XCTest
@testable import ReportKit

/// A table column is kept wide enough for its longest words; the few candidates are
/// picked in one pass and must be exactly those a full sort would pick.
final class ColumnWidthsTests: XCTestCase {
    private func bySorting(_ texts: [String], count: Int) -> [String] {
        let words = Set(texts.flatMap { TextRules.keepingNumbersWhole($0).split(whereSeparator: { $0 == " " || $0 == "\n" }) })
        return words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.prefix(count).map(String.init)
    }

    /// Only texts whose every scalar is a character of its own are read as bytes; their
    /// words are the words split at characters, with the same lengths.
    func testSimpleWordsAreTheWordsOfTheCharacters() {
        var simple = ["", " ", "a b\nc", "  two  spaces ", "0141\u{00A0}555\u{00A0}0123 today", "\u{00A0}", "end\n",
                      "ŵyl", "£5", "23–\u{2060}29 Mar", "5¾ h, Thu 4½ h", "don’t “quoted” …", "Ŵ ǅ ʼ ɐ ÿ", "soft\u{00AD}hy",
                      "nel\u{0085}x", "\u{2000}\u{200B}\u{200E}\u{2028}\u{2029}\u{2060}\u{206F}", "a\u{200B} b"]
        // Every scalar from U+0080 to U+02FF, and U+2000 to U+206F but the joiners, in words.
        simple.append(String(String.UnicodeScalarView((0x80...0x2FF).compactMap(Unicode.Scalar.init))))
        simple.append(String(String.UnicodeScalarView((0x2000...0x206F).filter { $0 != 0x200C && $0 != 0x200D }
            .compactMap { Unicode.Scalar($0) })).split(separator: "\u{2003}").joined(separator: " "))
        for text in simple {
            let words = try! XCTUnwrap(ColumnWidths.simpleWords(in: text))
            let utf8 = Array(text.utf8)
            XCTAssertEqual(words.map { String(decoding: utf8[$0.range], as: UTF8.self) },
                           text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init), text.debugDescription)
            XCTAssertEqual(words.map(\.length), text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count))
        }
        for text in ["a\r\nb", "e\u{301}", "x\u{200D}y", "a\u{200C}b", "👍🏽", "Ελ", "\u{2070}", "日本", "ŵ\u{0302}", "a\u{0300}"] {
            XCTAssertNil(ColumnWidths.simpleWords(in: text), text.debugDescription)
        }
    }

    /// When the longest words do not all fit, the widest columns give way first and
    /// short words stay whole; the widths still fill the table exactly.
    func testTheWidestColumnsGiveWayFirst() {
        let minimums = [30.0, 55, 95, 75, 45, 35, 60]
        let widths = ColumnWidths.fit(weights: [0.75, 1.05, 2, 0.8, 0.85, 0.7, 2.3], minimums: minimums, width: 350)
        XCTAssertEqual(widths.reduce(0, +), 350, accuracy: 0.001)
        XCTAssertEqual(Array(widths[0...1]), [30, 55], "short words keep their width")
        XCTAssertEqual(widths[4], 45)
        XCTAssertEqual(widths[5], 35)
        XCTAssertLessThan(widths[2], 95)
        XCTAssertEqual(widths[2], widths[3], accuracy: 0.001, "the widest share one cap")
        // Room for every minimum: weights decide, as before.
        XCTAssertEqual(ColumnWidths.fit(weights: [1, 1], minimums: [10, 10], width: 100), [50, 50])
    }

    func testTheLongestWordsAreThoseAFullSortGives() {
        var generator = ReplayableGenerator(seed: 20261205)
        let vocabulary = ["a", "bb", "ccc", "dddd", "Week", "Mar", "0141 555 0123", "3 March 2026", "ŵyl", "gŵyl", "naïve",
                          "Rhydd", "Off", "–", "23½ h", "hoist", "transfers", "hot-desking", "e", "zz", "yy",
                          "x\r\ny", "e\u{301}", " \u{301}", "\u{00A0}", "£5", "16–\u{2060}22 Mar", "Thu 5¾ h,", "don’t",
                          "\u{2060}", "a\u{200D}b", "Ŵ", "ǅǅ", "ʼn", "ɐɐɐ"]
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
