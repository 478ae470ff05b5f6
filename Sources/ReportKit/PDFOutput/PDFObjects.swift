/// Finds objects in a finished cairo PDF by the exact layout cairo writes
/// ("N 0 obj" at the start of a line, one dictionary entry per line).
enum PDFObjects {
    /// Where a page's content stream data and its `/Length` digits are, and whether cairo
    /// compressed it (it does unless told otherwise, see `PageContentCompression`).
    struct Stream {
        var data: Range<Int>
        var lengthDigits: Range<Int>
        var compressed: Bool
        /// Where the stream's dictionary closes (">>" before "stream").
        var dictionaryEnd: Int
    }

    /// The number in "`key` N 0 R" after `start`, before the end of the dictionary.
    static func reference(_ key: String, in pdf: [UInt8], after start: Int) throws -> Int {
        let needle = Array((key + " ").utf8)
        let limit = min(pdf.count, start + 4096)
        guard let found = PDFPatch.firstOccurrence(of: needle, in: pdf, within: start..<limit) else {
            throw PDFPatch.failure("no \(key) in object")
        }
        var index = found + needle.count
        var digits = ""
        while index < pdf.count, pdf[index] >= 48, pdf[index] <= 57 {
            digits.append(Character(UnicodeScalar(pdf[index])))
            index += 1
        }
        guard let number = Int(digits) else { throw PDFPatch.failure("unreadable \(key)") }
        return number
    }

    static func pageContentStream(in pdf: [UInt8], page: Int, objects: CrossReferences) throws -> Stream {
        let contents = try reference("/Contents", in: pdf, after: page)
        let object = try objects.object(contents, in: pdf)
        let lengthObject = try reference("/Length", in: pdf, after: object)
        let keyword = Array(">>\nstream\n".utf8)
        guard let found = PDFPatch.firstOccurrence(of: keyword, in: pdf, within: object..<min(pdf.count, object + 512))
        else { throw PDFPatch.failure("content stream \(contents) has no data") }
        let dataStart = found + keyword.count
        let digits = try lengthDigits(of: lengthObject, in: pdf, objects: objects)
        guard let length = Int(String(decoding: pdf[digits], as: UTF8.self)),
              dataStart + length <= pdf.count
        else { throw PDFPatch.failure("unreadable length of stream \(contents)") }
        let filter = PDFPatch.firstOccurrence(of: Array("\n   /Filter /FlateDecode\n".utf8), in: pdf, within: object..<found + 1)
        return Stream(data: dataStart..<(dataStart + length), lengthDigits: digits,
                      compressed: filter != nil, dictionaryEnd: found)
    }

    /// Where the digits of a stream's length object are: "M 0 obj\n   <digits>\nendobj".
    static func lengthDigits(of lengthObject: Int, in pdf: [UInt8], objects: CrossReferences) throws -> Range<Int> {
        var index = try objects.object(lengthObject, in: pdf)
        while index < pdf.count, pdf[index] != 10 { index += 1 }
        while index < pdf.count, pdf[index] == 10 || pdf[index] == 32 { index += 1 }
        let digitsStart = index
        while index < pdf.count, pdf[index] >= 48, pdf[index] <= 57 { index += 1 }
        guard index > digitsStart else { throw PDFPatch.failure("unreadable length object \(lengthObject)") }
        return digitsStart..<index
    }
}
