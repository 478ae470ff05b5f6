import Foundation

/// Fonts, sizes and colours used by the layout engine. Font names are Pango
/// family names; fontconfig falls back to other fonts for scripts the family
/// does not cover.
public struct Theme: Sendable {
    public var bodyFont: String
    public var headingFont: String
    public var monospaceFont: String?
    /// Body text size in points.
    public var bodySize: Double
    /// Size for small print, table captions, header and footer.
    public var smallSize: Double
    /// Heading sizes for levels 1, 2 and 3.
    public var headingSizes: [Double]
    /// Line-height multiplier applied to the font's natural line height
    /// (ascent + descent, about 1.16 × the size for DejaVu Sans).
    public var lineSpacing: Double
    /// Vertical gap after a paragraph-like block, in points.
    public var paragraphSpacing: Double
    public var accentColor: RGBColor
    public var textColor: RGBColor
    public var mutedColor: RGBColor
    public var ruleColor: RGBColor
    public var tableHeaderFill: RGBColor
    public var tableStripeFill: RGBColor
    /// A row shaded for a meaning the document states ("a shaded week ends with a
    /// review"): a warm tint, so it is not taken for a stripe or a header and still
    /// shows when printed in grey.
    public var tableShadedFill: RGBColor = RGBColor(hex: "#FBEBCB")
    public var calloutFill: RGBColor
    public var linkColor: RGBColor
    /// Chart series colours after the first (which uses `accentColor`).
    /// The default is drawn from the Okabe–Ito palette, which stays
    /// distinguishable for the common forms of colour blindness.
    public var chartPalette: [RGBColor]
    /// No text is set smaller than this (16 pt in large print; 0 otherwise).
    public var minimumTextSize: Double = 0

    public init(
        bodyFont: String = "DejaVu Sans",
        headingFont: String = "DejaVu Sans",
        monospaceFont: String? = "DejaVu Sans Mono",
        bodySize: Double = 10,
        smallSize: Double = 8,
        headingSizes: [Double] = [18, 14, 11.5],
        lineSpacing: Double = 1.25,
        paragraphSpacing: Double = 7,
        accentColor: RGBColor = RGBColor(hex: "#1F4E79"),
        textColor: RGBColor = RGBColor(hex: "#1A1A1A"),
        mutedColor: RGBColor = RGBColor(hex: "#5F6368"),
        ruleColor: RGBColor = RGBColor(hex: "#C9CED6"),
        tableHeaderFill: RGBColor = RGBColor(hex: "#DCE6F1"),
        tableStripeFill: RGBColor = RGBColor(hex: "#F4F6F9"),
        calloutFill: RGBColor = RGBColor(hex: "#EEF3F8"),
        linkColor: RGBColor = RGBColor(hex: "#1F5FAD"),
        chartPalette: [RGBColor] = Theme.defaultChartPalette
    ) {
        self.bodyFont = bodyFont
        self.headingFont = headingFont
        self.monospaceFont = monospaceFont
        self.bodySize = bodySize
        self.smallSize = smallSize
        self.headingSizes = headingSizes
        self.lineSpacing = lineSpacing
        self.paragraphSpacing = paragraphSpacing
        self.accentColor = accentColor
        self.textColor = textColor
        self.mutedColor = mutedColor
        self.ruleColor = ruleColor
        self.tableHeaderFill = tableHeaderFill
        self.tableStripeFill = tableStripeFill
        self.calloutFill = calloutFill
        self.linkColor = linkColor
        self.chartPalette = chartPalette
    }

    /// A Pango family list: `family` followed by the fallback fonts.

    /// Okabe–Ito hues (safe for colour blindness), darkened to at least 3:1 against white.
    public static let defaultChartPalette: [RGBColor] = ["#B26B00", "#007A5E", "#AD5C8E", "#1F82C0", "#C05400"]
        .map { RGBColor(hex: $0) }

    /// `size` raised to `minimumTextSize`: every text ReportKit sets —
    /// tables, notes, chart labels, running header and footer — goes through
    /// this, so a large-print document has nothing below its minimum.
    public func textSize(_ size: Double) -> Double {
        max(size, minimumTextSize)
    }

    /// Alias of `smallSize`.
    public var small: Double {
        get { smallSize }
        set { smallSize = newValue }
    }

    /// The size for a heading level (1...3); out-of-range levels are clamped.
    public func headingSize(level: Int) -> Double {
        guard !headingSizes.isEmpty else { return bodySize }
        let index = min(max(level, 1), headingSizes.count) - 1
        return headingSizes[index]
    }

    public static let standard = Theme()

    /// The large-print theme for readers who asked for it: body text at
    /// least 16 pt (RNIB's clear-print guidance asks for 16–18 pt), small
    /// print no smaller than 14 pt, headings scaled to keep their steps, and
    /// looser line and paragraph spacing. Fonts and colours come from
    /// `base`, so a service's branding carries over.
    public static func largePrint(from base: Theme = .standard) -> Theme {
        var theme = base
        let factor = max(16 / base.bodySize, 1)
        theme.bodySize = max(base.bodySize * factor, 16)
        theme.smallSize = max(base.smallSize * factor, 16)
        theme.minimumTextSize = max(base.minimumTextSize, 16)
        theme.headingSizes = base.headingSizes.map { max($0 * factor, theme.bodySize * 1.15) }
        theme.lineSpacing = max(base.lineSpacing, 1.4)
        theme.paragraphSpacing = max(base.paragraphSpacing * factor, theme.bodySize * 0.8)
        return theme
    }

    /// A variant for readers who asked for large print: every size scaled.
    public func scaled(by factor: Double) -> Theme {
        var copy = self
        copy.bodySize *= factor
        copy.smallSize *= factor
        copy.headingSizes = headingSizes.map { $0 * factor }
        copy.paragraphSpacing *= factor
        return copy
    }
}

/// An sRGB colour with components in 0...1.
public struct RGBColor: Sendable, Equatable {
    public var r: Double
    public var g: Double
    public var b: Double

    public init(r: Double, g: Double, b: Double) {
        self.r = min(max(r, 0), 1)
        self.g = min(max(g, 0), 1)
        self.b = min(max(b, 0), 1)
    }

    /// Parses "#RRGGBB", "RRGGBB" or "#RGB". Invalid input gives black, so a
    /// typo in a theme never stops a document from rendering.
    public init(hex: String) {
        // Spaces and tabs around the value are dropped by hand: Foundation's trimming
        // looked its character set up through the runtime, about 1M instructions for the
        // theme's colours at every start.
        var digits = Substring(hex).drop { $0 == " " || $0 == "\t" }
        while digits.last == " " || digits.last == "\t" { digits.removeLast() }
        if digits.hasPrefix("#") { digits.removeFirst() }
        if digits.count == 3 {
            digits = Substring(digits.map { "\($0)\($0)" }.joined())
        }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else {
            self.init(r: 0, g: 0, b: 0)
            return
        }
        self.init(
            r: Double((value >> 16) & 0xFF) / 255,
            g: Double((value >> 8) & 0xFF) / 255,
            b: Double(value & 0xFF) / 255
        )
    }

    public static let black = RGBColor(r: 0, g: 0, b: 0)
    public static let white = RGBColor(r: 1, g: 1, b: 1)
}
