import Foundation

/// Renders a `ReportDocument` to PDF bytes.
///
/// Three steps, kept apart so each stays simple: blocks are laid out once
/// into flowables (`FlowBuilder`), flowed onto pages (`PageComposer`) —
/// which fixes the page count — and only then drawn with cairo.
///
/// Not thread-safe: use one renderer per thread. The renderer keeps its
/// font map and Pango context between renders, because creating them
/// (fontconfig lookups) costs far more than laying out a short document.
public final class PDFRenderer {
    private let engine = TextEngine()

    public init() {}

    /// Renders and writes the file atomically (temporary file, then rename),
    /// so a failure never leaves a half-written PDF behind.
    public func render(_ document: ReportDocument, to url: URL) throws {
        let bytes = try render(document)
        try Data(bytes).write(to: url, options: .atomic)
    }

    /// The complete PDF file.
    public func render(_ document: ReportDocument) throws -> [UInt8] {
        let page = document.pageSize
        let margins = document.margins
        let contentWidth = page.width - margins.left - margins.right
        let contentHeight = page.height - margins.top - margins.bottom
        guard contentWidth >= 72, contentHeight >= 72 else {
            throw ReportKitError.pageTooSmall(contentWidth: contentWidth, contentHeight: contentHeight)
        }
        let date = try CreationDate.normalize(document.metadata.creationDate)
        engine.setLanguage(document.metadata.language)

        let flowables = try FlowBuilder(engine: engine, theme: document.theme)
            .build(document.blocks, width: contentWidth)
        let pages = PageComposer(contentHeight: contentHeight).compose(flowables)

        let surface = try PDFSurface(pageSize: page)
        surface.setMetadata(document.metadata, normalizedDate: date)
        let canvas = try CairoContext(surface: surface)
        let decorator = PageDecorator(engine: engine, theme: document.theme, pageSize: page, margins: margins,
                                      header: document.header, footer: document.footer)
        var outline = OutlineBuilder()

        canvas.beginTag("Document")
        for (index, composed) in pages.enumerated() {
            for placement in composed.placements {
                let y = margins.top + placement.y
                placement.flowable.draw(in: canvas, x: margins.left, y: y)
                for (heading, offset) in placement.flowable.headings {
                    outline.add(heading, page: index + 1, x: margins.left, y: y + offset)
                }
            }
            decorator.draw(page: index + 1, of: pages.count, in: canvas)
            if index == pages.count - 1 { canvas.endTag("Document") }
            canvas.showPage()
        }
        try canvas.check("drawing pages")
        outline.write(to: surface)
        return try surface.finish()
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
