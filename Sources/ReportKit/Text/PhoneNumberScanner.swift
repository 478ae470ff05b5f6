/// Finds phone numbers as `TextRules` knows them: UK and Irish numbers as services print
/// them, "0800 121 7479", "0141 555 0123", "07700 900123", "0808 808 00 00",
/// "+44 20 7946 0000", "(01) 555 1234", plus the short helplines "116 123" and "NHS 111".
///
/// It finds exactly what this regular expression found, which defined the rule first:
///
///     (?<![\w/.+-])(?:(?:\+44|\+353)[ \u00A0]?\(?0?\)?\d{1,4}|\(0\d{1,4}\)|0\d{2,4})
///       (?:[ \u00A0]\d{2,6}){1,4}(?![\w/])
///     |(?<![\w.])116[ \u00A0]\d{3}(?!\w|\.\d)
///     |(?<=(?:NHS|[Cc]all)[ \u00A0])111(?!\w)
///
/// A match may still hold too few or too many digits for a number; `TextRules.isPhoneNumber`
/// decides, after the match has kept the text it covers from being matched again.
enum PhoneNumberScanner {
    /// Where the pattern matches in `text`, left to right and never overlapping.
    static func matches(in text: String) -> [Range<String.Index>] {
        ScannedText.reading(text) { ScannedText.indices(of: matches(in: $0), in: text) }
    }

    /// Where the pattern matches in `text`, as UTF-8 offsets.
    static func matches(in text: ScannedText) -> [Range<Int>] {
        // Every match starts with an ASCII character, so no byte inside a longer
        // character can start one and the scan may step byte by byte.
        text.leftmostMatches(next: { $0 + 1 }) { match(in: text, at: $0) }
    }

    private static func match(in text: ScannedText, at start: Int) -> Int? {
        switch text[start] {
        case UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: "0"):
            guard !text.follows(wordCharacterOr: "/.+-", at: start) else { return nil }
            return numberEnd(in: text, at: start)
        case UInt8(ascii: "1"):
            return helplineEnd(in: text, at: start) ?? nhsEnd(in: text, at: start)
        default:
            return nil
        }
    }

    /// A full number: its first part (a country code and area code, an area code in
    /// brackets, or a 0 and two to four digits) and then its groups of digits.
    private static func numberEnd(in text: ScannedText, at start: Int) -> Int? {
        switch text[start] {
        case UInt8(ascii: "+"):
            return internationalNumberEnd(in: text, at: start)
        case UInt8(ascii: "("):
            // `\(0\d{1,4}\)`: the digits must run up to the bracket.
            guard text[start + 1] == UInt8(ascii: "0") else { return nil }
            let digits = text.digits(from: start + 2, limit: 5)
            guard (1...4).contains(digits.count), text[digits.end] == UInt8(ascii: ")") else { return nil }
            return groupsEnd(in: text, from: digits.end + 1)
        default:
            // `0\d{2,4}`: fewer digits than the run has would leave a digit where the
            // groups need a space.
            let digits = text.digits(from: start + 1, limit: 5)
            guard (2...4).contains(digits.count) else { return nil }
            return groupsEnd(in: text, from: digits.end)
        }
    }

    /// `(?:\+44|\+353)[ \u00A0]?\(?0?\)?\d{1,4}` and the groups: "+44 20 7946 0000",
    /// "+44 (0)20 7946 0000", "+353 1 555 1234". Each optional part is tried present and
    /// then absent, in the pattern's order, and the first way that leads to whole groups
    /// wins: "+44 0 20 7946 0000" only matches with its "0" read as the area code.
    private static func internationalNumberEnd(in text: ScannedText, at start: Int) -> Int? {
        let afterCode: Int
        if text.has("+44", at: start) {
            afterCode = start + 3
        } else if text.has("+353", at: start) {
            afterCode = start + 4
        } else {
            return nil
        }
        for afterSpace in presentThenAbsent(text.endOfSpace(at: afterCode), at: afterCode) {
            for afterOpening in presentThenAbsent(text, UInt8(ascii: "("), at: afterSpace) {
                for afterZero in presentThenAbsent(text, UInt8(ascii: "0"), at: afterOpening) {
                    for afterClosing in presentThenAbsent(text, UInt8(ascii: ")"), at: afterZero) {
                        let digits = text.digits(from: afterClosing, limit: 5)
                        guard (1...4).contains(digits.count) else { continue }
                        if let end = groupsEnd(in: text, from: digits.end) { return end }
                    }
                }
            }
        }
        return nil
    }

    /// Where an optional part may end: after it when it is there, then where it would start.
    private static func presentThenAbsent(_ end: Int?, at offset: Int) -> [Int] {
        end.map { [$0, offset] } ?? [offset]
    }

    private static func presentThenAbsent(_ text: ScannedText, _ byte: UInt8, at offset: Int) -> [Int] {
        presentThenAbsent(text[offset] == byte ? offset + 1 : nil, at: offset)
    }

    /// `(?:[ \u00A0]\d{2,6}){1,4}(?![\w/])` from `offset`: one to four groups of two to six
    /// digits, each after a space, and then no word character or slash.
    ///
    /// A group takes its whole run of digits or fails (a shorter take leaves a digit next,
    /// which neither another group's space nor the end accepts), so the groups are found in
    /// one pass. When the last group is followed by a letter, a digit or a slash the number
    /// gives that group back and ends at the space before it, which the end accepts; with
    /// a single group there is nothing to give back and no match.
    private static func groupsEnd(in text: ScannedText, from offset: Int) -> Int? {
        var lastEnd: Int?
        var previousEnd: Int?
        var position = offset
        for _ in 0..<4 {
            guard let afterSpace = text.endOfSpace(at: position) else { break }
            let digits = text.digits(from: afterSpace, limit: 7)
            guard (2...6).contains(digits.count) else { break }
            previousEnd = lastEnd
            lastEnd = digits.end
            position = digits.end
        }
        guard let lastEnd else { return nil }
        if text.isWordCharacter(at: lastEnd) || text[lastEnd] == UInt8(ascii: "/") { return previousEnd }
        return lastEnd
    }

    /// `(?<![\w.])116[ \u00A0]\d{3}(?!\w|\.\d)`: the 116 helplines ("116 123"), not inside
    /// a longer number or a decimal ("1116 123", "116 123.5").
    private static func helplineEnd(in text: ScannedText, at start: Int) -> Int? {
        guard text.has("116", at: start), !text.follows(wordCharacterOr: ".", at: start),
              let afterSpace = text.endOfSpace(at: start + 3) else { return nil }
        var end = afterSpace
        for _ in 0..<3 {
            guard let (scalar, next) = text.scalar(at: end), scalar.isDecimalDigit else { return nil }
            end = next
        }
        if text.isWordCharacter(at: end) { return nil }
        if text[end] == UInt8(ascii: "."), text.scalar(at: end + 1)?.scalar.isDecimalDigit == true { return nil }
        return end
    }

    /// `(?<=(?:NHS|[Cc]all)[ \u00A0])111(?!\w)`: 111 only where it is plainly the NHS line.
    private static func nhsEnd(in text: ScannedText, at start: Int) -> Int? {
        guard text.has("111", at: start), !text.isWordCharacter(at: start + 3),
              let space = text.startOfSpace(endingAt: start),
              text.has("NHS", endingAt: space) || text.has("Call", endingAt: space) || text.has("call", endingAt: space)
        else { return nil }
        return start + 3
    }
}
