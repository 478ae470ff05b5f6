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

    /// The candidate flags, from a pass that skips letters and looks back from each space,
    /// are those of the pass that looked at every byte and forward from it.
    func testCandidatesAreThoseEveryByteGave() {
        var generator = ReplayableGenerator(seed: 20261205)
        let pieces = ["a", "z", "Q", "G", "W", " ", "  ", "0", "1", "11", "7", "+", "@", ".", ".uk", ".org", "http", "www.",
                      "h", "w", "3 March", "March 2026", "G3 7AB", "D02 X285", "SW1W 0NY", "é", "٣", "\n", "-", "x 2026"]
        var texts = Self.texts
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let fast = TextRules.Candidates(text), every = Self.everyByteCandidates(text)
            XCTAssertEqual([fast.email, fast.web, fast.phone, fast.date, fast.postcode], every, text.debugDescription)
        }
    }

    /// `TextRules.Candidates` as it was: every byte, looking forward.
    static func everyByteCandidates(_ text: String) -> [Bool] {
        var (email, web, phone, date, postcode) = (false, false, false, false, false)
        let bytes = Array(text.utf8)
        let domains = ["uk", "org", "com", "ie", "net", "gov", "scot", "wales", "cymru", "info"].map { Array($0.utf8) }
        let mayBeDigit = { (byte: UInt8) in (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80 }
        let isCapital = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let count = bytes.count
        for index in 0..<count {
            let byte = bytes[index]
            let next: UInt8 = index + 1 < count ? bytes[index + 1] : 0
            let afterNext: UInt8 = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case UInt8(ascii: "@"): email = true
            case UInt8(ascii: "+"): phone = true
            case UInt8(ascii: "0"): if mayBeDigit(next) { phone = true }
            case UInt8(ascii: "1"): if next == UInt8(ascii: "1") { phone = true }
            case UInt8(ascii: "."):
                if !web {
                    web = domains.contains { domain in
                        index + 1 + domain.count <= count && domain.indices.allSatisfy { bytes[index + 1 + $0] == domain[$0] }
                    }
                }
            case UInt8(ascii: "h"):
                if next == UInt8(ascii: "t"), afterNext == UInt8(ascii: "t"), index + 3 < count, bytes[index + 3] == UInt8(ascii: "p") { web = true }
            case UInt8(ascii: "w"):
                if next == UInt8(ascii: "w"), afterNext == UInt8(ascii: "w"), index + 3 < count, bytes[index + 3] == UInt8(ascii: ".") { web = true }
            default: break
            }
            if byte == UInt8(ascii: " ") {
                if isDigit(next), isCapital(afterNext), index + 3 < count, isCapital(bytes[index + 3]) { postcode = true }
                if index >= 3, isCapital(bytes[index - 3]), isDigit(bytes[index - 2]),
                   isDigit(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "W") { postcode = true }
            }
            if next == UInt8(ascii: " ") {
                if mayBeDigit(byte), isCapital(afterNext) { date = true }
                if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), index + 5 < count,
                   (index + 2...index + 5).allSatisfy({ mayBeDigit(bytes[$0]) }) { date = true }
            }
        }
        return [email, web, phone, date, postcode]
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
