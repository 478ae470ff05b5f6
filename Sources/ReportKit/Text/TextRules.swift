import Foundation

/// Rules every text of a document follows, applied where text is laid out
/// so no document has to remember them:
///
/// - phone numbers and dates never break across lines: the spaces inside
///   them become no-break spaces (a reader copying "0800 121 7479" from two
///   lines gets half a number; "3 / March 2026" reads badly); nor does a range
///   of numbers at its dash ("37–43", "£100–£1,000", "2–6 weeks");
/// - web addresses, e-mail addresses and phone numbers in body text are
///   links (`linked`), so a screen reader announces them and a reader can
///   tap them.
enum TextRules {
    private static let months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        + "|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
    /// Abbreviated weekdays stay with their date ("Wed 18 Mar"); a full
    /// name may end a line, or a narrow table column could not hold the date.
    private static let weekdays = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|Llun|Maw|Mer|Iau|Gwe|Sad|Sul"

    /// UK and Irish numbers as services print them: "0800 121 7479",
    /// "0141 555 0123", "07700 900123", "0808 808 00 00", "+44 20 7946 0000",
    /// "(01) 555 1234" (9 to 13 digits, `isPhoneNumber`), plus the short
    /// helplines "116 123" and "NHS 111".
    static let phone = try! NSRegularExpression(pattern:
        "(?<![\\w/.+-])(?:(?:\\+44|\\+353)[ \\u00A0]?\\(?0?\\)?\\d{1,4}|\\(0\\d{1,4}\\)|0\\d{2,4})"
        + "(?:[ \\u00A0]\\d{2,6}){1,4}(?![\\w/])"
        + "|(?<![\\w.])116[ \\u00A0]\\d{3}(?!\\w|\\.\\d)|(?<=(?:NHS|[Cc]all)[ \\u00A0])111(?!\\w)")
    static let date = try! NSRegularExpression(pattern:
        "(?:\\b(?:\(weekdays)),? )?\\b\\d{1,2} (?:\(months))\\b(?: \\d{4}\\b)?"
        + "|\\b(?:\(months)) \\d{4}\\b")
    static let email = try! NSRegularExpression(pattern:
        "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
    static let web = try! NSRegularExpression(pattern:
        "(?<![\\w@./-])(?:https?://[^\\s]+|www\\.[^\\s]+"
        + "|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:uk|org|com|ie|net|gov|scot|wales|cymru|info)(?:/[^\\s]*)?)"
        + "(?<![.,;:!?)\\]'\"])")

    /// A match of `phone` with as many digits as a real number has.
    private static func isPhoneNumber(_ match: String) -> Bool {
        let digits = match.filter(\.isNumber).count
        return match.hasPrefix("116") || match == "111" || (9...13).contains(digits)
    }

    /// `text` with the spaces inside phone numbers and dates made no-break, and no
    /// break after the dash of a range of numbers.
    static func keepingNumbersWhole(_ text: String) -> String {
        let ranged = keepingRangesWhole(text)
        let candidates = Candidates(ranged)
        var patterns: [NSRegularExpression] = []
        if candidates.phone { patterns.append(phone) }
        if candidates.date { patterns.append(date) }
        guard !patterns.isEmpty else { return ranged }
        var result = ranged
        for pattern in patterns {
            let ns = result as NSString
            let matches = pattern.matches(in: result, range: NSRange(location: 0, length: ns.length))
            for match in matches.reversed() {
                let found = ns.substring(with: match.range)
                if pattern === phone && !isPhoneNumber(found) { continue }
                let piece = found.replacingOccurrences(of: " ", with: "\u{00A0}")
                result = (result as NSString).replacingCharacters(in: match.range, with: piece)
            }
        }
        return result
    }

    /// A word joiner (U+2060) after each en dash that has a digit before it and a digit,
    /// or a currency sign and a digit, after it: Unicode allows a line break after any
    /// en dash, which split "37–" from "43" in a narrow column.
    static func keepingRangesWhole(_ text: String) -> String {
        // The en dash is E2 80 93 in UTF-8: most texts have none.
        guard text.utf8.contains(0x93) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            result.append(scalar)
            guard scalar == "\u{2013}", index > 0, scalars[index - 1].properties.numericType != nil,
                  index + 1 < scalars.count else { continue }
            var next = index + 1
            if "£€$".unicodeScalars.contains(scalars[next]), next + 1 < scalars.count { next += 1 }
            if scalars[next].properties.numericType != nil { result.append("\u{2060}") }
        }
        return String(result)
    }

    /// The link a piece of text stands for, with the range it covers.
    private struct Found {
        var range: Range<String.Index>
        var uri: String
    }

    /// `text` with web addresses, e-mail addresses and phone numbers in
    /// runs that are not links already turned into links.
    static func linked(_ text: RichText) -> RichText {
        var runs: [TextRun] = []
        for run in text.runs {
            let candidates = Candidates(run.text)
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

    private static func links(in text: String, _ candidates: Candidates) -> [Found] {
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

    /// Which of the patterns could match a text, from one pass over its bytes: each flag
    /// is a condition every match of its pattern meets, so a text without it is left
    /// alone at once. Most sentences have a full stop and many a digit, but few an
    /// address, a phone number or a date, and the regular expressions cost far more than
    /// this look.
    struct Candidates {
        /// `@`: every e-mail address has one.
        var email = false
        /// `http`, `www.` or a dot before one of the domains `web` knows.
        var web = false
        /// `+`, a 0 followed by a digit, or `11` (116 123, NHS 111).
        var phone = false
        /// A digit, a space and a capital ("3 March"), or a letter, a space and four
        /// digits ("March 2026").
        var date = false

        private static let domains = ["uk", "org", "com", "ie", "net", "gov", "scot", "wales", "cymru", "info"].map { Array($0.utf8) }

        init(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                let count = bytes.count
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    let next: UInt8 = index + 1 < count ? bytes[index + 1] : 0
                    let afterNext: UInt8 = index + 2 < count ? bytes[index + 2] : 0
                    switch byte {
                    case UInt8(ascii: "@"): email = true
                    case UInt8(ascii: "+"): phone = true
                    case UInt8(ascii: "0"):
                        if Self.mayBeDigit(next) { phone = true }
                    case UInt8(ascii: "1"):
                        if next == UInt8(ascii: "1") { phone = true }
                    case UInt8(ascii: "."):
                        if !web { web = Self.startsDomain(bytes, at: index + 1) }
                    case UInt8(ascii: "h"):
                        if !web, next == UInt8(ascii: "t"), afterNext == UInt8(ascii: "t"),
                           index + 3 < count, bytes[index + 3] == UInt8(ascii: "p") { web = true }
                    case UInt8(ascii: "w"):
                        if !web, next == UInt8(ascii: "w"), afterNext == UInt8(ascii: "w"),
                           index + 3 < count, bytes[index + 3] == UInt8(ascii: ".") { web = true }
                    default: break
                    }
                    if !date, next == UInt8(ascii: " ") {
                        if Self.mayBeDigit(byte), afterNext >= UInt8(ascii: "A"), afterNext <= UInt8(ascii: "Z") { date = true }
                        if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), index + 5 < count,
                           (index + 2...index + 5).allSatisfy({ Self.mayBeDigit(bytes[$0]) }) { date = true }
                    }
                    index += 1
                }
            }
        }

        /// An ASCII digit, or a byte of a longer character, which may be another
        /// script's digit (`\\d` matches those too).
        private static func mayBeDigit(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
        }

        private static func startsDomain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
            domains.contains { domain in
                start + domain.count <= bytes.count && domain.indices.allSatisfy { bytes[start + $0] == domain[$0] }
            }
        }
    }
}
