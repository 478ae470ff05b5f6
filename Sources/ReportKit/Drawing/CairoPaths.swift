import Foundation
import CCairo

/// A point in page coordinates (points, origin top-left).
struct Point: Equatable {
    var x: Double
    var y: Double
}

/// Path drawing for charts and images, kept on `CairoContext` so the cairo
/// pointer never leaves the class that owns it.
extension CairoContext {
    /// Runs `body` with the coordinate system moved to (`x`, `y`) and turned
    /// by `angle` radians, then restores it (used for vertical axis titles).
    func transformed(x: Double, y: Double, angle: Double = 0, scale: Double = 1, _ body: () -> Void) {
        cairo_save(handle)
        cairo_translate(handle, x, y)
        if angle != 0 { cairo_rotate(handle, angle) }
        if scale != 1 { cairo_scale(handle, scale, scale) }
        body()
        cairo_restore(handle)
    }

    /// An open path through `points`; `dash` lengths alternate on and off.
    func strokePolyline(_ points: [Point], width: Double, color: RGBColor, dash: [Double] = []) {
        guard let first = points.first, points.count > 1 else { return }
        cairo_save(handle)
        setColor(color)
        cairo_set_line_width(handle, width)
        cairo_set_line_join(handle, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(handle, dash.isEmpty ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        if !dash.isEmpty { cairo_set_dash(handle, dash, Int32(dash.count), 0) }
        cairo_move_to(handle, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(handle, point.x, point.y) }
        cairo_stroke(handle)
        cairo_restore(handle)
    }

    /// A filled closed polygon with an optional outline of the given colour.
    func fillPolygon(_ points: [Point], color: RGBColor, outline: RGBColor? = nil, outlineWidth: Double = 0.8) {
        guard let first = points.first, points.count > 2 else { return }
        cairo_move_to(handle, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(handle, point.x, point.y) }
        cairo_close_path(handle)
        fillCurrentPath(color: color, outline: outline, outlineWidth: outlineWidth)
    }

    /// A filled circle with an optional outline.
    func fillCircle(center: Point, radius: Double, color: RGBColor, outline: RGBColor? = nil,
                    outlineWidth: Double = 0.8) {
        cairo_new_sub_path(handle)
        cairo_arc(handle, center.x, center.y, radius, 0, 2 * Double.pi)
        fillCurrentPath(color: color, outline: outline, outlineWidth: outlineWidth)
    }

    private func fillCurrentPath(color: RGBColor, outline: RGBColor?, outlineWidth: Double) {
        setColor(color)
        if let outline {
            cairo_fill_preserve(handle)
            setColor(outline)
            cairo_set_line_width(handle, outlineWidth)
            cairo_stroke(handle)
        } else {
            cairo_fill(handle)
        }
    }

    /// Paints `image` with its top-left corner at (`x`, `y`), scaled to `height` points.
    func paint(_ image: ImageSurface, x: Double, y: Double, height: Double) {
        let scale = height / Double(image.height)
        cairo_save(handle)
        cairo_translate(handle, x, y)
        cairo_scale(handle, scale, scale)
        cairo_set_source_surface(handle, image.handle, 0, 0)
        // Smooth downscaling: logos are usually supplied larger than drawn.
        cairo_pattern_set_filter(cairo_get_source(handle), CAIRO_FILTER_GOOD)
        cairo_paint(handle)
        cairo_restore(handle)
    }
}
