/// Finds web addresses for `TextRules.linked`: "https://www.nhs.uk/conditions/back-pain/",
/// "www.gov.uk/access-to-work", "citizensadvice.org.uk", "llyw.cymru/mynediad", without
/// the full stop, comma or bracket that ends the sentence around them.
///
/// It finds exactly what this regular expression found, which defined the rule first:
///
///     (?<![\w@./-])(?:https?://[^\s]+|www\.[^\s]+
///       |[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:uk|org|com|ie|net|gov|scot|wales|cymru|info)(?:/[^\s]*)?)
///       (?<![.,;:!?)\]'"])
enum WebAddressScanner {
    /// The domains an address without "http" or "www." must end in, in the pattern's order.
    private static let domains: [StaticString] = ["uk", "org", "com", "ie", "net", "gov", "scot", "wales", "cymru", "info"]

    /// Where web addresses are in `text`, left to right and never overlapping.
    static func matches(in text: String) -> [Range<String.Index>] {
        ScannedText.reading(text) { ScannedText.indices(of: matches(in: $0), in: text) }
    }

    /// Where web addresses are in `text`, as UTF-8 offsets.
    static func matches(in text: ScannedText) -> [Range<Int>] {
        // Every address starts with an ASCII letter, digit or hyphen, so the scan may
        // step byte by byte.
        text.leftmostMatches(next: { $0 + 1 }) { start in
            guard ScannedText.isDomainLabelByte(text[start]), !text.follows(wordCharacterOr: "@./-", at: start) else { return nil }
            return match(in: text, at: start)
        }
    }

    /// The end of the address at `start`: one that starts "http://", "https://" or "www."
    /// runs to the next white space, one that does not must have a known domain.
    private static func match(in text: ScannedText, at start: Int) -> Int? {
        let prefixEnd: Int? = if text.has("https://", at: start) {
            start + 8
        } else if text.has("http://", at: start) {
            start + 7
        } else if text.has("www.", at: start) {
            start + 4
        } else {
            nil
        }
        if let prefixEnd {
            let end = endBeforePunctuation(in: text, from: prefixEnd)
            if end > prefixEnd { return end }
        }
        return domainNameEnd(in: text, at: start)
    }

    /// `[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:uk|...|info)(?:/[^\s]*)?`: labels joined by
    /// dots, ending with the last label that begins with a known domain, and then a path if
    /// a slash follows that domain at once. Nothing has to follow the domain's letters, so
    /// "example.community" gives "example.com".
    private static func domainNameEnd(in text: ScannedText, at start: Int) -> Int? {
        var position = text.domainLabelEnd(from: start)
        var domainEnd: Int?
        while text[position] == UInt8(ascii: "."), ScannedText.isDomainLabelByte(text[position + 1]) {
            let label = position + 1
            if let domain = domains.first(where: { text.has($0, at: label) }) {
                domainEnd = label + domain.utf8CodeUnitCount
            }
            position = text.domainLabelEnd(from: label)
        }
        guard let domainEnd else { return nil }
        if text[domainEnd] == UInt8(ascii: "/") { return endBeforePunctuation(in: text, from: domainEnd + 1) }
        return domainEnd
    }

    /// `[^\s]*(?<![.,;:!?)\]'"])` from `offset`: the run of characters up to the next white
    /// space, given back one at a time while it ends in punctuation that more likely ends
    /// the sentence than the address; `offset` if every one of them is such punctuation.
    private static func endBeforePunctuation(in text: ScannedText, from offset: Int) -> Int {
        var end = offset
        while let (scalar, next) = text.scalar(at: end), !scalar.isWhiteSpace { end = next }
        while end > offset, isClosingPunctuation(text[end - 1]) { end -= 1 }
        return end
    }

    /// `[.,;:!?)\]'"]`: every one is a single byte, and no byte of a longer character is one.
    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            true
        default:
            false
        }
    }
}
