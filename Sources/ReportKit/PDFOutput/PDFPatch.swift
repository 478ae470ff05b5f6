import CCairo
#if canImport(Glibc)
import Glibc
#endif
/// Adds entries to dictionaries of a finished cairo PDF, for what cairo 1.16
/// has no API for (figure alternative text, the document language, showing
/// the title in the window bar, table header scope, link descriptions), and
/// replaces page content streams that mark artifacts.
///
/// Cairo writes the structure tree and the catalog uncompressed, one entry
/// per line, with a classic cross-reference table, so an entry can be added
/// as a new line and the byte offsets after it shifted. The input is checked
/// against exactly the shape cairo writes; anything else is an error rather
/// than a silently incomplete file.
enum PDFPatch {
    /// New bytes at `at`, replacing the `removing` bytes found there (none
    /// for a plain insertion).
    struct Insertion {
        var at: Int
        var bytes: [UInt8]
        var removing = 0
    }

    /// Applies `insertions` and fixes the cross-reference table. Replaced
    /// ranges must not overlap.
    static func apply(_ insertions: [Insertion], to pdf: [UInt8]) throws -> [UInt8] {
        guard !insertions.isEmpty else { return pdf }
        let sorted = insertions.sorted { $0.at < $1.at }
        var output: [UInt8] = []
        output.reserveCapacity(pdf.count + sorted.reduce(0) { $0 + $1.bytes.count })
        var cursor = 0
        for insertion in sorted {
            guard insertion.at >= cursor, insertion.at + insertion.removing <= pdf.count else {
                throw PDFPatch.failure("overlapping edits")
            }
            output += pdf[cursor..<insertion.at]
            output += insertion.bytes
            cursor = insertion.at + insertion.removing
        }
        output += pdf[cursor...]
        try shiftCrossReferences(in: &output, edits: sorted)
        return output
    }

    /// Rewrites the cross-reference table and `startxref` for the changed bytes.
    private static func shiftCrossReferences(in output: inout [UInt8], edits: [Insertion]) throws {
        // An object starting at an insertion point moves after the inserted
        // bytes; a replaced range always lies inside an object. `edits` are
        // sorted by position: the growth of every edit before an offset is a
        // running sum, found by binary search for each of hundreds of entries.
        var growthBefore = [0]
        growthBefore.reserveCapacity(edits.count + 1)
        for edit in edits { growthBefore.append(growthBefore[growthBefore.count - 1] + edit.bytes.count - edit.removing) }
        func shifted(_ offset: Int) -> Int {
            var low = 0, high = edits.count
            while low < high {
                let middle = (low + high) / 2
                if edits[middle].at < offset { low = middle + 1 } else { high = middle }
            }
            var growth = growthBefore[low]
            while low < edits.count, edits[low].at == offset {
                if edits[low].removing == 0 { growth += edits[low].bytes.count }
                low += 1
            }
            return offset + growth
        }
        let start = try CrossReferences.start(in: output)
        let table = shifted(start.table)
        let (first, count) = try CrossReferences.entries(in: output, table: table)
        for index in 0..<count {
            let entry = first + 20 * index
            guard output[entry + 17] == UInt8(ascii: "n") else { continue }
            guard let offset = CrossReferences.number(in: output, entry..<(entry + 10)) else {
                throw PDFPatch.failure("unreadable cross-reference entry \(index)")
            }
            writeDigits(of: shifted(offset), into: &output, at: entry)
        }
        output.replaceSubrange(start.number, with: Array(String(table).utf8))
    }

    /// The ten zero-padded digits of an entry's offset, written over the old ones; an
    /// offset of more digits (a file of 10 GB) is spliced in whole, as before.
    private static func writeDigits(of value: Int, into output: inout [UInt8], at entry: Int) {
        guard value >= 0, value < 10_000_000_000 else {
            output.replaceSubrange(entry..<(entry + 10), with: Array(padded(value, width: 10).utf8))
            return
        }
        var rest = value
        for position in stride(from: entry + 9, through: entry, by: -1) {
            output[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// A PDF text string in UTF-16BE hex with a byte-order mark: safe for any
    /// script and needing no escaping.
    static func textString(_ text: String) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = Array("<FEFF".utf8)
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { result.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        result.append(UInt8(ascii: ">"))
        return result
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        var result: [Int] = []
        var from = 0
        while let found = firstOccurrence(of: needle, in: haystack, within: from..<haystack.count) {
            result.append(found)
            from = found + needle.count
        }
        return result
    }

    /// The first place `needle` starts within `range` of `haystack` (the whole of it
    /// by default), without copying either. glibc's `memmem` skips ahead on the whole
    /// needle: most needles here start with a newline or a space, which a PDF is full of,
    /// so looking for their first byte and comparing the rest was a tenth of a patch.
    static func firstOccurrence(of needle: [UInt8], in haystack: [UInt8], within range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<haystack.count
        guard !needle.isEmpty, range.lowerBound >= 0, range.upperBound <= haystack.count,
              range.count >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress,
                      let found = memmem(base + range.lowerBound, range.count, pinBase, pin.count) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
        }
    }

    static func failure(_ detail: String) -> ReportKitError {
        .cairo(operation: "completing the PDF's accessibility entries", status: detail)
    }
}
