import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the text's UTF-8 holds `byte`: `memchr` over the stored bytes. The rules
    /// ask this of every run of every paragraph before doing anything ("is there an en
    /// dash?", "a NUL?"), and `utf8.contains` walks the view one byte at a time through
    /// the generic sequence, about ten instructions a byte.
    func utf8Contains(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? utf8.contains(byte)
    }
}

extension String {
    /// `self` with every `target` replaced by `replacement`, as Foundation's
    /// `replacingOccurrences(of:with:)` gives it. An ASCII text (a page label, a link's
    /// address) is searched byte by byte; Foundation goes through `NSString` and a
    /// locale-aware search, some 20,000 instructions for a page label, and is still what
    /// any other text gets (there, a match must also end on a whole character).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, utf8.allSatisfy({ $0 < 0x80 }), target.utf8.allSatisfy({ $0 < 0x80 }) else {
            return replacingOccurrences(of: target, with: replacement)
        }
        let text = Array(utf8), needle = Array(target.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == needle[0], index + needle.count <= text.count,
               text[index..<(index + needle.count)].elementsEqual(needle) {
                output += replacement.utf8
                index += needle.count
            } else {
                output.append(text[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
