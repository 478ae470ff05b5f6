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

    static func deflate(_ data: [UInt8]) throws -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &length, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw PDFPatch.failure("compressing a stream failed (zlib \(status))") }
        output.removeSubrange(Int(length)...)
        return output
    }
}
