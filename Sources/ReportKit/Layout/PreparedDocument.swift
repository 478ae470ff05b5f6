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
    /// Running text of a later language, from the page its change falls on.
    private let laterDecorators: [(firstPage: Int, decorator: PageDecorator)]

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
        let changes = document.languageChanges.filter { $0.header != nil || $0.footer != nil }
        var later: [(change: LanguageChange, decorator: PageDecorator)] = []
        for change in changes {
            later.append((change, try PageDecorator(engine: engine, theme: document.theme, pageSize: page, margins: margins,
                                                    header: change.header ?? document.header,
                                                    footer: change.footer ?? document.footer)))
        }
        // Wrapped running text takes its room from the content area, the same on every page.
        let decorators = [decorator] + later.map(\.decorator)
        contentHeight -= (decorators.map(\.headerExtra).max() ?? 0) + (decorators.map(\.footerExtra).max() ?? 0)
        guard contentHeight >= 72 else {
            throw ReportKitError.pageTooSmall(contentWidth: contentWidth, contentHeight: contentHeight)
        }
        let flowables = try FlowBuilder(engine: engine, theme: document.theme)
            .build(document.blocks, width: contentWidth, languageChanges: document.languageChanges,
                   documentLanguage: document.metadata.language)
        self.document = document
        let pages = PageComposer(contentHeight: contentHeight).compose(flowables)
        self.pages = pages
        self.decorator = decorator
        // Each change's running text starts on the page where its language mark was placed.
        laterDecorators = later.compactMap { change, decorator in
            pages.firstIndex { page in
                page.placements.contains { ($0.flowable as? LanguageMarkFlowable)?.blockIndex == change.blockIndex }
            }.map { (firstPage: $0, decorator: decorator) }
        }
        contentTop = margins.top + (decorators.map(\.headerExtra).max() ?? 0)
    }

    /// Where the content area starts: below the deepest header of any language.
    private let contentTop: Double

    /// The running text for page `index`: the latest language change at or before it.
    private func decorator(forPage index: Int) -> PageDecorator {
        laterDecorators.last { $0.firstPage <= index }?.decorator ?? decorator
    }

    /// Draws page `index` (0-based), reporting every heading's position for bookmarks.
    func draw(page index: Int, in canvas: CairoContext,
              heading: (HeadingFlowable, _ x: Double, _ y: Double) -> Void = { _, _, _ in }) {
        let margins = document.margins
        for placement in pages[index].placements {
            let y = contentTop + placement.y
            placement.flowable.draw(in: canvas, x: margins.left, y: y)
            for (found, offset) in placement.flowable.headings {
                heading(found, margins.left, y + offset)
            }
        }
        decorator(forPage: index).draw(page: index + 1, of: pages.count, in: canvas)
    }
}
