/// Finds e-mail addresses for `TextRules.linked`: "jo.bloggs@example.org",
/// "vr.service+referrals@nhs.scot".
///
/// It finds exactly what this regular expression found, which defined the rule first:
///
///     (?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}
enum EmailAddressScanner {
    /// Where e-mail addresses are in `text`, left to right and never overlapping.
    static func matches(in text: String) -> [Range<String.Index>] {
        ScannedText.reading(text) { ScannedText.indices(of: matches(in: $0), in: text) }
    }

    /// Where e-mail addresses are in `text`, as UTF-8 offsets.
    static func matches(in text: ScannedText) -> [Range<Int>] {
        var matches: [Range<Int>] = []
        var start = 0
        while start < text.count {
            // Every address starts with an ASCII character, so the scan may step byte by byte.
            guard isLocalPartByte(text[start]), !text.follows(wordCharacterOr: ".+-", at: start) else {
                start += 1
                continue
            }
            // The name before the @ takes all the characters it can: fewer would leave one
            // of them, not the @, next.
            var atSign = start
            while isLocalPartByte(text[atSign]) { atSign += 1 }
            if text[atSign] == UInt8(ascii: "@"), let end = domainEnd(in: text, from: atSign + 1) {
                matches.append(start..<end)
                start = end
            } else {
                // A later start in the same name reaches the same @, or the same lack of one.
                start = atSign
            }
        }
        return matches
    }

    /// `[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}` from `offset`: labels joined by dots,
    /// the address ending after the letters that begin the last label starting with two or
    /// more of them ("jo@example.org.uk" ends after "uk", "jo@example.org.5" after "org",
    /// "jo@example.org5" after "org" too: nothing has to follow the letters).
    private static func domainEnd(in text: ScannedText, from offset: Int) -> Int? {
        var position = text.domainLabelEnd(from: offset)
        guard position > offset else { return nil }
        var end: Int?
        while text[position] == UInt8(ascii: "."), ScannedText.isDomainLabelByte(text[position + 1]) {
            let label = position + 1
            var letters = label
            while ScannedText.isASCIILetter(text[letters]) { letters += 1 }
            if letters - label >= 2 { end = letters }
            position = text.domainLabelEnd(from: label)
        }
        return end
    }

    /// `[A-Za-z0-9._%+-]`
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        ScannedText.isDomainLabelByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+")
    }
}
