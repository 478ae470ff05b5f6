/// One operator of a PDF content stream with the byte range it spans,
/// operands included.
struct ContentOperator {
    var name: OperatorName
    /// Start of the first operand (or of the operator when it has none).
    var start: Int
    /// Just past the operator.
    var end: Int
}

/// Splits a content stream into operators, skipping over strings, hex
/// strings, names, arrays and dictionaries so that a ")" or "EMC" inside
/// text never counts as an operator. Enough of the PDF lexer for what cairo
/// writes, including inline images in case a future cairo emits them.
enum ContentOperators {
    static func parse(_ bytes: [UInt8]) throws -> [ContentOperator] {
        try bytes.withUnsafeBufferPointer { try parse($0) }
    }

    /// The operators of `content`, with offsets from its start. Read through a pointer and
    /// a table of byte classes: a plan's pages are tens of thousands of tokens, most of
    /// them one kerned glyph, "(a)-12", and checking array bounds and comparing each byte
    /// with every delimiter cost about 20 instructions a byte.
    static func parse(_ content: UnsafeBufferPointer<UInt8>) throws -> [ContentOperator] {
        guard let bytes = content.baseAddress else { return [] }
        let trueName: OperatorName = "true", falseName: OperatorName = "false", nullName: OperatorName = "null"
        let beginImage: OperatorName = "BI", endImage: OperatorName = "EI"
        return try byteClasses.withUnsafeBufferPointer { classes in
            var result: [ContentOperator] = []
            result.reserveCapacity(content.count / 16)
            var index = 0
            var operandStart: Int?
            let count = content.count
            while index < count {
                let byte = bytes[index]
                let kind = classes[Int(byte)]
                if kind == white { index += 1; continue }
                if byte == UInt8(ascii: "%") {
                    while index < count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
                    continue
                }
                let tokenStart = index
                if kind == regular {
                    index += 1
                    while index < count, classes[Int(bytes[index])] == regular { index += 1 }
                    // Numbers are most of a content stream's tokens: they are operands, known
                    // by their first byte, and never made into names.
                    let isNumber = (byte >= 48 && byte <= 57) || byte == 43 || byte == 45 || byte == 46
                    if !isNumber {
                        let token = OperatorName(UnsafeBufferPointer(start: bytes + tokenStart, count: index - tokenStart))
                        if token != trueName && token != falseName && token != nullName {
                            if token == beginImage {
                                index = try skipInlineImage(content, from: index)
                                result.append(ContentOperator(name: endImage, start: operandStart ?? tokenStart, end: index))
                            } else {
                                result.append(ContentOperator(name: token, start: operandStart ?? tokenStart, end: index))
                            }
                            operandStart = nil
                            continue
                        }
                    }
                    if operandStart == nil { operandStart = tokenStart }
                    continue
                }
                switch byte {
                case UInt8(ascii: "("):
                    index = pastString(bytes, from: index, count: count)
                case UInt8(ascii: "["):
                    index = pastKernedText(bytes, from: index + 1, count: count, classes: classes)
                case UInt8(ascii: "<"):
                    if index + 1 < count, bytes[index + 1] == UInt8(ascii: "<") {
                        index += 2
                    } else {
                        while index < count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                        index += 1
                    }
                case UInt8(ascii: ">"):
                    index += index + 1 < count && bytes[index + 1] == UInt8(ascii: ">") ? 2 : 1
                case UInt8(ascii: "/"):
                    index += 1
                    while index < count, classes[Int(bytes[index])] == regular { index += 1 }
                default:  // ] { }
                    index += 1
                }
                if operandStart == nil { operandStart = tokenStart }
            }
            guard operandStart == nil else { throw PDFPatch.failure("content stream ends with operands") }
            return result
        }
    }

    /// Past the literal string that starts at `start` ("(", nested parentheses, escapes).
    @inline(__always)
    private static func pastString(_ bytes: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        var depth = 0
        while index < count {
            let current = bytes[index]
            if current == UInt8(ascii: "\\") { index += 2; continue }
            if current == UInt8(ascii: "(") { depth += 1 }
            if current == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return index + 1 } }
            index += 1
        }
        return index
    }

    /// Inside an array from `start`, past the strings, numbers and white space that make up
    /// kerned text ("[(W)30(eek)]"), and past its "]"; at the first other byte (a name, a
    /// hex string) it stops, and the main loop lexes on from there. Everything skipped is an
    /// operand either way: this only spares the main loop a round for each glyph.
    @inline(__always)
    private static func pastKernedText(_ bytes: UnsafePointer<UInt8>, from start: Int, count: Int,
                                       classes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "("):
                index = pastString(bytes, from: index, count: count)
            case UInt8(ascii: "]"):
                return index + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                index += 1
                while index < count, classes[Int(bytes[index])] == regular { index += 1 }
            default:
                guard classes[Int(byte)] == white else { return index }
                index += 1
            }
        }
        return index
    }

    private static let regular: UInt8 = 0
    private static let white: UInt8 = 1
    private static let delimiter: UInt8 = 2

    /// PDF's byte classes: white space (NUL, tab, line feed, form feed, carriage return,
    /// space), delimiters, and the regular bytes that make up names, numbers and operators.
    private static let byteClasses: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case 0, 9, 10, 12, 13, 32: white
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): delimiter
        default: regular
        }
    }

    /// Past the "EI" that ends an inline image's data.
    private static func skipInlineImage(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws -> Int {
        var index = start
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "E"), bytes[index + 1] == UInt8(ascii: "I"),
               [9, 10, 13, 32].contains(bytes[index - 1]), [9, 10, 13, 32].contains(bytes[index + 2]) {
                return index + 2
            }
            index += 1
        }
        throw PDFPatch.failure("inline image without EI")
    }
}

/// An operator's name packed into a number: a plan's pages hold tens of thousands of
/// operators, and making each name a `String` to compare it with "BDC" or "EMC" was a
/// third of the artifact pass. Names of up to seven bytes are exact (PDF's own are at
/// most three); a longer token keeps its first seven and is never equal to a real one.
struct OperatorName: Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    private let packed: UInt64

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        var packed: UInt64 = 0
        var count: UInt64 = 0
        for byte in bytes {
            if count < 7 { packed |= UInt64(byte) << (8 * count) }
            count += 1
        }
        self.packed = packed | min(count, 255) << 56
    }

    init(stringLiteral value: StaticString) {
        self.init(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    var description: String {
        let count = Int(min(packed >> 56, 7))
        return String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: packed >> (8 * UInt64($0))) }, as: UTF8.self)
    }
}
