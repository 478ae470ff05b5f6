import CCairo

/// Collects the bytes cairo streams out (a PDF, a PNG), in memory it owns and frees.
///
/// Cairo calls the write callback for every piece it prints (tens of thousands of
/// pieces of a few bytes for a few pages of uncompressed content), so the callback only
/// copies, and it is the shim's C function `vr_byte_sink_write` on a plain struct this
/// class owns: the same work in a Swift closure cost twice the instructions a piece (a
/// frame, the optional checks and a C-convention thunk around it).
final class CairoByteSink {
    private let sink: UnsafeMutablePointer<vr_byte_sink>

    init() {
        let capacity = 64 * 1024
        sink = .allocate(capacity: 1)
        sink.initialize(to: vr_byte_sink(base: malloc(capacity).assumingMemoryBound(to: UInt8.self), count: 0,
                                         capacity: capacity))
    }

    deinit {
        free(sink.pointee.base)
        sink.deinitialize(count: 1)
        sink.deallocate()
    }

    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: sink.pointee.base, count: sink.pointee.count))
    }

    /// The callback cairo writes through, given `closure`.
    static let write: cairo_write_func_t = vr_byte_sink_write

    var closure: UnsafeMutableRawPointer { UnsafeMutableRawPointer(sink) }
}

/// Owns a cairo PDF surface that writes into memory.
///
/// Writing to memory rather than a file keeps rendering free of I/O, so the
/// caller decides how to write atomically (temporary file + rename).
final class PDFSurface: CairoSurface {
    let handle: OpaquePointer
    private let sink: CairoByteSink

    init(pageSize: PageSize) throws {
        let sink = CairoByteSink()
        // The surface writes until it is destroyed (in deinit, before the sink goes).
        guard let surface = cairo_pdf_surface_create_for_stream(
            CairoByteSink.write, sink.closure, pageSize.width, pageSize.height)
        else {
            throw ReportKitError.cairo(operation: "creating the PDF surface", status: "out of memory")
        }
        self.handle = surface
        self.sink = sink
        try check("creating the PDF surface")
    }

    deinit {
        cairo_surface_destroy(handle)
    }

    /// Throws if cairo has recorded an error on the surface.
    func check(_ operation: String) throws {
        let status = cairo_surface_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            throw ReportKitError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }

    func setMetadata(_ metadata: DocumentMetadata, normalizedDate: String) {
        let items: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            // Fixed dates are what make two renders byte-identical.
            (CAIRO_PDF_METADATA_CREATE_DATE, normalizedDate),
            (CAIRO_PDF_METADATA_MOD_DATE, normalizedDate),
        ]
        for (key, value) in items {
            if let value, !value.isEmpty {
                cairo_pdf_surface_set_metadata(handle, key, value)
            }
        }
    }

    /// Adds a bookmark pointing at a position on a page (1-based) and
    /// returns its id, to be used as the parent of deeper bookmarks.
    func addOutline(parent: Int32, title: String, page: Int, x: Double, y: Double) -> Int32 {
        let target = "page=\(page) pos=[\(formatNumber(x)) \(formatNumber(y))]"
        return cairo_pdf_surface_add_outline(handle, parent, title, target, CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    /// Finishes the document and hands back the complete file.
    func finish() throws -> [UInt8] {
        cairo_surface_finish(handle)
        try check("finishing the PDF")
        return sink.bytes
    }
}

/// Fixed-precision number formatting for cairo attribute strings, so output
/// never depends on locale or floating-point printing quirks.
func formatNumber(_ value: Double) -> String {
    let scaled = (value * 100).rounded() / 100
    if scaled == scaled.rounded() { return String(Int(scaled)) }
    return String(scaled)
}
