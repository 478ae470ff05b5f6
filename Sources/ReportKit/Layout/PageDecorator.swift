/// Draws the running header and footer. Texts that are the same on every
/// page are laid out once; only the page label is laid out per page. The
/// logo is read once and painted on every page (cairo embeds it only once).
///
/// Header and footer text is never cut. When it wraps to more lines than
/// the margin holds (a long Welsh service name in large print), the header
/// rule moves down and the footer rule up by what is missing
/// (`headerExtra`, `footerExtra`), and the content area shrinks to match,
/// keeping the text 12 pt clear of the paper's edge.
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
    private let logo: ImageSurface?
    private let logoHeight: Double
    private let logoWidth: Double
    /// How far the header rule sits below its usual place to fit wrapped text.
    let headerExtra: Double
    /// How far the footer rule sits above its usual place to fit wrapped text.
    let footerExtra: Double
    /// Clear space kept between running text and the paper's edge.
    private static let edge = 12.0

    init(engine: TextEngine, theme: Theme, pageSize: PageSize, margins: Margins,
         header: RunningHeader?, footer: RunningFooter) throws {
        self.engine = engine
        self.theme = theme
        self.pageSize = pageSize
        self.margins = margins
        self.footer = footer
        contentWidth = pageSize.width - margins.left - margins.right
        var style = TextStyle(family: theme.bodyFont, size: theme.textSize(theme.smallSize * 0.95),
                              color: theme.mutedColor, lineSpacing: 1.0, linkColor: theme.linkColor)
        labelStyle = style
        let width = pageSize.width - margins.left - margins.right
        let side = width * 0.27
        sideWidth = side
        let headerRuleY = margins.top - theme.smallSize * 1.6
        if let path = header?.logoPNG, !path.isEmpty {
            let image = try ImageSurface(pngFile: path)
            // Never taller than the room between the page edge and the header rule.
            logoHeight = max(4, min(header?.logoHeight ?? 22, headerRuleY - 4 - 8))
            logoWidth = logoHeight * Double(image.width) / Double(image.height)
            logo = image
        } else {
            logo = nil
            logoHeight = 0
            logoWidth = 0
        }
        if let header {
            let logoSpace = logo == nil ? 0 : logoWidth + 8
            headerLeft = Self.fitted(header.left, style: style, width: max(width * 0.6 - logoSpace, 36),
                                     floor: theme.minimumTextSize, engine: engine)
            headerRight = header.right.map {
                Self.fitted($0, style: style.with { $0.alignment = .trailing }, width: width * 0.38,
                            floor: theme.minimumTextSize, engine: engine)
            }
        } else {
            headerLeft = nil
            headerRight = nil
        }
        footerLeft = Self.fitted(footer.left, style: style, width: side, floor: theme.minimumTextSize, engine: engine)
        style.alignment = .center
        let centerStyle = style
        footerCenter = footer.center.map {
            Self.fitted($0, style: centerStyle, width: width - 2 * side - 12, floor: theme.minimumTextSize, engine: engine)
        }
        let headerText = max(headerLeft?.height ?? 0, headerRight?.height ?? 0, logoHeight)
        headerExtra = header == nil ? 0 : max(0, Self.edge - (headerRuleY - 4 - headerText))
        let label = engine.layout(footer.pageLabel(page: 888, of: 888), style: labelStyle, width: side)
        let footerText = max(footerLeft.height, footerCenter?.height ?? 0, label.height)
        let footerRuleY = pageSize.height - margins.bottom + theme.smallSize * 1.6
        footerExtra = max(0, footerRuleY + 5 + footerText - (pageSize.height - Self.edge))
    }

    /// Running text is never cut: it is set smaller (to 80 %, never below
    /// the theme's minimum, e.g. 16 pt for large print) to stay on one line,
    /// and wraps onto more lines when that is not enough.
    private static func fitted(_ text: String, style: TextStyle, width: Double, floor: Double,
                               engine: TextEngine) -> TextLayout {
        var size = style.size
        let smallest = max(style.size * 0.8, floor)
        var layout = engine.layout(RichText(text), style: style, width: width)
        while layout.lineCount > 1, size * 0.95 >= smallest {
            size *= 0.95
            layout = engine.layout(RichText(text), style: style.with { $0.size = size }, width: width)
        }
        return layout
    }

    func draw(page: Int, of pages: Int, in canvas: CairoContext) {
        let left = margins.left
        let right = pageSize.width - margins.right
        if let headerLeft {
            let ruleY = margins.top - theme.smallSize * 1.6 + headerExtra
            let textHeight = max(headerLeft.height, headerRight?.height ?? 0)
            var textTop = ruleY - 4 - textHeight
            var textLeft = left
            if let logo {
                let logoTop = ruleY - 4 - logoHeight
                canvas.paint(logo, x: left, y: logoTop, height: logoHeight)
                textTop = logoTop + (logoHeight - textHeight) / 2
                textLeft += logoWidth + 8
            }
            headerLeft.draw(in: canvas, x: textLeft, y: textTop)
            headerRight?.draw(in: canvas, x: right - contentWidth * 0.38, y: textTop)
            canvas.strokeLine(x1: left, y1: ruleY, x2: right, y2: ruleY, width: 0.5, color: theme.ruleColor)
        }
        let ruleY = pageSize.height - margins.bottom + theme.smallSize * 1.6 - footerExtra
        canvas.strokeLine(x1: left, y1: ruleY, x2: right, y2: ruleY, width: 0.5, color: theme.ruleColor)
        let textTop = ruleY + 5
        footerLeft.draw(in: canvas, x: left, y: textTop)
        footerCenter?.draw(in: canvas, x: left + sideWidth + 6, y: textTop)
        let label = engine.layout(footer.pageLabel(page: page, of: pages),
                                  style: labelStyle.with { $0.alignment = .trailing }, width: sideWidth)
        label.draw(in: canvas, x: right - sideWidth, y: textTop)
    }
}
