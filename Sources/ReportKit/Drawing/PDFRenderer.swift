import Foundation

/// Renders a `ReportDocument` to PDF bytes.
///
/// Three steps, kept apart so each stays simple: blocks are laid out once
/// into flowables (`FlowBuilder`), flowed onto pages (`PageComposer`) —
/// which fixes the page count — and only then drawn with cairo
/// (`PreparedDocument` holds the first two, shared with `PNGRenderer`).
///
/// Not thread-safe: use one renderer per thread. The renderer keeps its
/// font map and Pango context between renders, because creating them
/// (fontconfig lookups) costs far more than laying out a short document.
public final class PDFRenderer {
    private let engine: TextEngine

    /// Takes the engine `loadFontsInBackground` warmed, if any (waiting for it to be
    /// ready); otherwise makes its own.
    public init() {
        engine = WarmedTextEngine.shared.take() ?? TextEngine()
    }

    /// Starts loading the font configuration and the fonts a document of `theme` uses, in
    /// `language`, on another thread and returns at once, so that a command reading its
    /// templates and case file meanwhile finds the fonts ready at its first render; the
    /// first renderer made waits for whatever is left of it and takes them over.
    public static func loadFontsInBackground(theme: Theme = .standard, language: String = "en-GB") {
        WarmedTextEngine.shared.start(theme: theme, language: language)
    }

    /// Renders and writes the file atomically (temporary file, then rename),
    /// so a failure never leaves a half-written PDF behind.
    public func render(_ document: ReportDocument, to url: URL) throws {
        let bytes = try render(document)
        try Data(bytes).write(to: url, options: .atomic)
    }

    /// The complete PDF file.
    public func render(_ document: ReportDocument) throws -> [UInt8] {
        let date = try CreationDate.normalize(document.metadata.creationDate)
        try TextLimits.check(document)
        let prepared = try PreparedDocument(document, engine: engine)
        let surface = try PDFSurface(pageSize: document.pageSize)
        surface.setMetadata(document.metadata, normalizedDate: date)
        let canvas = try CairoContext(surface: surface)
        var outline = OutlineBuilder()

        canvas.beginTag("Document")
        for index in prepared.pages.indices {
            prepared.draw(page: index, in: canvas) { heading, x, y in
                outline.add(heading, page: index + 1, x: x, y: y)
            }
            if index == prepared.pages.count - 1 { canvas.endTag("Document") }
            canvas.showPage()
        }
        try canvas.check("drawing pages")
        outline.write(to: surface)
        let pdf = try surface.finish()
        let objects = try CrossReferences(pdf: pdf)
        let outside = OutsideStreams(pdf: pdf, objects: objects)
        let content = try ContentArtifacts.insertions(in: pdf, objects: objects, outside: outside)
        let metadataObject = try XMPMetadata.objectNumber(in: pdf)
        let insertions = try FigureAltText.insertions(canvas.figureAltTexts, in: pdf, outside: outside)
            + CatalogEntries.insertions(for: document.metadata, metadataObject: metadataObject, in: pdf)
            + StructureEntries.insertions(for: canvas.record, in: pdf, outside: outside, pages: content.pages)
            + LanguageSpans.insertions(for: canvas.record, in: pdf, outside: outside)
            + content.insertions
            + UncompressedStreams.insertions(in: pdf, objects: objects, outside: outside, skipping: content.pageContent)
        let patched = try PDFPatch.apply(insertions, to: pdf)
        return try XMPMetadata.append(XMPMetadata.packet(for: document.metadata, date: date), as: metadataObject, to: patched)
    }
}

/// Bookmarks from level 1 and 2 headings; a level 2 heading nests under
/// the most recent level 1 heading.
struct OutlineBuilder {
    private var entries: [(title: String, level: Int, page: Int, x: Double, y: Double)] = []

    mutating func add(_ heading: HeadingFlowable, page: Int, x: Double, y: Double) {
        guard heading.level <= 2, !heading.title.isEmpty else { return }
        entries.append((heading.title, heading.level, page, x, y))
    }

    func write(to surface: PDFSurface) {
        let root: Int32 = 0  // CAIRO_PDF_OUTLINE_ROOT
        var lastTop: Int32?
        for entry in entries {
            let parent = entry.level == 1 ? root : (lastTop ?? root)
            let id = surface.addOutline(parent: parent, title: entry.title, page: entry.page, x: entry.x, y: entry.y)
            if entry.level == 1 { lastTop = id }
        }
    }
}
