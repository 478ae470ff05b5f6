/// Entries PDF/UA asks for that cairo 1.16 cannot write, added to the
/// structure elements, pages and link annotations of a finished PDF:
///
/// - `/Tabs /S` on every page, so keyboard focus moves through links in
///   reading (structure) order;
/// - `/A << /O /Table /Scope … >>` on every TH, so a screen reader knows a
///   header cell names its column (table headers) or its row (key-value labels);
/// - `/ActualText` on Spans drawn with words to speak (a tick box read as "Yes"),
///   and `/Lang` on Spans in another language than their paragraph;
/// - `/Contents` on link annotations: the link's visible text.
///
/// Cairo writes structure elements depth-first in the order their tags were
/// opened, so the n-th TH or Span element is the n-th one drawn.
enum StructureEntries {
    private static let headerCell = Array("/S /TH\n".utf8)
    private static let span = Array("/S /Span\n".utf8)
    private static let link = Array("   /Subtype /Link\n".utf8)
    private static let uriKey = Array("/URI (".utf8)

    /// `pages`: where each page dictionary starts (`ContentArtifacts` has looked for them).
    static func insertions(for record: TagRecord, in pdf: [UInt8], outside: OutsideStreams, pages: [Int]) throws -> [PDFPatch.Insertion] {
        var result: [PDFPatch.Insertion] = []
        for page in pages {
            guard let lineEnd = pdf[page...].firstIndex(of: 0x0A) else { throw PDFPatch.failure("unreadable page") }
            result.append(PDFPatch.Insertion(at: lineEnd + 1, bytes: Array("   /Tabs /S\n".utf8)))
        }
        let cells = outside.occurrences(of: headerCell, in: pdf)
        guard cells.count == record.headerScopes.count else {
            throw PDFPatch.failure("found \(cells.count) header cells for \(record.headerScopes.count) drawn")
        }
        for (position, scope) in zip(cells, record.headerScopes) {
            result.append(PDFPatch.Insertion(at: position + headerCell.count,
                                             bytes: Array("   /A << /O /Table /Scope /\(scope.rawValue) >>\n".utf8)))
        }
        let spans = outside.occurrences(of: span, in: pdf)
        guard spans.count == record.spans.count else {
            throw PDFPatch.failure("found \(spans.count) spans for \(record.spans.count) drawn")
        }
        for (position, marks) in zip(spans, record.spans) {
            var bytes: [UInt8] = []
            if let text = marks.actualText { bytes += Array("   /ActualText ".utf8) + PDFPatch.textString(text) + [0x0A] }
            // A language tag is letters, digits and hyphens (BCP 47); anything else is left out.
            if let language = marks.language, !language.isEmpty,
               language.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) {
                bytes += Array("   /Lang (\(language))\n".utf8)
            }
            guard !bytes.isEmpty else { continue }
            result.append(PDFPatch.Insertion(at: position + span.count, bytes: bytes))
        }
        for annotation in outside.occurrences(of: link, in: pdf) {
            let uri = try self.uri(in: pdf, after: annotation)
            let text = record.linkTexts[uri] ?? uri
            result.append(PDFPatch.Insertion(at: annotation + link.count,
                                             bytes: Array("   /Contents ".utf8) + PDFPatch.textString(text) + [0x0A]))
        }
        return result
    }

    /// The annotation's URI exactly as `CairoContext.beginLink` escaped it.
    private static func uri(in pdf: [UInt8], after start: Int) throws -> String {
        let end = min(pdf.count, start + 8192)
        guard let found = PDFPatch.firstOccurrence(of: uriKey, in: pdf, within: start..<end) else {
            throw PDFPatch.failure("link annotation without a URI")
        }
        var index = found + uriKey.count
        var bytes: [UInt8] = []
        while index < end, pdf[index] != UInt8(ascii: ")") {
            if pdf[index] == UInt8(ascii: "\\"), index + 1 < end { index += 1 }
            bytes.append(pdf[index])
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What the drawing code opened, in order, for `StructureEntries`: cairo
/// ignores attributes on structure tags, so they are remembered here.
struct TagRecord {
    enum Scope: String {
        case column = "Column"
        case row = "Row"
    }

    var headerScopes: [Scope] = []
    /// One entry per Span opened, in order: what it says and in which language.
    var spans: [SpanMarks] = []
    /// A link's visible text by URI (the first text drawn for it).
    var linkTexts: [String: String] = [:]
    /// One entry per element opened directly under the Document element, in order:
    /// its language when it differs from the document's, else nil.
    var topLevelLanguages: [String?] = []
}

/// What a `Span` carries besides its glyphs: the words a screen reader says instead
/// (`/ActualText`), and its language when it is not its paragraph's (`/Lang`).
struct SpanMarks {
    var actualText: String?
    var language: String?
}
