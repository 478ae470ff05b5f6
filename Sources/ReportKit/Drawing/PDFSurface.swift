import CCairo

/// Collects the bytes cairo streams out (a PDF, a PNG), in memory it owns and frees.
///
/// Cairo calls the write callback for every piece it prints (tens of thousands of
/// pieces of a few bytes for a few pages of uncompressed content), so the callback only
/// copies: it reaches a plain buffer through a pointer, with none of the bookkeeping a
/// Swift array or a class property brings to each call. The common case, a short piece
/// that fits, is inlined into the callback and copied with two word-sized moves; a call
/// to the library's `memcpy` cost more than the few bytes it copies.
final class CairoByteSink {
    struct Buffer {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int

        @inline(__always)
        mutating func append(_ data: UnsafePointer<UInt8>, _ length: Int) {
            let end = count &+ length
            guard length <= 16, end <= capacity else { return appendLong(data, length) }
            let source = UnsafeRawPointer(data)
            let target = UnsafeMutableRawPointer(base + count)
            // Two copies that may overlap cover any length from 4 to 16 exactly.
            if length >= 8 {
                target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
                target.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self),
                                  toByteOffset: length - 8, as: UInt64.self)
            } else if length >= 4 {
                target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
                target.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self),
                                  toByteOffset: length - 4, as: UInt32.self)
            } else {
                for index in 0..<length { base[count &+ index] = data[index] }
            }
            count = end
        }

        /// A piece longer than 16 bytes, or one that needs more room.
        @inline(never)
        mutating func appendLong(_ data: UnsafePointer<UInt8>, _ length: Int) {
            if count + length > capacity {
                let grown = max(capacity * 2, count + length)
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                larger.update(from: base, count: count)
                base.deallocate()
                base = larger
                capacity = grown
            }
            (base + count).update(from: data, count: length)
            count += length
        }
    }

    let buffer: UnsafeMutablePointer<Buffer>

    init() {
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: Buffer(base: .allocate(capacity: 64 * 1024), count: 0, capacity: 64 * 1024))
    }

    deinit {
        buffer.pointee.base.deallocate()
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }

    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: buffer.pointee.base, count: buffer.pointee.count))
    }

    /// The callback cairo writes through, given `closure`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        closure.assumingMemoryBound(to: Buffer.self).pointee.append(data, Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { UnsafeMutableRawPointer(buffer) }
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
