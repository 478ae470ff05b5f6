/// A span of text with uniform styling.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// A URL or `mailto:` address; the run becomes a clickable link.
    public var link: String?
    /// Words a screen reader says instead of the text, for symbols whose
    /// Unicode names mean nothing to a listener (a tick box "☒" spoken "Yes").
    public var spoken: String?
    /// The run's language (`cy`) when it differs from its paragraph's, such as the Welsh
    /// half of a label "Llofnod / Signature" in the English half of a bilingual document:
    /// a screen reader then reads it with the right voice.
    public var language: String?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, link: String? = nil, spoken: String? = nil,
                language: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.link = link
        self.spoken = spoken
        self.language = language
    }
}

/// Styled text: a sequence of runs. Plain string literals convert implicitly,
/// so `.paragraph("Hello", style: .body)` works.
public struct RichText: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public var runs: [TextRun]
    /// How many leading runs form a prefix (a tick box, an item number) that wrapped
    /// lines do not run under: they start level with the text after it, as on a
    /// printed form. Zero for ordinary text.
    public var hangingRuns = 0

    public init(_ runs: [TextRun]) {
        self.runs = runs
    }

    public init(_ plain: String) {
        self.runs = plain.isEmpty ? [] : [TextRun(plain)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    public static func bold(_ text: String) -> RichText {
        RichText([TextRun(text, bold: true)])
    }

    public static func italic(_ text: String) -> RichText {
        RichText([TextRun(text, italic: true)])
    }

    /// A clickable run; `url` may be a web address or `mailto:`.
    public static func link(_ text: String, url: String) -> RichText {
        RichText([TextRun(text, link: url)])
    }

    /// `text` drawn as it is but read aloud as `words`.
    public static func spoken(_ text: String, as words: String) -> RichText {
        RichText([TextRun(text, spoken: words)])
    }

    /// Text in another language than its paragraph's (`TextRun.language`).
    public static func inLanguage(_ text: String, _ language: String) -> RichText {
        RichText([TextRun(text, language: language)])
    }

    /// An e-mail address rendered as a `mailto:` link.
    public static func email(_ address: String) -> RichText {
        link(address, url: "mailto:" + address)
    }

    public static func + (lhs: RichText, rhs: RichText) -> RichText {
        var joined = RichText(lhs.runs + rhs.runs)
        joined.hangingRuns = lhs.hangingRuns
        return joined
    }

    public static func += (lhs: inout RichText, rhs: RichText) {
        lhs.runs += rhs.runs
    }

    /// The text without styling.
    public var plainText: String {
        runs.map(\.text).joined()
    }

    public var isEmpty: Bool {
        runs.allSatisfy { $0.text.isEmpty }
    }

    /// The same text with every run made bold (used for emphasised table rows).
    func emboldened() -> RichText {
        RichText(runs.map { TextRun($0.text, bold: true, italic: $0.italic, link: $0.link, spoken: $0.spoken, language: $0.language) })
    }
}

extension RichText {
    /// The first `count` characters, keeping each run's style.
    func prefix(characters count: Int) -> RichText {
        var remaining = count
        var runs: [TextRun] = []
        for run in self.runs {
            guard remaining > 0 else { break }
            if run.text.utf8.count <= remaining {
                runs.append(run)
                remaining -= run.text.count
                continue
            }
            var cut = run
            cut.text = String(run.text.prefix(remaining))
            remaining -= cut.text.count
            runs.append(cut)
        }
        return RichText(runs)
    }
}
