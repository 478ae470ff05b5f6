import Foundation
import CCairo

/// Owns a cairo image surface: a raster page for PNG output, or a PNG file
/// (a service logo) read from disk.
final class ImageSurface: CairoSurface {
    let handle: OpaquePointer

    /// A blank raster of the given pixel size (RGB unless told otherwise).
    init(format: cairo_format_t = CAIRO_FORMAT_RGB24, width: Int, height: Int) throws {
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else {
            throw ReportKitError.cairo(operation: "creating an image surface", status: "out of memory")
        }
        handle = surface
        try check("creating an image surface")
    }

    /// Reads a PNG file. A missing or malformed file is a typed error naming
    /// the path, because a broken logo should stop a branded document rather
    /// than quietly print without it.
    init(pngFile path: String) throws {
        guard let surface = cairo_image_surface_create_from_png(path) else {
            throw ReportKitError.unreadableLogo(path: path, reason: "out of memory")
        }
        handle = surface
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            let reason = status == CAIRO_STATUS_FILE_NOT_FOUND
                ? "file not found" : String(cString: cairo_status_to_string(status))
            throw ReportKitError.unreadableLogo(path: path, reason: reason)
        }
        guard width > 0, height > 0 else { throw ReportKitError.unreadableLogo(path: path, reason: "empty image") }
    }

    deinit {
        cairo_surface_destroy(handle)
    }

    var width: Int { Int(cairo_image_surface_get_width(handle)) }
    var height: Int { Int(cairo_image_surface_get_height(handle)) }

    func check(_ operation: String) throws {
        let status = cairo_surface_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            throw ReportKitError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }

    /// The surface encoded as PNG.
    func pngData() throws -> [UInt8] {
        cairo_surface_flush(handle)
        let sink = CairoByteSink()
        let status = cairo_surface_write_to_png_stream(handle, CairoByteSink.write, sink.closure)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ReportKitError.cairo(operation: "encoding a PNG", status: String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }

    /// Luminance (0 black … 255 white) of every pixel, row by row.
    func grayscalePixels() -> [UInt8] {
        cairo_surface_flush(handle)
        guard let data = cairo_image_surface_get_data(handle) else { return [] }
        let stride = Int(cairo_image_surface_get_stride(handle))
        let format = cairo_image_surface_get_format(handle)
        var pixels: [UInt8] = []
        pixels.reserveCapacity(width * height)
        for row in 0..<height {
            let line = data + row * stride
            for column in 0..<width {
                if format == CAIRO_FORMAT_A8 {
                    pixels.append(line[column])
                } else {
                    // Native-endian 0xAARRGGBB words.
                    let word = UnsafeRawPointer(line + column * 4).loadUnaligned(as: UInt32.self)
                    let (r, g, b) = (Double((word >> 16) & 0xFF), Double((word >> 8) & 0xFF), Double(word & 0xFF))
                    pixels.append(UInt8((0.299 * r + 0.587 * g + 0.114 * b).rounded()))
                }
            }
        }
        return pixels
    }
}

extension ImageSurface {
    /// An 8-bit grayscale raster (cairo writes A8 surfaces as grayscale PNGs),
    /// used for small golden images.
    convenience init(grayscale pixels: [UInt8], width: Int, height: Int) throws {
        try self.init(format: CAIRO_FORMAT_A8, width: width, height: height)
        cairo_surface_flush(handle)
        guard let data = cairo_image_surface_get_data(handle), pixels.count == width * height else {
            throw ReportKitError.cairo(operation: "creating a grayscale image", status: "size mismatch")
        }
        let stride = Int(cairo_image_surface_get_stride(handle))
        for row in 0..<height {
            for column in 0..<width {
                data[row * stride + column] = pixels[row * width + column]
            }
        }
        cairo_surface_mark_dirty(handle)
    }
}
