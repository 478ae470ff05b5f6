/// Rules every text of a document follows, applied where text is laid out
/// so no document has to remember them:
///
/// - phone numbers, dates and postcodes never break across lines: the spaces inside
///   them become no-break spaces (a reader copying "0800 121 7479" from two
///   lines gets half a number; "3 / March 2026" and "Glasgow G3 / 7AB" read badly); nor does a range
///   of numbers at its dash ("37–43", "£100–£1,000", "2–6 weeks");
/// - web addresses, e-mail addresses and phone numbers in body text are
///   links (`linked`), so a screen reader announces them and a reader can
///   tap them.
///
/// What counts as a phone number, a date, a postcode, an e-mail or a web address is each
/// scanner's (`PhoneNumberScanner`, `DateScanner`, `PostcodeScanner`, `EmailAddressScanner`,
/// `WebAddressScanner`).
/// They were regular expressions, and find exactly what those found; but ICU's regular
/// expressions cost about 10M instructions to start in every process and each text went
/// through `NSString` to them, which was most of the time these rules took.
enum TextRules {
    /// A match of `PhoneNumberScanner` with as many digits as a real number has.
    private static func isPhoneNumber(_ match: String) -> Bool {
        let digits = match.filter(\.isNumber).count
        return match.hasPrefix("116") || match == "111" || (9...13).contains(digits)
    }

    /// `text` with the spaces inside phone numbers, dates and postcodes made no-break, and
    /// no break after the dash of a range of numbers.
    static func keepingNumbersWhole(_ text: String) -> String {
        let ranged = keepingRangesWhole(text)
        let candidates = Candidates(ranged)
        var result = ranged
        if candidates.phone {
            result = withNoBreakSpaces(in: result) { scanned in
                PhoneNumberScanner.matches(in: scanned).filter { isPhoneNumber(scanned.string(in: $0)) }
            }
        }
        if candidates.date {
            result = withNoBreakSpaces(in: result, inside: DateScanner.matches(in:))
        }
        if candidates.postcode {
            result = withNoBreakSpaces(in: result, inside: PostcodeScanner.matches(in:))
        }
        return result
    }

    /// `text` with each space inside the ranges `find` finds in it made a no-break space
    /// (U+00A0, C2 A0 in UTF-8). Only the spaces change, byte by byte, so a range that
    /// ends inside a character (a digit carrying an emoji modifier, "7479🏻") leaves that
    /// character as it was; the regular expressions this replaced, applied through
    /// `NSMutableString`, wrote such a digit twice.
    private static func withNoBreakSpaces(in text: String, inside find: (ScannedText) -> [Range<Int>]) -> String {
        ScannedText.reading(text) { scanned -> String in
            let ranges = find(scanned)
            guard !ranges.isEmpty else { return text }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scanned.bytes.count + 2 * ranges.count)
            var cursor = 0
            for range in ranges {
                bytes += scanned.bytes[cursor..<range.lowerBound]
                for byte in scanned.bytes[range] {
                    if byte == UInt8(ascii: " ") { bytes += [0xC2, 0xA0] } else { bytes.append(byte) }
                }
                cursor = range.upperBound
            }
            bytes += scanned.bytes[cursor...]
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A word joiner (U+2060) after each en dash that has a digit before it and a digit,
    /// or a currency sign and a digit, after it: Unicode allows a line break after any
    /// en dash, which split "37–" from "43" in a narrow column.
    static func keepingRangesWhole(_ text: String) -> String {
        // The en dash is E2 80 93 in UTF-8: most texts have none.
        guard text.utf8Contains(0x93) else { return text }
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
    /// runs that are not links already turned into links. A bold run is a name or a label
    /// ("NHS 111", "GIG 111 Cymru"): its digits are part of the name, so they are not made a
    /// phone link (the number to dial is in the text after it).
    static func linked(_ text: RichText) -> RichText {
        var runs: [TextRun] = []
        for run in text.runs {
            var candidates = Candidates(run.text)
            if run.bold { candidates.phone = false }
            guard run.link == nil, run.spoken == nil, candidates.email || candidates.web || candidates.phone
            else { runs.append(run); continue }
            var cursor = run.text.startIndex
            for found in links(in: run.text, candidates) {
                if cursor < found.range.lowerBound {
                    runs.append(TextRun(String(run.text[cursor..<found.range.lowerBound]), bold: run.bold, italic: run.italic, language: run.language))
                }
                runs.append(TextRun(String(run.text[found.range]), bold: run.bold, italic: run.italic, link: found.uri, language: run.language))
                cursor = found.range.upperBound
            }
            if cursor < run.text.endIndex {
                runs.append(TextRun(String(run.text[cursor...]), bold: run.bold, italic: run.italic, language: run.language))
            }
        }
        return RichText(runs)
    }

    private static func links(in text: String, _ candidates: Candidates) -> [Found] {
        ScannedText.reading(text) { scanned in
            var found: [Found] = []
            func add(_ matches: [Range<Int>], keeping isKept: (String) -> Bool = { _ in true }, _ uri: (String) -> String) {
                for match in matches {
                    guard let range = characterRange(match, in: text),
                          !found.contains(where: { $0.range.overlaps(range) }) else { continue }
                    let matched = String(text[range])
                    guard isKept(matched) else { continue }
                    found.append(Found(range: range, uri: uri(matched)))
                }
            }
            if candidates.email { add(EmailAddressScanner.matches(in: scanned)) { "mailto:" + $0 } }
            if candidates.web {
                add(WebAddressScanner.matches(in: scanned)) {
                    $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : "https://" + $0
                }
            }
            if candidates.phone {
                add(PhoneNumberScanner.matches(in: scanned), keeping: isPhoneNumber) {
                    "tel:" + $0.filter { $0.isNumber || $0 == "+" }
                }
            }
            return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// The range of UTF-8 offsets `match` as a range of `text`, or nil when it starts or ends
    /// inside a character (an address with an accent or emoji modifier on its last letter):
    /// a link of part of a character would split it.
    private static func characterRange(_ match: Range<Int>, in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard let lower = String.Index(utf8.index(utf8.startIndex, offsetBy: match.lowerBound), within: text),
              let upper = String.Index(utf8.index(utf8.startIndex, offsetBy: match.upperBound), within: text)
        else { return nil }
        return lower..<upper
    }

    /// Which of the scanners could find something in a text, from one pass over its bytes:
    /// each flag is a condition everything its scanner finds meets, so a text without it is
    /// left alone at once. Most sentences have a full stop and many a digit, but few an
    /// address, a phone number or a date, and a scan costs more than this look.
    struct Candidates {
        /// `@`: every e-mail address has one.
        var email = false
        /// `http`, `www.` or a dot before one of the domains `WebAddressScanner` knows.
        var web = false
        /// `+`, a 0 followed by a digit, or `11` (116 123, NHS 111).
        var phone = false
        /// A digit, a space and a capital ("3 March"), or a letter, a space and four
        /// digits ("March 2026").
        var date = false
        /// A space with a digit and two capitals after it (a UK postcode's second half,
        /// "G3 7AB"), or a capital and two digits before it (an Eircode's first, "D02 X285").
        var postcode = false

        private static let domains = ["uk", "org", "com", "ie", "net", "gov", "scot", "wales", "cymru", "info"].map { Array($0.utf8) }

        init(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                let count = bytes.count
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    // Letters are most of a text and mean nothing on their own here; the
                    // rules about the byte before a space are applied at the space.
                    guard Self.mayMatter(byte) else { index += 1; continue }
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
                    if byte == UInt8(ascii: " ") {
                        let isCapital = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
                        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
                        if !postcode {
                            if isDigit(next), isCapital(afterNext), index + 3 < count, isCapital(bytes[index + 3]) { postcode = true }
                            if index >= 3, isCapital(bytes[index - 3]), isDigit(bytes[index - 2]),
                               isDigit(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "W") { postcode = true }
                        }
                        // A digit, a space and a capital; a letter, a space and four digits.
                        if !date, index >= 1 {
                            let before = bytes[index - 1]
                            if Self.mayBeDigit(before), isCapital(next) { date = true }
                            if before >= UInt8(ascii: "a"), before <= UInt8(ascii: "z"), index + 4 < count,
                               (index + 1...index + 4).allSatisfy({ Self.mayBeDigit(bytes[$0]) }) { date = true }
                        }
                    }
                    index += 1
                }
            }
        }

        /// The bytes any rule above starts from: " ", "+", ".", "0", "1", "@", "h", "w".
        @inline(__always)
        private static func mayMatter(_ byte: UInt8) -> Bool {
            let below64: UInt64 = 1 << 32 | 1 << 43 | 1 << 46 | 1 << 48 | 1 << 49
            let from64: UInt64 = 1 << (64 - 64) | 1 << (104 - 64) | 1 << (119 - 64)
            if byte < 64 { return below64 >> UInt64(byte) & 1 != 0 }
            return byte < 128 && from64 >> UInt64(byte - 64) & 1 != 0
        }

        /// An ASCII digit, or a byte of a longer character, which may be another
        /// script's digit (the scanners take those too).
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
