/// The uniform part of a text block's look; per-run bold/italic/link come
/// from `RichText`.
struct TextStyle {
    var family: String
    var size: Double
    var color: RGBColor
    var bold: Bool = false
    var italic: Bool = false
    /// Multiple of the font's natural line height (Pango line-spacing factor).
    var lineSpacing: Double = 1.0
    var alignment: TextAlignment = .leading
    var linkColor: RGBColor

    func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

/// Cache key for Pango font descriptions.
struct FontKey: Hashable {
    var family: String
    var size: Double
    var bold: Bool
    var italic: Bool
}
