/// Where each object of a finished cairo PDF starts, read from its classic
/// cross-reference table, so finding an object is a lookup rather than a search of
/// the whole file (a plan's patching looked for "N 0 obj" from the first byte a dozen
/// times). An offset that does not land on "N 0 obj" is refused, as is any table not
/// in the shape cairo writes.
struct CrossReferences {
    private static let startKeyword = Array("startxref\n".utf8)
    private static let header = Array("xref\n0 ".utf8)

    /// Where "startxref" starts, where the table's offset is written after it, and the offset.
    struct Start {
        var keyword: Int
        var number: Range<Int>
        var table: Int
    }

    /// The table's offset, from the last "startxref" in the file's last kilobyte.
    static func start(in pdf: [UInt8]) throws -> Start {
        let tail = max(0, pdf.count - 1024)..<pdf.count
        var from = tail.lowerBound
        var last: Int?
        while let found = PDFPatch.firstOccurrence(of: startKeyword, in: pdf, within: from..<pdf.count) {
            last = found
            from = found + startKeyword.count
        }
        guard let keyword = last else { throw PDFPatch.failure("no startxref") }
        let numberStart = keyword + startKeyword.count
        guard let numberEnd = pdf[numberStart...].firstIndex(of: 0x0A),
              let table = Int(String(decoding: pdf[numberStart..<numberEnd], as: UTF8.self))
        else { throw PDFPatch.failure("unreadable startxref") }
        return Start(keyword: keyword, number: numberStart..<numberEnd, table: table)
    }

    /// Where the table's 20-byte entries start and how many there are: "xref\n0 <count>\n".
    static func entries(in pdf: [UInt8], table: Int) throws -> (first: Int, count: Int) {
        guard table >= 0, table + header.count < pdf.count, Array(pdf[table..<(table + header.count)]) == header,
              let countEnd = pdf[(table + header.count)...].firstIndex(of: 0x0A),
              let count = Int(String(decoding: pdf[(table + header.count)..<countEnd], as: UTF8.self)),
              countEnd + 1 + 20 * count <= pdf.count
        else { throw PDFPatch.failure("unexpected cross-reference table") }
        return (countEnd + 1, count)
    }

    /// Offsets by object number; nil for a free entry.
    private let offsets: [Int?]

    init(pdf: [UInt8]) throws {
        let (first, count) = try Self.entries(in: pdf, table: try Self.start(in: pdf).table)
        var offsets: [Int?] = []
        offsets.reserveCapacity(count)
        for index in 0..<count {
            let entry = first + 20 * index
            guard pdf[entry + 17] == UInt8(ascii: "n") else { offsets.append(nil); continue }
            guard let offset = Self.number(in: pdf, entry..<(entry + 10)) else {
                throw PDFPatch.failure("unreadable cross-reference entry \(index)")
            }
            offsets.append(offset)
        }
        self.offsets = offsets
    }

    /// The decimal number written in `range`, read digit by digit: a table has hundreds of
    /// entries, and making each a `String` for `Int(_:)` cost about 700 instructions. Any
    /// byte but a digit (a sign, a space) is left to `Int(_:)`, which decides as before.
    static func number(in pdf: [UInt8], _ range: Range<Int>) -> Int? {
        let asInt = { (bytes: ArraySlice<UInt8>) in Int(String(decoding: bytes, as: UTF8.self)) }
        guard !range.isEmpty, range.count <= 18, range.lowerBound >= 0, range.upperBound <= pdf.count else { return asInt(pdf[range]) }
        return pdf.withUnsafeBufferPointer { bytes in
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return asInt(pdf[range]) }
                value = value &* 10 &+ Int(digit)
            }
            return value
        }
    }

    /// The byte offset of object `number`'s "N 0 obj" line.
    func object(_ number: Int, in pdf: [UInt8]) throws -> Int {
        guard number >= 0, number < offsets.count, let offset = offsets[number] else {
            throw PDFPatch.failure("object \(number) not found")
        }
        let line = Array("\(number) 0 obj\n".utf8)
        guard offset + line.count <= pdf.count, pdf[offset..<(offset + line.count)].elementsEqual(line),
              offset == 0 || pdf[offset - 1] == 0x0A
        else { throw PDFPatch.failure("cross-reference entry \(number) does not point at its object") }
        return offset
    }
}
