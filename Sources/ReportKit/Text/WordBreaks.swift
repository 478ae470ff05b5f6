/// Break opportunities for very long unbroken words.
///
/// Pango finds where to break a word that is wider than the column (WORD_CHAR wrapping)
/// by measuring the rest of the word again for every line, so its time grows with the
/// square of the word's length: a 40,000-character name took 7 s in a paragraph and 13 s
/// in a table cell. Giving Pango a zero-width space (U+200B, a break opportunity that
/// draws nothing) every `interval` characters inside such a word lets it break there like
/// between words, in time proportional to the length. Words shorter than `threshold`
/// (names, e-mail addresses, web links) are left exactly as written.
enum WordBreaks {
    /// Words of at least this many characters get break opportunities.
    static let threshold = 64
    /// Characters between two inserted break opportunities: small, so a broken word fills
    /// each line to within a few characters of the margin.
    static let interval = 4
    static let zeroWidthSpace: Character = "\u{200B}"

    /// `text` with a zero-width space every `interval` characters inside each run of
    /// `threshold` or more characters without a space or existing break opportunity.
    /// Text without such a run is returned unchanged (the usual case costs one pass).
    static func inserted(into text: String) -> String {
        guard text.utf8.count >= threshold, hasLongWord(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / interval * 3)
        var word: [Character] = []
        func flush() {
            if word.count >= threshold {
                for (index, character) in word.enumerated() {
                    if index > 0, index % interval == 0 { result.append(zeroWidthSpace) }
                    result.append(character)
                }
            } else {
                result.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for character in text {
            if breaks(character) {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    private static func hasLongWord(_ text: String) -> Bool {
        // A word of `threshold` characters has at least as many bytes between two ASCII
        // spaces or line breaks; most texts have no such stretch, and bytes are cheaper
        // to look at than characters.
        var run = 0, longest = 0
        for byte in text.utf8 {
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 {
                run = 0
            } else {
                run += 1
                longest = max(longest, run)
            }
        }
        guard longest >= threshold else { return false }
        var length = 0
        for character in text {
            if breaks(character) {
                length = 0
            } else {
                length += 1
                if length >= threshold { return true }
            }
        }
        return false
    }

    @inline(__always)
    private static func breaks(_ character: Character) -> Bool {
        character.isWhitespace || character == zeroWidthSpace || character == "\u{00AD}"
    }
}
