/// `/Lang` on the structure elements of a part in another language (the English half
/// of a Welsh-then-English document), which cairo 1.16 cannot write. PDF/UA asks for
/// every change of language to be marked so that a screen reader changes voice; the
/// catalogue's `/Lang` covers the rest.
///
/// Cairo writes the Document element's children (`/K [ 4 0 R 5 0 R … ]`) in the order
/// they were opened, which is the order `TagRecord.topLevelLanguages` records; the
/// patch refuses a PDF whose count differs rather than mark the wrong elements.
enum LanguageSpans {
    private static let documentElement = Array("/S /Document\n".utf8)
    private static let kids = Array("/K [".utf8)
    private static let structElement = Array(" 0 obj\n<< /Type /StructElem\n".utf8)

    static func insertions(for record: TagRecord, in pdf: [UInt8], outside: OutsideStreams) throws -> [PDFPatch.Insertion] {
        guard record.topLevelLanguages.contains(where: { $0 != nil }) else { return [] }
        guard let document = PDFPatch.firstOccurrence(of: documentElement, in: pdf),
              let list = PDFPatch.firstOccurrence(of: kids, in: pdf, within: document..<min(pdf.count, document + 200))
        else { throw PDFPatch.failure("no Document structure element with children") }
        var index = list + kids.count
        var objects: [Int] = []
        var number = 0, digits = 0, field = 0
        while index < pdf.count, pdf[index] != UInt8(ascii: "]") {
            let byte = pdf[index]
            if (0x30...0x39).contains(byte) {
                number = number * 10 + Int(byte - 0x30)
                digits += 1
            } else if digits > 0 {
                // "4 0 R": the object number is every third field.
                if field % 3 == 0 { objects.append(number) }
                field += 1
                number = 0
                digits = 0
            } else if byte == UInt8(ascii: "R") {
                field += 1
            }
            index += 1
        }
        guard objects.count == record.topLevelLanguages.count else {
            throw PDFPatch.failure("found \(objects.count) elements under Document for \(record.topLevelLanguages.count) drawn")
        }
        let starts = Dictionary(outside.occurrences(of: structElement, in: pdf).map { (objectNumber(endingAt: $0, in: pdf), $0) }) { first, _ in first }
        var result: [PDFPatch.Insertion] = []
        for (object, language) in zip(objects, record.topLevelLanguages) {
            guard let language else { continue }
            guard CatalogEntries.isLanguageTag(language) else { throw ReportKitError.invalidLanguage(language) }
            guard let start = starts[object] else { throw PDFPatch.failure("structure element \(object) not found") }
            result.append(PDFPatch.Insertion(at: start + structElement.count, bytes: Array("   /Lang (\(language))\n".utf8)))
        }
        return result
    }

    /// The object number written just before `position` ("12" in "\n12 0 obj").
    private static func objectNumber(endingAt position: Int, in pdf: [UInt8]) -> Int {
        var start = position
        while start > 0, (0x30...0x39).contains(pdf[start - 1]) { start -= 1 }
        return pdf[start..<position].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
