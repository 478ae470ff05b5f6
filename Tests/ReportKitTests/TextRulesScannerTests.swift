import Foundation
import XCTest
@testable import ReportKit

/// The scanners behind `TextRules` find exactly what the regular expressions they replaced
/// found: the expressions are kept here, verbatim, as the reference, with the way
/// `keepingNumbersWhole` and `linked` used them, and both are run over every line of the
/// examples and the wording, hand-picked near misses and thousands of generated texts.
final class TextRulesScannerTests: XCTestCase {
    // MARK: The reference: the regular expressions and their use, as they were

    private enum Reference {
        static let months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            + "|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
        static let weekdays = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|Llun|Maw|Mer|Iau|Gwe|Sad|Sul"
        static let phone = try! NSRegularExpression(pattern:
            "(?<![\\w/.+-])(?:(?:\\+44|\\+353)[ \\u00A0]?\\(?0?\\)?\\d{1,4}|\\(0\\d{1,4}\\)|0\\d{2,4})"
            + "(?:[ \\u00A0]\\d{2,6}){1,4}(?![\\w/])"
            + "|(?<![\\w.])116[ \\u00A0]\\d{3}(?!\\w|\\.\\d)|(?<=(?:NHS|[Cc]all)[ \\u00A0])111(?!\\w)")
        static let date = try! NSRegularExpression(pattern:
            "(?:\\b(?:\(weekdays)),? )?\\b\\d{1,2} (?:\(months))\\b(?: \\d{4}\\b)?"
            + "|\\b(?:\(months)) \\d{4}\\b")
        static let postcode = try! NSRegularExpression(pattern:
            "(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|(?:[A-Z][0-9]{2}|D6W) [0-9A-Z]{4})(?![A-Za-z0-9])")
        static let email = try! NSRegularExpression(pattern:
            "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
        static let web = try! NSRegularExpression(pattern:
            "(?<![\\w@./-])(?:https?://[^\\s]+|www\\.[^\\s]+"
            + "|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:uk|org|com|ie|net|gov|scot|wales|cymru|info)(?:/[^\\s]*)?)"
            + "(?<![.,;:!?)\\]'\"])")

        static func isPhoneNumber(_ match: String) -> Bool {
            let digits = match.filter(\.isNumber).count
            return match.hasPrefix("116") || match == "111" || (9...13).contains(digits)
        }

        static func keepingNumbersWhole(_ text: String) -> String {
            let ranged = TextRules.keepingRangesWhole(text)
            let candidates = TextRules.Candidates(ranged)
            var patterns: [NSRegularExpression] = []
            if candidates.phone { patterns.append(phone) }
            if candidates.date { patterns.append(date) }
            if candidates.postcode { patterns.append(postcode) }
            guard !patterns.isEmpty else { return ranged }
            var result = ranged
            for pattern in patterns {
                let ns = result as NSString
                let matches = pattern.matches(in: result, range: NSRange(location: 0, length: ns.length))
                for match in matches.reversed() {
                    let found = ns.substring(with: match.range)
                    if pattern === phone && !isPhoneNumber(found) { continue }
                    // Only the spaces inside the match change (the scanners' rule; replacing the
                    // whole range through NSMutableString wrote a digit twice when the match
                    // ended inside a character, "7479🏻").
                    var units = Array(result.utf16)
                    for offset in match.range.lowerBound..<match.range.upperBound where units[offset] == 0x20 { units[offset] = 0xA0 }
                    result = String(decoding: units, as: UTF16.self)
                }
            }
            return result
        }

        private struct Found {
            var range: Range<String.Index>
            var uri: String
        }

        static func linked(_ text: RichText) -> RichText {
            var runs: [TextRun] = []
            for run in text.runs {
                var candidates = TextRules.Candidates(run.text)
                // A bold run is a name ("NHS 111"): no phone links in it.
                if run.bold { candidates.phone = false }
                guard run.link == nil, run.spoken == nil, candidates.email || candidates.web || candidates.phone
                else { runs.append(run); continue }
                var cursor = run.text.startIndex
                for found in links(in: run.text, candidates) {
                    if cursor < found.range.lowerBound {
                        runs.append(TextRun(String(run.text[cursor..<found.range.lowerBound]), bold: run.bold, italic: run.italic))
                    }
                    runs.append(TextRun(String(run.text[found.range]), bold: run.bold, italic: run.italic, link: found.uri))
                    cursor = found.range.upperBound
                }
                if cursor < run.text.endIndex {
                    runs.append(TextRun(String(run.text[cursor...]), bold: run.bold, italic: run.italic))
                }
            }
            return RichText(runs)
        }

        private static func links(in text: String, _ candidates: TextRules.Candidates) -> [Found] {
            let whole = NSRange(text.startIndex..., in: text)
            var found: [Found] = []
            func add(_ pattern: NSRegularExpression, _ uri: (String) -> String) {
                for match in pattern.matches(in: text, range: whole) {
                    guard let range = Range(match.range, in: text),
                          !found.contains(where: { $0.range.overlaps(range) }),
                          pattern !== phone || isPhoneNumber(String(text[range])) else { continue }
                    found.append(Found(range: range, uri: uri(String(text[range]))))
                }
            }
            if candidates.email { add(email) { "mailto:" + $0 } }
            if candidates.web { add(web) { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : "https://" + $0 } }
            if candidates.phone { add(phone) { "tel:" + $0.filter { $0.isNumber || $0 == "+" } } }
            return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    // MARK: Comparing

    /// A text spelt out scalar by scalar: `==` on strings would take "é" for "e" + U+0301.
    private func exact(_ text: String) -> String {
        text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
    }

    private func exact(_ text: RichText) -> [String] {
        text.runs.map { run in
            [exact(run.text), run.link.map(exact) ?? "-", run.spoken.map(exact) ?? "-", "\(run.bold)\(run.italic)"].joined(separator: " | ")
        }
    }

    private func utf16Ranges(_ ranges: [Range<String.Index>], in text: String) -> [NSRange] {
        ranges.map { NSRange($0, in: text) }
    }

    /// Compares each scanner with its expression, and `keepingNumbersWhole` and `linked`
    /// with the reference, on `text`, as one run and split into two differently styled
    /// runs; returns how many disagreed (each is also a failure).
    @discardableResult
    private func compare(_ text: String, split: Int? = nil, file: StaticString = #filePath, line: UInt = #line) -> Int {
        var failures = 0
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition {
                failures += 1
                XCTFail("\"\(exact(text))\": \(message())", file: file, line: line)
            }
        }
        let whole = NSRange(location: 0, length: (text as NSString).length)
        for (name, pattern, scanned) in [("phone", Reference.phone, PhoneNumberScanner.matches(in: text)),
                                         ("date", Reference.date, DateScanner.matches(in: text)),
                                         ("postcode", Reference.postcode, PostcodeScanner.matches(in: text)),
                                         ("email", Reference.email, EmailAddressScanner.matches(in: text)),
                                         ("web", Reference.web, WebAddressScanner.matches(in: text))] {
            let expected = pattern.matches(in: text, range: whole).map(\.range)
            let found = utf16Ranges(scanned, in: text)
            check(found == expected, "\(name): scanner \(found), expression \(expected)")
        }
        let kept = TextRules.keepingNumbersWhole(text), expectedKept = Reference.keepingNumbersWhole(text)
        check(exact(kept) == exact(expectedKept), "keepingNumbersWhole \"\(exact(kept))\", reference \"\(exact(expectedKept))\"")
        var inputs = [RichText(text)]
        let scalars = Array(text.unicodeScalars)
        if let split, scalars.count > 1 {
            let at = split % scalars.count
            var first = String.UnicodeScalarView(), second = String.UnicodeScalarView()
            first.append(contentsOf: scalars[..<at])
            second.append(contentsOf: scalars[at...])
            inputs.append(RichText([TextRun(String(first), bold: true), TextRun(String(second), italic: true)]))
            inputs.append(RichText([TextRun(String(first), link: "https://example.org"), TextRun(String(second))]))
        }
        for input in inputs {
            let linked = exact(TextRules.linked(input)), expectedLinked = exact(Reference.linked(input))
            check(linked == expectedLinked, "linked \(linked), reference \(expectedLinked)")
        }
        return failures
    }

    // MARK: The texts

    /// Every line of the example cases and of the wording, and each line's parts either side
    /// of ": " (a YAML key and its value).
    func testExamplesAndWordingAgree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/examples")
        let examples = FileManager.default.fileExists(atPath: shared.path) ? shared : root.appendingPathComponent("examples")
        var files = try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
        let wording = root.appendingPathComponent("templates/wording")
        for language in try FileManager.default.contentsOfDirectory(at: wording, includingPropertiesForKeys: nil) {
            files += try FileManager.default.contentsOfDirectory(at: language, includingPropertiesForKeys: nil)
        }
        files = files.filter { $0.pathExtension == "yaml" }
        XCTAssertGreaterThanOrEqual(files.count, 10)
        var texts = 0
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") {
                for text in [line] + line.components(separatedBy: ": ") {
                    compare(text)
                    texts += 1
                }
            }
        }
        XCTAssertGreaterThan(texts, 4000)
    }

    /// Each format the rules name, the near misses either side of every condition in the
    /// expressions, and characters the expressions treat specially (no-break spaces,
    /// combining accents, emoji and their modifiers, other scripts' digits).
    func testTrickyTextsAgree() {
        let texts = [
            "Glasgow G3 7AB", "40 Dalmarnock Road, Glasgow G40 4LA", "SW1A 1AA", "BT7 1NN.", "M1 1AE", "CR2 6XH",
            "D02 X285", "Dublin D6W 1234", "g3 7ab", "G3 7AB4", "xG3 7AB", "G3 7A", "AB12 3CD.", "G3\u{00A0}7AB", "éG3 7AB",
            "G3 7AB 9ZZ", "G3 7AB C15 1234", "A12 3BC4", "12 3AB", "ABC1 2DE", "A1 2BC3D", "D02 X28", "D02 X2857", "at 9 AM",
            "WEEK 12 3AB", "X99 ABCD", "D6W ABCD!", "Q12 3456 and G1 1AA", "(G3 7AB)", "G3  7AB", "G3 7ÁB",
            "", " ", "0", "Call 0800 121 7479 today", "0141 555 0123", "07700 900123", "0808 808 00 00",
            "+44 20 7946 0000", "+44 (0)20 7946 0000", "+44 (0) 20 7946 0000", "+44 0 20 7946 0000", "+442079460000",
            "+44 20 7946 0000.", "+353 1 555 1234", "+353 (0)1 555 1234", "+3531 555 1234", "(01) 555 1234",
            "(0141) 555 0123", "(01234) 555 1234", "0800\u{00A0}121\u{00A0}7479", "0800 121\u{00A0}7479",
            "0800 121 7", "0800 12 34", "01 555 1234", "0800 121 7479 12 34 56", "0800 121 7479 12 34 56 78",
            "0800 1234567 89", "0800 121 7479abc", "0800 121 7479/2", "x0800 121 7479", "/0800 121 7479",
            ".0800 121 7479", "+0800 121 7479", "-0800 121 7479", "é0800 121 7479", "e\u{301}0800 121 7479",
            "0800 121 7479\u{301}", "0800 121 7479😀", "0800 121 7479👍🏻", "0800 121 7479\u{1F3FB}", "📞0800 121 7479",
            "\u{0600}0800 121 7479", "0٣٣ 555 1234", "0800 ١٢١ ٧٤٧٩", "116 123", "116\u{00A0}123", "116 1234",
            "1116 123", "116 123.", "116 123.5", "116 12", "x116 123", ".116 123", "NHS 111", "NHS\u{00A0}111",
            "call 111", "Call 111.", "recall 111", "NHS 1110", "NHS111", "Ring 111", "call 111a", "NHS 111 or 116 123",
            "Wed 18 Mar", "Wed, 18 Mar", "Wed,18 Mar", "Mon, 3 March 2026", "Llun 3 Mawrth", "Maw 3 Mawrth 2026",
            "Sad 3 Mai 2026", "Wednesday 18 March", "xWed 18 Mar", "March 2026", "Mawrth 2026", "3 Mayfair", "13 Junes",
            "13 June", "13 Jun", "1 Sept", "1 September 2026", "1 Sep 2026", "3 March 20261", "3 March 2026\u{301}",
            "123 March", "03 March", "3  March", "3 march 2026", "May ٢٠٢٦", "٣ March", "3 March\u{301} 2026",
            "11–17 May 2026", "11–\u{2060}17 May 2026", "\u{2060}3 March", "a\u{301}3 March", "\u{00AD}3 March",
            "jo.bloggs@example.org", "jo+work@example.org.uk", "jo@example.org5", "jo@example.org.5", "jo@example.c",
            "jo@@example.org", "é%a@b.org", "x%a@b.org", ".jo@example.org", "jo@example.org\u{301}", "mail jo@x.cymru.",
            "www.gov.uk/access-to-work.", "(see nhs.uk)", "https://x.org/a?b=c).", "https://x.org/a?b=c)\u{00A0}next",
            "http://...", "https://www.nhs.uk/conditions/back-pain/", "citizensadvice.org.uk.", "gov.uk/", "gov.uk/.",
            "example.community", "a.uknown", "https.org", "www.", "www.)", "www.uk)", "@gov.uk", "/gov.uk", "-gov.uk",
            " -gov.uk", "see gov.uk,and", "nhs.uk😀", "nhs.uk👍🏻", "https://x.org/😀.", "llyw.cymru/mynediad",
            "\u{088F}0800 121 7479", "\u{10940}0800 121 7479", "\u{11DE1}3 March", "3 March\u{1ACF}", "\u{1ACF}3 March",
        ]
        XCTAssertGreaterThanOrEqual(texts.count, 60)
        for (index, text) in texts.enumerated() {
            compare(text, split: index)
        }
    }

    /// Texts put together from phone numbers, dates and addresses that are right or nearly
    /// right (a digit too many, a space too few, a letter or accent after) and pieces that
    /// sit on the edges of the rules, from a fixed seed so every run tests the same texts.
    func testGeneratedTextsAgree() {
        var generator = TextGenerator(seed: 20260318)
        var failures = 0
        var found: [String: Int] = [:]
        for index in 0..<8000 {
            let text = generator.text()
            failures += compare(text, split: index)
            if failures > 20 { return XCTFail("stopped after 20 disagreements") }
            let whole = NSRange(location: 0, length: (text as NSString).length)
            for (name, pattern) in [("phone", Reference.phone), ("date", Reference.date), ("email", Reference.email), ("web", Reference.web)]
            where pattern.firstMatch(in: text, range: whole) != nil {
                found[name, default: 0] += 1
            }
            if TextRules.keepingNumbersWhole(text) != text { found["kept", default: 0] += 1 }
            if TextRules.linked(RichText(text)).runs.contains(where: { $0.link != nil }) { found["linked", default: 0] += 1 }
        }
        // The texts reach every rule often enough to test it, and miss it often too.
        for name in ["phone", "date", "email", "web", "kept", "linked"] {
            XCTAssertGreaterThan(found[name, default: 0], 400, name)
            XCTAssertLessThan(found[name, default: 0], 7200, name)
        }
    }

    /// Every character up to U+3000 and a sample of the rest beside each kind of match, so
    /// that the scanners' letters, digits, marks and spaces are the expressions' ones.
    func testCharactersBesideMatchesAgree() {
        var failures = 0
        for value in stride(from: 0, through: 0x10FFFF, by: 1) where value < 0x3000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(scalar)
            let text = "\(c)0800 121 7479\(c)3 March 2026\(c)jo@x.org\(c)gov.uk/a\(c) NHS\(c)111 116 123\(c)"
            failures += compare(text)
            if failures > 20 { return XCTFail("stopped after 20 disagreements") }
        }
    }
}

/// Texts for `testGeneratedTextsAgree`, from a linear congruential generator: the same
/// texts on every run and every machine.
private struct TextGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ choices: [String]) -> String {
        choices[next(below: choices.count)]
    }

    /// `count` digits, now and then of another script (Arabic-Indic; Tolong Siki, which
    /// Unicode 17 added after the regular expressions' Unicode 16).
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in
            let digit = next(below: 10)
            switch next(below: 40) {
            case 0: return Character(Unicode.Scalar(0x0660 + UInt32(digit))!)
            case 1: return Character(Unicode.Scalar(0x11DE0 + UInt32(digit))!)
            default: return Character(String(digit))
            }
        })
    }

    static let edges = [
        "", "", "", " ", "\u{00A0}", ".", ",", "/", "-", "+", "a", "Z", "_", "é", "\u{301}", "😀", "👍🏻", "\u{1F3FB}",
        "\u{2060}", "\u{200D}", "\u{00AD}", "\u{0600}", "\u{E0074}", "\u{088F}", "٣", "\n", ")", "(", "'", "?", "!", ":", ";", "]",
        "\"", "@", "%", "ŵ", "–", "£",
    ]

    mutating func phone() -> String {
        var text = pick(["+44", "+353", "(0" + digits(next(below: 6)) + ")", "0" + digits(next(below: 6)), "0" + digits(next(below: 6)),
                         "116", "111", "NHS ", "NHS\u{00A0}", "call ", "Call ", "1116", "+44 (0)", "+44 0", "+440", "+353 (0"])
        for _ in 0..<next(below: 6) {
            text += pick([" ", " ", " ", " ", "\u{00A0}", "", "  ", ")", "(0)"])
                + digits(next(below: 4) == 0 ? 1 + next(below: 8) : 2 + next(below: 5))
        }
        return text
    }

    mutating func date() -> String {
        let weekday = pick(["", "", "Mon ", "Wed, ", "Wed,", "Llun ", "Maw ", "Sad ", "Thursday ", "xMon ", "Tue  "])
        let month = pick(["Jan", "January", "Mar", "March", "Marc", "May", "Mayfair", "Jun", "June", "Junes", "Sept", "September",
                          "Sep", "Septe", "Mawrth", "Mai", "Medi", "Rhagfyr", "march", "Maw", "Dec", "Decembe"])
        switch next(below: 3) {
        case 0: return month + pick([" ", "  ", ""]) + digits(2 + next(below: 4))
        default: return weekday + digits(1 + next(below: 3)) + pick([" ", " ", "\u{00A0}", ""]) + month
            + pick(["", " " + digits(3 + next(below: 3)), " " + digits(4)])
        }
    }

    mutating func label() -> String {
        pick(["example", "org", "uk", "co", "o", "5", "-", "org5", "c", "gov", "nhs", "cymru", "info", "ie", "com", "uknown", "x-y", "ab"])
    }

    mutating func domain() -> String {
        var text = label()
        for _ in 0..<next(below: 4) { text += pick([".", ".", ".", "..", "-"]) + label() }
        return text
    }

    mutating func email() -> String {
        var local = pick(["jo", "jo", "x1", "%", "."])
        for _ in 0..<next(below: 3) { local += pick(["jo", ".", "+", "%", "_", "-", "bloggs", "é", "x1"]) }
        return local + pick(["@", "@", "@", "@", "@@", "@."]) + domain() + pick(["", ".org", ".uk", ".c"])
    }

    mutating func web() -> String {
        let path = pick(["", "", "/", "/access-to-work", "/a?b=c)", "/x.", "/😀", "/a\u{301}", "/(see)"])
        return pick(["http://", "https://", "www.", "", "", "http", "https:/", "www"]) + domain() + path
    }

    mutating func text() -> String {
        var text = pick(Self.edges)
        for _ in 0...next(below: 3) {
            switch next(below: 9) {
            case 0, 1, 2: text += phone()
            case 3, 4: text += date()
            case 5, 6: text += email()
            case 7: text += web()
            default: text += pick(Self.edges) + pick(Self.edges)
            }
            text += pick(Self.edges)
        }
        return text
    }
}
