/// Table column widths: shared out by weight, then widened where a column
/// cannot hold its longest word, taking the room from columns with space to
/// spare. Without this a narrow column breaks words mid-way ("Wee / k",
/// "Ma / r") — worst in large print, where a 16 pt weekday outgrows its share.
enum ColumnWidths {
    /// `minimums` is each column's longest word plus padding. When even the
    /// minimums do not fit, the widest columns give way first, down to a common cap:
    /// a column of short words ("contract", "Mawrth") keeps them whole, and the widest
    /// minimums, usually a unit held together by no-break spaces ("Llun 4 awr 30 mun")
    /// that may still break at its own spaces, take the squeeze. Shrinking every column
    /// in proportion broke the short words too ("contrac / t").
    static func fit(weights: [Double], minimums: [Double], width: Double) -> [Double] {
        let total = minimums.reduce(0, +)
        guard total < width else { return capped(minimums, toFit: width) }
        var fixed = Set<Int>()
        while true {
            let free = weights.indices.filter { !fixed.contains($0) }
            let room = width - fixed.reduce(0) { $0 + minimums[$1] }
            let freeWeight = free.reduce(0) { $0 + weights[$1] }
            let widths = weights.indices.map { fixed.contains($0) ? minimums[$0] : room * weights[$0] / freeWeight }
            let short = free.filter { widths[$0] < minimums[$0] }
            if short.isEmpty { return widths }
            fixed.formUnion(short)
        }
    }

    /// `minimums` with the largest brought down to one cap so that they sum to `width`.
    static func capped(_ minimums: [Double], toFit width: Double) -> [Double] {
        guard !minimums.isEmpty, width > 0 else { return minimums.map { _ in 0 } }
        let sorted = minimums.sorted()
        var below = 0.0
        for (index, minimum) in sorted.enumerated() {
            // Every column from `index` on held at `cap`; those before keep their minimum.
            let cap = (width - below) / Double(sorted.count - index)
            if cap <= minimum { return minimums.map { min($0, cap) } }
            below += minimum
        }
        return minimums
    }

    /// The longest few words of each text by character count, the
    /// candidates for the widest; measuring every word would cost a layout each.
    /// Longest first, ties in text order; each word counted once. Only the best `count`
    /// are kept as the words go by, so a long column costs one pass, not a sort.
    static func longestWords(in texts: [String], count: Int = 3) -> [String] {
        var best: [(length: Int, word: Substring)] = []
        best.reserveCapacity(count + 1)
        func consider(_ word: Substring, length: Int) {
            if best.count == count, let last = best.last, length < last.length || (length == last.length && word >= last.word) {
                return
            }
            guard !best.contains(where: { $0.word == word }) else { return }
            let place = best.firstIndex { length > $0.length || (length == $0.length && word < $0.word) } ?? best.endIndex
            best.insert((length, word), at: place)
            if best.count > count { best.removeLast() }
        }
        for text in texts {
            let kept = TextRules.keepingNumbersWhole(text)
            if let words = simpleWords(in: kept) {
                // Most words are shorter than the shortest kept: only their lengths are needed.
                for (range, length) in words {
                    if best.count == count, let last = best.last, length < last.length { continue }
                    let utf8 = kept.utf8
                    consider(kept[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)],
                             length: length)
                }
            } else {
                for word in kept.split(whereSeparator: { $0 == " " || $0 == "\n" }) { consider(word, length: word.count) }
            }
        }
        return best.map { String($0.word) }
    }

    /// The words of a text whose every scalar is a character of its own (most table cells),
    /// as byte ranges with their lengths in characters, read from its bytes; nil for any
    /// other text. Such a text holds only scalars below U+0300 (ASCII, Latin-1 with the
    /// no-break space, "½" and "£", Latin Extended-A and -B: none of them extends or joins
    /// its neighbour into one grapheme) and general punctuation U+2000–U+206F ("–", "’",
    /// the word joiner) other than the zero-width non-joiner and joiner; a carriage return,
    /// which with a line feed makes one character, sends the text the slow way. Words
    /// split at the bytes of " " and "\n" are then the words split at those characters.
    static func simpleWords(in text: String) -> [(range: Range<Int>, length: Int)]? {
        var text = text
        return text.withUTF8 { bytes -> [(range: Range<Int>, length: Int)]? in
            var words: [(range: Range<Int>, length: Int)] = []
            var start = 0
            var length = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                    if index > start { words.append((start..<index, length)) }
                    index += 1
                    start = index
                    length = 0
                    continue
                }
                if byte == UInt8(ascii: "\r") { return nil }
                if byte >= 0x80 {
                    // Valid UTF-8: a lead byte C2–CB starts U+0080–U+02FF; E2 80 xx and
                    // E2 81 80–AF are U+2000–U+206F, of which E2 80 8C and 8D are the
                    // non-joiner and joiner.
                    if byte >= 0xC2 && byte <= 0xCB {
                        index += 2
                    } else if byte == 0xE2, index + 2 < bytes.count,
                              bytes[index + 1] == 0x80 ? bytes[index + 2] != 0x8C && bytes[index + 2] != 0x8D
                                                       : bytes[index + 1] == 0x81 && bytes[index + 2] <= 0xAF {
                        index += 3
                    } else {
                        return nil
                    }
                    length += 1
                    continue
                }
                length += 1
                index += 1
            }
            if index > start { words.append((start..<index, length)) }
            return words
        }
    }
}
