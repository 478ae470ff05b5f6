/// A document laid out and paginated, ready to draw onto any cairo surface:
/// the shared first half of `PDFRenderer` and `PNGRenderer`, so a PNG
/// preview shows exactly the pages of the PDF.
///
/// Blocks are laid out once into flowables (`FlowBuilder`) and flowed onto
/// pages (`PageComposer`), which fixes the page count before the first
/// "Page X of Y" is drawn.
struct PreparedDocument {
    let document: ReportDocument
    let pages: [ComposedPage]
    let decorator: PageDecorator

    init(_ document: ReportDocument, engine: TextEngine) throws {
        let page = document.pageSize
        let margins = document.margins
        let contentWidth = page.width - margins.left - margins.right
        var contentHeight = page.height - margins.top - margins.bottom
        guard contentWidth >= 72, contentHeight >= 72 else {
            throw ReportKitError.pageTooSmall(contentWidth: contentWidth, contentHeight: contentHeight)
        }
        engine.setLanguage(document.metadata.language)
        let decorator = try PageDecorator(engine: engine, theme: document.theme, pageSize: page, margins: margins,
                                          header: document.header, footer: document.footer)
        // Wrapped running text takes its room from the content area.
        contentHeight -= decorator.headerExtra + decorator.footerExtra
        guard contentHeight >= 72 else {
            throw ReportKitError.pageTooSmall(contentWidth: contentWidth, contentHeight: contentHeight)
        }
        let flowables = try FlowBuilder(engine: engine, theme: document.theme)
            .build(document.blocks, width: contentWidth, languageChanges: document.languageChanges)
        self.document = document
        pages = PageComposer(contentHeight: contentHeight).compose(flowables)
        self.decorator = decorator
    }

    /// Draws page `index` (0-based), reporting every heading's position for bookmarks.
    func draw(page index: Int, in canvas: CairoContext,
              heading: (HeadingFlowable, _ x: Double, _ y: Double) -> Void = { _, _, _ in }) {
        let margins = document.margins
        for placement in pages[index].placements {
            let y = margins.top + decorator.headerExtra + placement.y
            placement.flowable.draw(in: canvas, x: margins.left, y: y)
            for (found, offset) in placement.flowable.headings {
                heading(found, margins.left, y + offset)
            }
        }
        decorator.draw(page: index + 1, of: pages.count, in: canvas)
    }
}
