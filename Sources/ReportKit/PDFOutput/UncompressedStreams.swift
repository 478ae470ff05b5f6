/// Compresses the streams other than page content that cairo wrote uncompressed (its
/// ToUnicode maps, when `PageContentCompression` asked it to leave content alone), so
/// the file is the one cairo would have written: the same bytes, the same size.
///
/// Only a stream whose dictionary is exactly cairo's "<< /Length N 0 R >>" is touched;
/// cairo writes no such stream when it compresses, so without the switch this finds
/// nothing.
enum UncompressedStreams {
    private static let bareDictionary = Array(" 0 obj\n<< /Length ".utf8)
    private static let dictionaryEnd = Array(" 0 R\n>>\nstream\n".utf8)

    /// `pageContent`: where page content data starts; `ContentArtifacts` rewrites those.
    static func insertions(in pdf: [UInt8], objects: CrossReferences, outside: OutsideStreams,
                           skipping pageContent: Set<Int>) throws -> [PDFPatch.Insertion] {
        var result: [PDFPatch.Insertion] = []
        for found in outside.occurrences(of: bareDictionary, in: pdf) {
            var index = found + bareDictionary.count
            let digitsStart = index
            while index < pdf.count, pdf[index] >= 48, pdf[index] <= 57 { index += 1 }
            guard index > digitsStart, index + dictionaryEnd.count <= pdf.count,
                  Array(pdf[index..<(index + dictionaryEnd.count)]) == dictionaryEnd,
                  let lengthObject = Int(String(decoding: pdf[digitsStart..<index], as: UTF8.self))
            else { continue }
            let closing = index + 5
            let dataStart = index + dictionaryEnd.count
            guard !pageContent.contains(dataStart) else { continue }
            let length = try PDFObjects.lengthDigits(of: lengthObject, in: pdf, objects: objects)
            guard let count = Int(String(decoding: pdf[length], as: UTF8.self)), dataStart + count <= pdf.count else {
                throw PDFPatch.failure("unreadable length of an uncompressed stream")
            }
            let compressed = try Deflate.deflate(pdf[dataStart..<(dataStart + count)], level: .cairo)
            result.append(PDFPatch.Insertion(at: closing, bytes: Array("   /Filter /FlateDecode\n".utf8), removing: 0))
            result.append(PDFPatch.Insertion(at: dataStart, bytes: compressed, removing: count))
            result.append(PDFPatch.Insertion(at: length.lowerBound, bytes: Array(String(compressed.count).utf8), removing: length.count))
        }
        return result
    }
}
