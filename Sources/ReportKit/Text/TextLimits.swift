/// The longest text one paragraph, cell, heading or label may hold.
///
/// Pango measures widths in 32-bit units of 1/1024 point, so a text whose width laid out
/// on one line passes about two million points (some 390,000 characters of body text,
/// fewer in large print) overflows: Pango then takes it for a short line and the text is
/// drawn as one clipped line with no error. A document is refused with an error before
/// any text reaches Pango instead; 50,000 characters keeps even 40-point text below the
/// overflow, and is far beyond any paragraph a person writes (vr-docs's own case files
/// allow at most 20,000 characters in a field). Longer text belongs in several paragraphs.
public enum TextLimits {
    public static let maxCharacters = 50_000

    /// Throws `ReportKitError.textTooLong` for the first text of the document over the limit.
    static func check(_ document: ReportDocument) throws(ReportKitError) {
        var texts: [String] = [document.footer.left, document.footer.center ?? "", document.metadata.title ?? ""]
        if let header = document.header { texts += [header.left, header.right ?? ""] }
        for text in texts { try check(text) }
        for block in document.blocks { try check(block) }
    }

    private static func check(_ block: Block) throws(ReportKitError) {
        switch block {
        case .heading(_, let text), .paragraph(let text, _):
            try check(text)
        case .keyValues(let pairs):
            for pair in pairs { try check(pair.label); try check(pair.value) }
        case .bulletList(let items):
            for item in items { try check(item) }
        case .table(let table):
            for column in table.columns { try check(column.title) }
            for row in table.rows { for cell in row.cells { try check(cell) } }
            if let caption = table.caption { try check(caption) }
        case .callout(let title, let body, let bullets, let closing):
            if let title { try check(title) }
            for text in body + bullets + closing { try check(text) }
        case .signatures(let fields, let labels):
            for field in fields { try check(field.role); try check(field.name ?? "") }
            for label in [labels.name, labels.signature, labels.date] { try check(label) }
        case .chart(let chart):
            if let title = chart.title { try check(title) }
            for text in chart.categories + chart.series.map(\.name) + [chart.altText, chart.yLabel ?? "", chart.xLabel ?? ""] {
                try check(text)
            }
        case .keepTogether(let blocks):
            for inner in blocks { try check(inner) }
        case .columns(let columns, _):
            for inner in columns.joined() { try check(inner) }
        case .spacer, .pageBreak:
            break
        }
    }

    private static func check(_ text: RichText) throws(ReportKitError) {
        // As for a plain text: the bytes, which a string knows, decide almost every text.
        var bytes = 0
        for run in text.runs { bytes += run.text.utf8.count }
        guard bytes > maxCharacters else { return }
        var count = 0
        for run in text.runs { count += run.text.unicodeScalars.count }
        if count > maxCharacters { throw .textTooLong(characters: count, limit: maxCharacters) }
    }

    private static func check(_ text: String) throws(ReportKitError) {
        // UTF-8 bytes are never fewer than characters: most texts are decided without counting.
        guard text.utf8.count > maxCharacters else { return }
        let count = text.unicodeScalars.count
        if count > maxCharacters { throw .textTooLong(characters: count, limit: maxCharacters) }
    }
}
