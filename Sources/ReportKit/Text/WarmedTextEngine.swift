import Foundation

/// One text engine made on another thread while a command reads its templates and case
/// files, for the first renderer to take.
///
/// Why: the first layout in each font and size loads the font file, sorts the fallback
/// fonts, builds the shaper and measures the font (about 25M instructions of a
/// one-plan `render`); on the second core that work overlaps the reading instead of
/// delaying the first page. The engine is used by one thread at a time: made and warmed
/// on its own, then handed over once, under a lock, and never touched by the warming
/// thread again.
final class WarmedTextEngine: @unchecked Sendable {
    static let shared = WarmedTextEngine()

    private let condition = NSCondition()
    private var engine: TextEngine?
    private var warming = false

    /// Starts making and warming an engine for `theme`'s fonts in `language`.
    func start(theme: Theme, language: String) {
        condition.lock()
        defer { condition.unlock() }
        guard !warming, engine == nil else { return }
        warming = true
        Thread.detachNewThread { [self] in
            let made = TextEngine()
            made.warm(for: theme, language: language)
            condition.lock()
            engine = made
            warming = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The warmed engine, waiting for the warming to finish if it is under way; nil when
    /// none was started or another renderer took it.
    func take() -> TextEngine? {
        condition.lock()
        defer { condition.unlock() }
        while warming { condition.wait() }
        let taken = engine
        engine = nil
        return taken
    }
}

extension TextEngine {
    /// Lays out a few characters in every font and size a document of `theme` starts
    /// with: body, lead, small and table text regular and bold, the running header and
    /// footer, the three heading levels, and italic body and table text.
    func warm(for theme: Theme, language: String) {
        setLanguage(language)
        let family = theme.bodyFont
        let headings = theme.headingFont
        var fonts: [(family: String, size: Double, bold: Bool, italic: Bool)] = []
        for size in [theme.bodySize, theme.bodySize * 1.15, theme.smallSize, theme.bodySize * 0.95] {
            fonts += [(family, size, false, false), (family, size, true, false)]
        }
        // The running header and footer are never bold.
        fonts.append((family, theme.smallSize * 0.95, false, false))
        fonts += [(family, theme.bodySize, false, true), (family, theme.bodySize * 0.95, false, true)]
        for level in 1...3 { fonts.append((headings, theme.headingSize(level: level), true, false)) }
        for font in fonts {
            let style = TextStyle(family: font.family, size: theme.textSize(font.size), color: theme.textColor,
                                  bold: font.bold, italic: font.italic, lineSpacing: theme.lineSpacing, linkColor: theme.linkColor)
            _ = layout(RichText("Ag 09"), style: style, width: nil)
        }
    }
}
