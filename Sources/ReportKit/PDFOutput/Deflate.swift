import CCairo

/// zlib's inflate and deflate for PDF streams.
///
/// Cairo compresses every page content stream; marking header, footer and
/// decorations as artifacts means reading and rewriting those streams
/// (`ContentArtifacts`). zlib is already linked by cairo itself, and
/// `compress2` at a fixed level is deterministic, so the same document still
/// gives the same bytes.
enum Deflate {
    static func inflate(_ data: ArraySlice<UInt8>) throws -> [UInt8] {
        var capacity = max(data.count * 4, 1024)
        while capacity < 1 << 30 {
            var output = [UInt8](repeating: 0, count: capacity)
            var length = uLongf(capacity)
            let status = output.withUnsafeMutableBufferPointer { out in
                data.withUnsafeBufferPointer { input in
                    uncompress(out.baseAddress, &length, input.baseAddress, uLong(input.count))
                }
            }
            switch status {
            case Z_OK:
                output.removeSubrange(Int(length)...)
                return output
            case Z_BUF_ERROR:
                capacity *= 2
            default:
                throw PDFPatch.failure("corrupt compressed stream (zlib \(status))")
            }
        }
        throw PDFPatch.failure("compressed stream too large")
    }

    /// How hard to compress. Page content streams, which ReportKit rewrites whoever
    /// compressed them, are compressed at zlib's fastest level: against the default it
    /// saves about 3.7M instructions of a 200M `render` for a PDF 3 % larger (96.2 KB
    /// to 99.0 KB for the reference plan, most of which is fonts). A stream cairo would
    /// have compressed itself is compressed at cairo's level, so the document's bytes do
    /// not depend on who compressed it (`PageContentCompression`).
    enum Level {
        case fastest, cairo

        var zlibLevel: Int32 { self == .fastest ? Z_BEST_SPEED : Z_DEFAULT_COMPRESSION }
    }

    static func deflate(_ data: [UInt8], level: Level) throws -> [UInt8] {
        try deflate(data[...], level: level)
    }

    /// The same for part of a larger array (a stream inside a PDF), read where it lies.
    /// The output is written into uninitialised room for zlib's bound, not zeroed first.
    static func deflate(_ data: ArraySlice<UInt8>, level: Level) throws -> [UInt8] {
        let bound = Int(compressBound(uLong(data.count)))
        var status = Z_OK
        let output = data.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: bound) { out, written in
                var length = uLongf(bound)
                status = compress2(out.baseAddress, &length, input.baseAddress, uLong(input.count), level.zlibLevel)
                written = status == Z_OK ? Int(length) : 0
            }
        }
        guard status == Z_OK else { throw PDFPatch.failure("compressing a stream failed (zlib \(status))") }
        return output
    }
}
