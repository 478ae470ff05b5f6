import CCairo

/// The width of one word laid out alone on an unwrapped line, without a layout.
///
/// A table sizes its columns by the widths of their longest words, about 40 words a
/// plan. Laid out as a `TextLayout` each costs a Pango layout (about 47,000 instructions:
/// the layout object, line-break analysis of the text, line building, extents), though
/// only the glyphs' advances count: an unwrapped line is as wide as the glyphs of its
/// items. So the word is itemized and shaped directly, the two steps a layout takes for
/// it (Pango 1.50, `pango_layout_check_lines` and `shape_run`): the same text
/// (`PangoTextBuilder.prepared`), the layout's font description as the attribute a
/// layout puts before its own, the context's base direction (layouts are made with
/// automatic direction off), and the same shaping flags.
///
/// What a layout does beyond that changes the width only for text this path leaves to a
/// layout: a tab (shaped as a tab stop), a line or paragraph separator or other control
/// character (more lines), and a soft hyphen or hyphenation point (a hyphen that may be
/// added at the end). `ColumnWidthsTests` checks the widths against layouts.
extension TextEngine {
    /// The natural width of `word` in `style`, as `layout(word, style:, width: nil)`
    /// gives it.
    func wordWidth(_ word: String, style: TextStyle) -> Double {
        let text = PangoTextBuilder.prepared(word).clean
        guard WordWidths.canBeShapedDirectly(text) else {
            return layout(RichText(word), style: style, width: nil).naturalWidth
        }
        let description = font(FontKey(family: style.family, size: style.size, bold: style.bold, italic: style.italic))
        return WordWidths.shapedWidth(of: text, font: description, context: context)
    }
}

enum WordWidths {
    /// Whether a layout of `text` would be one line of shaped items: no control
    /// characters (tabs, line breaks), no U+0085, U+2028 or U+2029, no soft hyphen
    /// (U+00AD) and no hyphenation point (U+2027).
    static func canBeShapedDirectly(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            if previous == 0xC2, byte == 0x85 || byte == 0xAD { return false }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA7 || byte == 0xA8 || byte == 0xA9 { return false }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    /// The summed advances of `text` itemized with `font` and shaped item by item.
    static func shapedWidth(of text: String, font: OpaquePointer, context: OpaquePointer) -> Double {
        let attributes = pango_attr_list_new()!
        defer { pango_attr_list_unref(attributes) }
        pango_attr_list_insert_before(attributes, pango_attr_font_desc_new(font))
        let flags = pango_context_get_round_glyph_positions(context) != 0 ? PANGO_SHAPE_ROUND_POSITIONS : PANGO_SHAPE_NONE
        let glyphs = pango_glyph_string_new()!
        defer { pango_glyph_string_free(glyphs) }
        var width: Int32 = 0
        text.withCString { bytes in
            let length = Int32(strlen(bytes))
            let items = pango_itemize_with_base_dir(context, pango_context_get_base_dir(context), bytes, 0, length,
                                                    attributes, nil)
            var node = items
            while let current = node {
                if let item = current.pointee.data?.assumingMemoryBound(to: PangoItem.self) {
                    pango_shape_item(item, bytes, length, nil, glyphs, flags)
                    width += pango_glyph_string_get_width(glyphs)
                    pango_item_free(item)
                }
                node = current.pointee.next
            }
            g_list_free(items)
        }
        return Double(width) / pangoScale
    }
}
