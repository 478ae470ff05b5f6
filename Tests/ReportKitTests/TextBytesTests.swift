import Foundation
@testable import ReportKit
import XCTest

/// The text rules work on UTF-8 bytes where they once walked characters or scalars; each
/// byte-level step gives what the character-level one gave, on texts chosen to reach
/// every kind of character (ASCII, two-, three- and four-byte, combining marks, £ whose
/// first byte is the no-break space's).
final class TextBytesTests: XCTestCase {
    static let texts = [
        "", " ", "\u{00A0}", "a\u{00A0}b", "0800\u{00A0}121\u{00A0}7479", "£100\u{00A0}–\u{00A0}£1,000",
        "Dydd\u{00A0}Llun 4\u{00A0}awr", "é\u{00A0}ü", "\u{00A0}\u{00A0}x", "x\u{00A0}", "7479🏻\u{00A0}👍🏽 end",
        "e\u{0301}\u{00A0}a\u{0301}", "£ only", "plain text with no space of that kind", "\u{00A0}🇬🇧\u{00A0}",
        "tab\there\nline\u{2013}dash\u{0}nul",
    ]

    func testByteSearchFindsWhatTheViewFinds() {
        for text in Self.texts {
            for byte: UInt8 in [0, 0x20, 0x93, 0xA0, 0xC2, 0xF0, UInt8(ascii: "x")] {
                XCTAssertEqual(text.utf8Contains(byte), text.utf8.contains(byte), "\(text.debugDescription) \(byte)")
            }
        }
    }

    func testNoBreakSpacesBecomeSpacesWithTheRangesTheScalarsGive() {
        for text in Self.texts {
            let (result, ranges) = PangoTextBuilder.spacesForNoBreakSpaces(in: text)
            let (expected, expectedRanges) = Self.scalarSpacesForNoBreakSpaces(in: text)
            XCTAssertEqual(result, expected, text.debugDescription)
            XCTAssertEqual(ranges.map { [$0.0, $0.1] }, expectedRanges.map { [$0.0, $0.1] }, text.debugDescription)
        }
    }

    func testReplacingEveryGivesWhatFoundationGives() {
        let texts = Self.texts + ["Page {page} of {pages}", "{pages}{page}{page", "Tudalen {page} o {pages}",
                                  "https://example.org/it's\\here'", "aaaa", "'\u{0301}é'", "tel:+441234"]
        for text in texts {
            for (target, replacement) in [("{pages}", "12"), ("{page}", "3"), ("\\", "\\\\"), ("'", "\\'"), ("aa", "b"), ("é", "e")] {
                XCTAssertEqual(text.replacingEvery(target, with: replacement),
                               text.replacingOccurrences(of: target, with: replacement), "\(text.debugDescription) \(target)")
            }
        }
    }

    /// What `spacesForNoBreakSpaces` did scalar by scalar before it read bytes.
    static func scalarSpacesForNoBreakSpaces(in text: String) -> (String, [(Int, Int)]) {
        guard text.unicodeScalars.contains("\u{00A0}") else { return (text, []) }
        var result = String.UnicodeScalarView()
        var ranges: [(Int, Int)] = []
        var offset = 0
        var spaceAt: Int?
        for scalar in text.unicodeScalars {
            let width = scalar == "\u{00A0}" ? 1 : String(scalar).utf8.count
            if let start = spaceAt { ranges.append((start, offset + width)) }
            spaceAt = scalar == "\u{00A0}" ? offset : nil
            result.append(scalar == "\u{00A0}" ? " " : scalar)
            offset += width
        }
        return (String(result), ranges)
    }
}
