import CCairo

/// Turns `RichText` into a UTF-8 string plus a PangoAttrList.
///
/// Attribute lists (rather than Pango markup) mean user text never needs
/// escaping, so a stray "<" or "&" in a case note cannot break a document.
enum PangoTextBuilder {
    struct Built {
        var text: String
        /// Owned reference; the caller unrefs it.
        var attributes: OpaquePointer
        var links: [LinkSpan]
        var marked: [MarkedSpan]
        /// Whether the text holds no-break spaces (ours in phone numbers and
        /// dates, or the author's).
        var hasNoBreakSpaces: Bool
    }

    /// `keepNumbersWhole: false` leaves phone numbers and dates breakable and
    /// turns no-break spaces into spaces, for text whose column is narrower
    /// than such a unit (`TextLayout`).
    static func build(_ rich: RichText, linkColor: RGBColor, keepNumbersWhole: Bool = true) -> Built {
        var text = ""
        var links: [LinkSpan] = []
        var marked: [MarkedSpan] = []
        let list = pango_attr_list_new()!
        var offset = 0
        var noBreakSpaces = false
        // A no-break space that ends a run holds the next run's first character to it.
        var spaceEndingRun: UInt32?
        for run in rich.runs {
            let (kept, clean, unbreakable) = prepared(run.text, keepNumbersWhole: keepNumbersWhole)
            let length = clean.utf8.count
            guard length > 0 else { continue }
            let start = UInt32(offset)
            let end = UInt32(offset + length)
            text += clean
            for (from, to) in unbreakable {
                insert(pango_attr_allow_breaks_new(0), into: list, start + UInt32(from), start + UInt32(to))
            }
            if let space = spaceEndingRun, let first = clean.unicodeScalars.first {
                insert(pango_attr_allow_breaks_new(0), into: list, space, start + UInt32(String(first).utf8.count))
            }
            spaceEndingRun = kept.unicodeScalars.last == "\u{00A0}" ? end - 1 : nil
            noBreakSpaces = noBreakSpaces || !unbreakable.isEmpty || spaceEndingRun != nil
            if run.bold {
                insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), into: list, start, end)
            }
            if run.italic {
                insert(pango_attr_style_new(TextEngine.slanted), into: list, start, end)
            }
            if let uri = run.link, !uri.isEmpty {
                insert(pango_attr_foreground_new(
                    UInt16(linkColor.r * 65535), UInt16(linkColor.g * 65535), UInt16(linkColor.b * 65535)),
                    into: list, start, end)
                insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), into: list, start, end)
                links.append(LinkSpan(start: offset, end: offset + length, uri: uri))
                // A web or e-mail address never breaks after one of its hyphens: "aware-" /
                // "ni.org" reads as two things, and is typed as "aware ni.org".
                for (hyphen, next) in hyphenBreaks(in: clean) {
                    insert(pango_attr_allow_breaks_new(0), into: list, start + UInt32(hyphen), start + UInt32(next))
                }
            }
            let marks = SpanMarks(actualText: run.spoken.flatMap { $0.isEmpty ? nil : $0 }, language: run.language)
            if marks.actualText != nil || marks.language != nil {
                // A no-op attribute so Pango starts a glyph run here: the
                // span is drawn (and tagged) as a run of its own.
                insert(pango_attr_rise_new(0), into: list, start, end)
                marked.append(MarkedSpan(start: offset, end: offset + length, marks: marks))
            }
            offset += length
        }
        return Built(text: text, attributes: list, links: links, marked: marked, hasNoBreakSpaces: noBreakSpaces)
    }

    /// The text Pango is given for one run: `kept` after the number rules (or with
    /// no-break spaces made breakable), and `clean`, which is `kept` with each no-break
    /// space as a plain space and the byte ranges a no-break attribute then covers.
    static func prepared(_ text: String, keepNumbersWhole: Bool = true)
        -> (kept: String, clean: String, unbreakable: [(Int, Int)]) {
        // NUL would end the C string early; it never belongs in a document. Very
        // long words get break opportunities so that wrapping them stays linear.
        let raw = WordBreaks.inserted(into: text.utf8Contains(0) ? text.replacingNulls() : text)
        let kept = keepNumbersWhole ? TextRules.keepingNumbersWhole(raw)
            : raw.replacingOccurrences(of: "\u{00A0}", with: " ")
        let (clean, unbreakable) = spacesForNoBreakSpaces(in: kept)
        return (kept, clean, unbreakable)
    }

    /// The text with each no-break space as a plain space, and for each the byte range
    /// from it to the end of the character after it, where a no-break attribute removes
    /// the line break. The page shows and a reader copies an ordinary space (cairo embeds
    /// U+00A0 only in a second, CID-keyed subset of each font), and the words still never
    /// part.
    static func spacesForNoBreakSpaces(in text: String) -> (String, [(Int, Int)]) {
        // U+00A0 is C2 A0 in UTF-8; Swift strings are valid UTF-8, so that pair is always
        // the character and the work is done on bytes: only the space's own two bytes
        // change, to one.
        guard text.utf8Contains(0xC2) else { return (text, []) }
        var source = text
        return source.withUTF8 { bytes -> (String, [(Int, Int)]) in
            let count = bytes.count
            var ranges: [(Int, Int)] = []
            let result = String(unsafeUninitializedCapacity: count) { output in
                var index = 0
                var offset = 0
                var spaceAt: Int?
                while index < count {
                    let lead = bytes[index]
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let isNoBreakSpace = lead == 0xC2 && bytes[index + 1] == 0xA0
                    let width = isNoBreakSpace ? 1 : length
                    if let start = spaceAt { ranges.append((start, offset + width)) }
                    spaceAt = isNoBreakSpace ? offset : nil
                    if isNoBreakSpace {
                        output[offset] = UInt8(ascii: " ")
                    } else {
                        for byte in 0..<length { output[offset + byte] = bytes[index + byte] }
                    }
                    offset += width
                    index += length
                }
                return offset
            }
            return (result, ranges)
        }
    }

    /// For each hyphen of `text` followed by more text, the byte range from the hyphen to
    /// the end of the character after it: the break opportunity a no-break attribute over
    /// that range removes (the one before the hyphen, and every other, stays).
    static func hyphenBreaks(in text: String) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var offset = 0
        var hyphenAt: Int?
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if let start = hyphenAt { ranges.append((start, offset + width)) }
            hyphenAt = scalar == "-" ? offset : nil
            offset += width
        }
        return ranges
    }

    private static func insert(
        _ attribute: UnsafeMutablePointer<PangoAttribute>?, into list: OpaquePointer, _ start: UInt32, _ end: UInt32
    ) {
        guard let attribute else { return }
        attribute.pointee.start_index = start
        attribute.pointee.end_index = end
        pango_attr_list_insert(list, attribute)
    }
}

private extension String {
    func replacingNulls() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\0" }))
    }
}
