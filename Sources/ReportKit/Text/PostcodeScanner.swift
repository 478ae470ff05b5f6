/// Finds postcodes for `TextRules.keepingNumbersWhole`, so an address never ends a line
/// with "Glasgow G3" and starts the next with "7AB": UK postcodes ("G40 4LA", "SW1A 1AA",
/// "BT7 1NN") and Irish Eircodes ("D02 X285", "D6W 1234").
///
/// It finds what this regular expression finds (the reference in `TextRulesScannerTests`):
///
///     (?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|(?:[A-Z][0-9]{2}|D6W) [0-9A-Z]{4})(?![A-Za-z0-9])
///
/// Only the space between the two halves matters to the rule; capitals only, as
/// postcodes are printed, so that ordinary words ("at 9 AM") are left alone.
enum PostcodeScanner {
    /// Where postcodes are in `text`, left to right.
    static func matches(in text: String) -> [Range<String.Index>] {
        ScannedText.reading(text) { ScannedText.indices(of: matches(in: $0), in: text) }
    }

    /// Where postcodes are in `text`, as UTF-8 offsets, left to right.
    static func matches(in text: ScannedText) -> [Range<Int>] {
        var matches: [Range<Int>] = []
        var space = 0
        while space < text.count {
            defer { space += 1 }
            guard text[space] == UInt8(ascii: " ") else { continue }
            for length in 2...4 {
                let start = space - length
                guard start >= (matches.last?.upperBound ?? 0), !isAlphanumeric(text[start - 1]) else { continue }
                let outward = (start..<space).map { text[$0] }
                if isUKOutward(outward), let end = ukInwardEnd(text, after: space) {
                    matches.append(start..<end)
                    space = end - 1
                    break
                }
                if isEircodeRoutingKey(outward), let end = eircodeUniqueEnd(text, after: space) {
                    matches.append(start..<end)
                    space = end - 1
                    break
                }
            }
        }
        return matches
    }

    /// `[A-Z]{1,2}[0-9][A-Z0-9]?`
    private static func isUKOutward(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count, index < 2, isCapital(bytes[index]) { index += 1 }
        guard index >= 1, index < bytes.count, isDigit(bytes[index]) else { return false }
        index += 1
        if index < bytes.count, isCapital(bytes[index]) || isDigit(bytes[index]) { index += 1 }
        return index == bytes.count
    }

    /// `[0-9][A-Z]{2}` after the space and no letter or digit after it: the end offset.
    private static func ukInwardEnd(_ text: ScannedText, after space: Int) -> Int? {
        guard isDigit(text[space + 1]), isCapital(text[space + 2]), isCapital(text[space + 3]),
              !isAlphanumeric(text[space + 4]) else { return nil }
        return space + 4
    }

    /// `[A-Z][0-9]{2}` or `D6W`.
    private static func isEircodeRoutingKey(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 3 else { return false }
        if bytes == Array("D6W".utf8) { return true }
        return isCapital(bytes[0]) && isDigit(bytes[1]) && isDigit(bytes[2])
    }

    /// `[0-9A-Z]{4}` after the space and no letter or digit after it: the end offset.
    private static func eircodeUniqueEnd(_ text: ScannedText, after space: Int) -> Int? {
        guard (space + 1...space + 4).allSatisfy({ isCapital(text[$0]) || isDigit(text[$0]) }),
              !isAlphanumeric(text[space + 5]) else { return nil }
        return space + 5
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    /// An ASCII letter or digit (the expression's `[A-Za-z0-9]`).
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isCapital(byte) || isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }
}
