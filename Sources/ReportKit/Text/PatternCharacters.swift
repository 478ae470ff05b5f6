/// The character classes `TextRules`' phone numbers, dates and addresses are defined with, as
/// the regular expressions they were first written as read them (ICU's `\w`, `\d`, `\s` and
/// the characters `\b` looks past), so the scanners that replaced those expressions find
/// exactly what they found.
///
/// ICU 76, Foundation's regular expression engine here, knows Unicode 16.0; Swift reports
/// Unicode 17.0's properties. A character Unicode 17.0 added (Sidetic letters, new CJK
/// ideographs, Tolong Siki digits...) was unassigned to the expressions, so it is no word
/// character, digit or mark here either.
extension Unicode.Scalar {
    /// `\w`: a letter (Alphabetic), a mark, a decimal digit, a connector (`_`), or a
    /// zero-width (non-)joiner.
    var isWordCharacter: Bool {
        if isASCII {
            let byte = UInt8(value)
            return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
        }
        if isCommonLatinLetter { return true }
        if isCommonSpaceOrPunctuation || value == 0x2060 { return false }
        let properties = properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return isInPatternUnicodeVersion
        default:
            return (properties.isAlphabetic || value == 0x200C || value == 0x200D) && isInPatternUnicodeVersion
        }
    }

    /// `\d`: a decimal digit of any script ("٣", "३"), not only 0 to 9.
    var isDecimalDigit: Bool {
        if isASCII { return value >= 0x30 && value <= 0x39 }
        return properties.generalCategory == .decimalNumber && isInPatternUnicodeVersion
    }

    /// `\s`: White_Space, which includes the no-break space.
    var isWhiteSpace: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// A combining mark or format character (an accent, a word joiner, a soft hyphen): `\b`
    /// never falls before one and looks past them to the character they belong to.
    var isIgnoredByWordBoundary: Bool {
        if isASCII || isCommonLatinLetter || isCommonSpaceOrPunctuation { return false }
        if value == 0x2060 { return true }
        let properties = properties
        return (properties.isGraphemeExtend || properties.generalCategory == .format) && isInPatternUnicodeVersion
    }

    /// À to ɏ but × and ÷ (Latin-1, Latin Extended-A and B: "é", "ŵ", "ô"): letters, all
    /// of them since Unicode 5.0, known without looking up the scalar's properties.
    private var isCommonLatinLetter: Bool {
        value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7
    }

    /// The no-break space, and ‐ to ‧ (dashes, quotation marks, bullets, "…"): neither word
    /// characters nor marks. With the word joiner (U+2060, a format character), these are
    /// what `TextRules` itself puts into texts before it looks for dates.
    private var isCommonSpaceOrPunctuation: Bool {
        value == 0xA0 || (value >= 0x2010 && value <= 0x2027)
    }

    private var isInPatternUnicodeVersion: Bool {
        guard let age = properties.age else { return false }
        return age <= (16, 0)
    }
}
