import Foundation
import CCairo

/// A cairo surface (PDF or image) a `CairoContext` can draw on.
protocol CairoSurface: AnyObject {
    var handle: OpaquePointer { get }
}

/// Owns a cairo drawing context on a PDF or image surface and offers the few
/// drawing operations the flowables need. Flowables draw through this class
/// so that no raw cairo pointer leaks into layout code.
final class CairoContext {
    let handle: OpaquePointer
    /// Keeps the surface alive for as long as the context draws on it.
    private let surface: CairoSurface
    /// Alternative texts of the figures drawn so far, in drawing order:
    /// cairo 1.16 ignores attributes on structure tags, so the PDF renderer
    /// writes them into the structure tree afterwards (`FigureAltText`).
    private(set) var figureAltTexts: [String] = []
    /// Header-cell scopes, span texts and link texts, for `StructureEntries`.
    private(set) var record = TagRecord()
    /// The language of what is drawn now, when it differs from the document's.
    var language: String?
    /// How many structure elements are open.
    private var openTags = 0

    init(surface: CairoSurface) throws {
        guard let cr = cairo_create(surface.handle) else {
            throw ReportKitError.cairo(operation: "creating a drawing context", status: "out of memory")
        }
        self.handle = cr
        self.surface = surface
        try check("creating a drawing context")
    }

    deinit {
        cairo_destroy(handle)
    }

    func check(_ operation: String) throws {
        let status = cairo_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            throw ReportKitError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }

    func setColor(_ color: RGBColor) {
        cairo_set_source_rgb(handle, color.r, color.g, color.b)
    }

    func fillRect(x: Double, y: Double, width: Double, height: Double, color: RGBColor) {
        guard width > 0, height > 0 else { return }
        setColor(color)
        cairo_rectangle(handle, x, y, width, height)
        cairo_fill(handle)
    }

    /// A straight line; horizontal and vertical lines are snapped so hairlines stay crisp.
    func strokeLine(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, color: RGBColor) {
        setColor(color)
        cairo_set_line_width(handle, width)
        cairo_set_line_cap(handle, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(handle, x1, y1)
        cairo_line_to(handle, x2, y2)
        cairo_stroke(handle)
    }

    /// Opens a structure tag (tagged PDF) such as "P", "H1", "Table".
    func beginTag(_ name: String, attributes: String = "") {
        opening()
        cairo_tag_begin(handle, name, attributes)
    }

    func endTag(_ name: String) {
        openTags -= 1
        cairo_tag_end(handle, name)
    }

    /// Records the language of each element opened directly under the Document element
    /// (its descendants inherit it).
    private func opening() {
        if openTags == 1 { record.topLevelLanguages.append(language) }
        openTags += 1
    }

    /// Opens a Figure structure element described by `altText`.
    func beginFigure(altText: String) {
        figureAltTexts.append(altText)
        opening()
        cairo_tag_begin(handle, "Figure", "")
    }

    /// Opens a TH cell heading its column or its row.
    func beginHeaderCell(scope: TagRecord.Scope) {
        record.headerScopes.append(scope)
        opening()
        cairo_tag_begin(handle, "TH", "")
    }

    /// Opens a Span; its marks say what a screen reader says instead of the
    /// glyphs (a tick box read as "Yes") and the language it reads them in.
    func beginSpan(_ marks: SpanMarks = SpanMarks()) {
        record.spans.append(marks)
        opening()
        cairo_tag_begin(handle, "Span", "")
    }

    /// Runs `body` inside a structure tag.
    func tagged(_ name: String, _ body: () -> Void) {
        beginTag(name)
        body()
        endTag(name)
    }

    /// Opens a link: content drawn until `endLink` belongs to a `Link`
    /// structure element, clickable over `rects`; `text` is the link's whole
    /// visible text, the description its annotation gets.
    func beginLink(uri: String, text: String, rects: [LinkRect]) {
        if record.linkTexts[uri] == nil { record.linkTexts[uri] = text }
        let escaped = uri.replacingEvery("\\", with: "\\\\").replacingEvery("'", with: "\\'")
        let numbers = rects.map {
            "\(formatNumber($0.x)) \(formatNumber($0.y)) \(formatNumber($0.width)) \(formatNumber($0.height))"
        }
        opening()
        cairo_tag_begin(handle, CAIRO_TAG_LINK, "uri='\(escaped)' rect=[\(numbers.joined(separator: " "))]")
    }

    func endLink() {
        openTags -= 1
        cairo_tag_end(handle, CAIRO_TAG_LINK)
    }

    func showPage() {
        cairo_show_page(handle)
    }
}

/// A rectangle in page coordinates (points, origin top-left).
struct LinkRect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}
