#if canImport(Glibc)
import Glibc
#endif

/// The stretches of a finished cairo PDF outside its stream data, where every dictionary
/// the patches look for lies (pages, structure elements, link annotations, stream
/// dictionaries), so each search skips the page content and font data that are most of
/// the file. Searching the whole file once per marker cost 0.1–0.17M instructions a pass,
/// five passes a render.
///
/// A stream is skipped only when it is in exactly the shape cairo writes: a dictionary
/// opening "<< /Length N" (the length direct, or "N 0 R" found through the
/// cross-reference table), ">>\nstream\n" soon after, and "endstream" right after the
/// data its length covers. Anything else is searched as before, so a stream in another
/// shape is searched through rather than missed.
struct OutsideStreams {
    private static let lengthKey = Array("<< /Length ".utf8)
    private static let dataKeyword = Array(">>\nstream\n".utf8)
    private static let endKeyword = Array("endstream".utf8)

    /// Ranges of the file outside stream data, in order.
    let ranges: [Range<Int>]

    /// The whole file as one stretch: the general path, for a file not read for streams.
    init(wholeOf pdf: [UInt8]) {
        ranges = [0..<pdf.count]
    }

    init(pdf: [UInt8], objects: CrossReferences) {
        var ranges: [Range<Int>] = []
        var stretchStart = 0
        var from = 0
        while let key = PDFPatch.firstOccurrence(of: Self.lengthKey, in: pdf, within: from..<pdf.count) {
            from = key + Self.lengthKey.count
            guard let data = Self.streamData(in: pdf, lengthAt: from, objects: objects) else { continue }
            ranges.append(stretchStart..<data.lowerBound)
            stretchStart = data.upperBound
            from = data.upperBound
        }
        ranges.append(stretchStart..<pdf.count)
        self.ranges = ranges
    }

    /// Where `needle` starts in the file outside stream data, in order: what
    /// `PDFPatch.occurrences` finds in the whole file, less any found inside stream data.
    func occurrences(of needle: [UInt8], in pdf: [UInt8]) -> [Int] {
        var result: [Int] = []
        for range in ranges {
            var from = range.lowerBound
            while let found = PDFPatch.firstOccurrence(of: needle, in: pdf, within: from..<range.upperBound) {
                result.append(found)
                from = found + needle.count
            }
        }
        return result
    }

    /// The data of the stream whose "<< /Length " ends at `index`, or nil when the stream
    /// is not in cairo's shape.
    private static func streamData(in pdf: [UInt8], lengthAt index: Int, objects: CrossReferences) -> Range<Int>? {
        var end = index
        while end < pdf.count, pdf[end] >= 0x30, pdf[end] <= 0x39 { end += 1 }
        guard end > index, end - index <= 12, let number = CrossReferences.number(in: pdf, index..<end) else { return nil }
        let reference = Array(" 0 R\n".utf8)
        var length = number
        if end + reference.count <= pdf.count, pdf[end..<(end + reference.count)].elementsEqual(reference) {
            guard let digits = try? PDFObjects.lengthDigits(of: number, in: pdf, objects: objects),
                  digits.count <= 12, let direct = CrossReferences.number(in: pdf, digits) else { return nil }
            length = direct
        } else {
            guard end < pdf.count, pdf[end] == 0x0A else { return nil }
        }
        guard let keyword = PDFPatch.firstOccurrence(of: dataKeyword, in: pdf, within: end..<min(pdf.count, end + 512))
        else { return nil }
        let start = keyword + dataKeyword.count
        let stop = start + length
        // Cairo ends the data with a newline, or none when the data ends in one.
        for gap in 0...1 where stop + gap + endKeyword.count <= pdf.count
            && pdf[(stop + gap)..<(stop + gap + endKeyword.count)].elementsEqual(endKeyword) {
            return start..<stop
        }
        return nil
    }
}
