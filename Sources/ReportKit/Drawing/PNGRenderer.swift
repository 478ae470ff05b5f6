import Foundation

/// Renders a `ReportDocument` to one PNG per page, for previews and tests.
///
/// The layout is the PDF's own (`PreparedDocument`), drawn onto cairo image
/// surfaces instead of a PDF surface, so a preview never disagrees with the
/// document that is sent. Text is measured without hinting, as for the PDF,
/// so line breaks are identical at every resolution.
///
/// Not thread-safe: use one renderer per thread.
public final class PNGRenderer {
    private let engine = TextEngine()

    public init() {}

    /// One PNG file's bytes per page; `resolution` is in pixels per inch.
    public func render(_ document: ReportDocument, resolution: Double = 96) throws -> [[UInt8]] {
        try rasters(document, resolution: resolution).map { try $0.pngData() }
    }

    /// The pages as image surfaces (white background, RGB).
    func rasters(_ document: ReportDocument, resolution: Double) throws -> [ImageSurface] {
        guard resolution.isFinite, resolution >= 1, resolution <= 1200 else {
            throw ReportKitError.invalidResolution(resolution)
        }
        _ = try CreationDate.normalize(document.metadata.creationDate)
        try TextLimits.check(document)
        let prepared = try PreparedDocument(document, engine: engine)
        let scale = resolution / 72
        let width = Int((document.pageSize.width * scale).rounded(.up))
        let height = Int((document.pageSize.height * scale).rounded(.up))
        return try prepared.pages.indices.map { index in
            let surface = try ImageSurface(width: width, height: height)
            let canvas = try CairoContext(surface: surface)
            canvas.fillRect(x: 0, y: 0, width: Double(width), height: Double(height), color: .white)
            canvas.transformed(x: 0, y: 0, scale: scale) {
                prepared.draw(page: index, in: canvas)
            }
            try canvas.check("drawing page \(index + 1) as an image")
            return surface
        }
    }
}
