import CCairo

/// The single Pango context shared by every text layout of a renderer.
///
/// Creating a font map and context means fontconfig work, so it happens once
/// per `PDFRenderer`, not per paragraph. Resolution is 72 dpi so that one
/// Pango point equals one PDF point, and hinting is off so that measured
/// widths match what is drawn in the (resolution-independent) PDF.
final class TextEngine {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]

    init() {
        // The configuration first: it becomes fontconfig's current one, so the font
        // map's start-up thread does not load the system's configuration again.
        let config = FontConfiguration.shared
        fontMap = pango_cairo_font_map_new()
        if let config {
            pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        }
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = pango_font_map_create_context(fontMap)
        // A strong left-to-right base: an English line that starts with an Arabic
        // name still reads left to right, with the name itself shaped right to left.
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
    }

    deinit {
        for description in fonts.values {
            pango_font_description_free(description)
        }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Sets the language used for line breaking and font fallback.
    func setLanguage(_ tag: String?) {
        let language = pango_language_from_string(tag ?? "en")
        pango_context_set_language(context, language)
    }

    /// A cached font description; owned by the engine.
    func font(_ key: FontKey) -> OpaquePointer {
        if let cached = fonts[key] { return cached }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, key.family)
        pango_font_description_set_size(description, Int32((key.size * pangoScale).rounded()))
        pango_font_description_set_weight(description, key.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, key.italic ? TextEngine.slanted : PANGO_STYLE_NORMAL)
        fonts[key] = description
        return description
    }

    /// Lays out `text` wrapped to `width` points (nil: no wrapping).
    func layout(_ text: RichText, style: TextStyle, width: Double?) -> TextLayout {
        TextLayout(engine: self, text: text, style: style, width: width)
    }

    func layout(_ text: String, style: TextStyle, width: Double?) -> TextLayout {
        TextLayout(engine: self, text: RichText(text), style: style, width: width)
    }
}

extension TextEngine {
    /// The style asked for in italic text: oblique, which is what DejaVu Sans's slanted
    /// faces are, so the description Pango measures a slanted font's metrics in is the
    /// one the text was laid out in and fontconfig sorts the fonts once for it, not twice
    /// (a family with true italics still gets them: italic is the nearest face to
    /// oblique).
    static let slanted = PANGO_STYLE_OBLIQUE
}

/// Pango units per point (`PANGO_SCALE` is a macro Swift does not import).
let pangoScale = 1024.0
