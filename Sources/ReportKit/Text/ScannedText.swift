/// A string's UTF-8 bytes as the scanners of `TextRules` read them (`PhoneNumberScanner`,
/// `DateScanner`, `EmailAddressScanner`, `WebAddressScanner`): positions are byte offsets,
/// which turn into `String.Index`es at no cost, and a Unicode scalar is decoded only where a
/// rule asks what kind of character stands there. Every character the rules spell out is
/// ASCII or the no-break space, so most of a scan compares single bytes.
///
/// Only valid inside `reading(_:_:)`, which lends it the string's storage.
struct ScannedText {
    let bytes: UnsafeBufferPointer<UInt8>

    /// `body` run on the bytes of `text`.
    static func reading<Result>(_ text: String, _ body: (ScannedText) -> Result) -> Result {
        var text = text
        return text.withUTF8 { body(ScannedText(bytes: $0)) }
    }

    var count: Int { bytes.count }

    /// The byte at `offset`, or 0 outside the text (no rule looks for a NUL byte).
    subscript(offset: Int) -> UInt8 {
        offset >= 0 && offset < bytes.count ? bytes[offset] : 0
    }

    /// The scalar that starts at `offset` and the offset after it; nil at the end.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, end: Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), offset + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead & UInt8(0x7F >> length))
        for index in offset + 1..<offset + length {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
        }
        return (Unicode.Scalar(value).unsafelyUnwrapped, offset + length)
    }

    /// The scalar that ends at `offset` and the offset it starts at; nil at the start.
    func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard offset > 0 else { return nil }
        var start = offset - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).map { ($0.scalar, start) }
    }

    /// Every match `match` finds from a start offset, left to right and never overlapping,
    /// as a regular expression scans: after a match the next try starts at its end,
    /// otherwise at `next(start)`.
    func leftmostMatches(next: (Int) -> Int, _ match: (Int) -> Int?) -> [Range<Int>] {
        var matches: [Range<Int>] = []
        var start = 0
        while start < count {
            if let end = match(start), end > start {
                matches.append(start..<end)
                start = end
            } else {
                start = next(start)
            }
        }
        return matches
    }

    /// The offset of the scalar after the one that starts at `offset`.
    func offset(after offset: Int) -> Int {
        let lead = bytes[offset]
        return offset + (lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2)
    }

    /// Whether the ASCII `literal` stands at `offset`.
    func has(_ literal: StaticString, at offset: Int) -> Bool {
        literal.withUTF8Buffer { literal in
            guard offset >= 0, offset + literal.count <= bytes.count else { return false }
            for index in literal.indices where bytes[offset + index] != literal[index] {
                return false
            }
            return true
        }
    }

    /// Whether the ASCII `literal` ends at `offset`.
    func has(_ literal: StaticString, endingAt offset: Int) -> Bool {
        has(literal, at: offset - literal.withUTF8Buffer(\.count))
    }

    /// The offset after the space or no-break space at `offset` (`[ \u00A0]`), or nil.
    func endOfSpace(at offset: Int) -> Int? {
        if self[offset] == 0x20 { return offset + 1 }
        if self[offset] == 0xC2 && self[offset + 1] == 0xA0 { return offset + 2 }
        return nil
    }

    /// The start of the space or no-break space that ends at `offset`, or nil.
    func startOfSpace(endingAt offset: Int) -> Int? {
        if self[offset - 1] == 0x20 { return offset - 1 }
        if self[offset - 2] == 0xC2 && self[offset - 1] == 0xA0 { return offset - 2 }
        return nil
    }

    /// The run of decimal digits (`\d`) from `offset`: how many, up to `limit`, and where
    /// they end. A rule that wants at most n digits asks for n + 1, to see the run is longer.
    func digits(from offset: Int, limit: Int = .max) -> (count: Int, end: Int) {
        var count = 0, end = offset
        while count < limit {
            let byte = self[end]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                end += 1
            } else if byte >= 0x80, let (scalar, next) = scalar(at: end), scalar.isDecimalDigit {
                end = next
            } else {
                break
            }
            count += 1
        }
        return (count, end)
    }

    /// Whether the scalar at `offset` is a word character (`\w`); false at the end.
    func isWordCharacter(at offset: Int) -> Bool {
        let byte = self[offset]
        if byte < 0x80 { return Self.isASCIIWordCharacter(byte) }
        return scalar(at: offset)?.scalar.isWordCharacter ?? false
    }

    /// `\w` for an ASCII byte, and for the 0 `self[offset]` gives outside the text, which
    /// is no word character either.
    private static func isASCIIWordCharacter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || isASCIILetter(byte) || byte == UInt8(ascii: "_")
    }

    /// Whether the scalar before `offset` is a word character or one of `others`; false at
    /// the start. This is the negative look-behind `(?<![\w...])` that keeps a match from
    /// starting inside a word, a number or an address.
    func follows(wordCharacterOr others: StaticString, at offset: Int) -> Bool {
        let byte = self[offset - 1]
        if byte < 0x80 {
            return offset > 0 && (Self.isASCIIWordCharacter(byte) || others.withUTF8Buffer { $0.contains(byte) })
        }
        guard let (scalar, _) = scalar(before: offset) else { return false }
        if scalar.isASCII, others.withUTF8Buffer({ $0.contains(UInt8(scalar.value)) }) { return true }
        return scalar.isWordCharacter
    }

    /// `\b` as ICU has it: a word character on one side and none on the other, where the
    /// side before is the last character that is not a combining mark or format character,
    /// and never just before such a character ("é" spelt e + U+0301 is one word).
    func isWordBoundary(at offset: Int) -> Bool {
        // No ASCII character is a mark or format character, and outside the text reads as
        // a 0 byte, no word character, as the text's ends count.
        let after = self[offset], before = self[offset - 1]
        if after < 0x80 && before < 0x80 {
            return Self.isASCIIWordCharacter(after) != Self.isASCIIWordCharacter(before)
        }
        var wordAfter = false
        if let (scalar, _) = scalar(at: offset) {
            if scalar.isIgnoredByWordBoundary { return false }
            wordAfter = scalar.isWordCharacter
        }
        var wordBefore = false
        var position = offset
        while let (scalar, start) = scalar(before: position) {
            if !scalar.isIgnoredByWordBoundary {
                wordBefore = scalar.isWordCharacter
                break
            }
            position = start
        }
        return wordAfter != wordBefore
    }

    /// The end of the run of domain-name characters (`[A-Za-z0-9-]`) from `offset`.
    func domainLabelEnd(from offset: Int) -> Int {
        var end = offset
        while Self.isDomainLabelByte(self[end]) { end += 1 }
        return end
    }

    /// `[A-Za-z0-9-]`, what a label of a domain name is made of.
    static func isDomainLabelByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    /// `[A-Za-z]`
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }

    /// The text in the range of UTF-8 offsets `range`.
    func string(in range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The ranges of UTF-8 offsets `ranges` as ranges of `text`, the string this was read from.
    static func indices(of ranges: [Range<Int>], in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        return ranges.map {
            utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
        }
    }
}
