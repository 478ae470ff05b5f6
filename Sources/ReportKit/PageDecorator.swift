/// Draws the running header and footer. Texts that are the same on every
/// page are laid out once; only the page label is laid out per page.
final class PageDecorator {
    private let engine: TextEngine
    private let theme: Theme
    private let pageSize: PageSize
    private let margins: Margins
    private let footer: RunningFooter
    private let contentWidth: Double
    private let labelStyle: TextStyle
    private let headerLeft: TextLayout?
    private let headerRight: TextLayout?
    private let footerLeft: TextLayout
    private let footerCenter: TextLayout?
    private let sideWidth: Double

    init(engine: TextEngine, theme: Theme, pageSize: PageSize, margins: Margins,
         header: RunningHeader?, footer: RunningFooter) {
        self.engine = engine
        self.theme = theme
        self.pageSize = pageSize
        self.margins = margins
        self.footer = footer
        contentWidth = pageSize.width - margins.left - margins.right
        var style = TextStyle(family: theme.bodyFont, size: theme.smallSize * 0.95, color: theme.mutedColor,
                              lineSpacing: 1.0, linkColor: theme.linkColor)
        labelStyle = style
        let width = pageSize.width - margins.left - margins.right
        let side = width * 0.27
        sideWidth = side
        if let header {
            headerLeft = engine.layout(header.left, style: style, width: width * 0.6)
            style.alignment = .trailing
            let rightStyle = style
            headerRight = header.right.map { engine.layout($0, style: rightStyle, width: width * 0.38) }
            style.alignment = .leading
        } else {
            headerLeft = nil
            headerRight = nil
        }
        footerLeft = engine.layout(footer.left, style: style, width: side)
        style.alignment = .center
        let centerStyle = style
        footerCenter = footer.center.map { engine.layout($0, style: centerStyle, width: width - 2 * side - 12) }
    }

    func draw(page: Int, of pages: Int, in canvas: CairoContext) {
        let left = margins.left
        let right = pageSize.width - margins.right
        if let headerLeft {
            let ruleY = margins.top - theme.smallSize * 1.6
            let textTop = ruleY - 4 - max(headerLeft.height, headerRight?.height ?? 0)
            headerLeft.draw(in: canvas, x: left, y: textTop)
            headerRight?.draw(in: canvas, x: right - contentWidth * 0.38, y: textTop)
            canvas.strokeLine(x1: left, y1: ruleY, x2: right, y2: ruleY, width: 0.5, color: theme.ruleColor)
        }
        let ruleY = pageSize.height - margins.bottom + theme.smallSize * 1.6
        canvas.strokeLine(x1: left, y1: ruleY, x2: right, y2: ruleY, width: 0.5, color: theme.ruleColor)
        let textTop = ruleY + 5
        footerLeft.draw(in: canvas, x: left, y: textTop)
        footerCenter?.draw(in: canvas, x: left + sideWidth + 6, y: textTop)
        let label = engine.layout(footer.pageLabel(page: page, of: pages),
                                  style: labelStyle.with { $0.alignment = .trailing }, width: sideWidth)
        label.draw(in: canvas, x: right - sideWidth, y: textTop)
    }
}
