/// `/Alt` entries for the Figure structure elements of a finished cairo PDF.
///
/// Cairo 1.16 accepts attributes only for links and destinations; for
/// structure tags such as "Figure" it ignores them, so a chart would reach a
/// screen reader with nothing to say. Cairo writes the structure tree
/// uncompressed and depth-first, that is in the order the tags were opened,
/// so the n-th Figure element belongs to the n-th chart drawn; `PDFPatch`
/// inserts the entries.
enum FigureAltText {
    private static let marker = Array("/S /Figure\n".utf8)

    /// One insertion per Figure element, right after its `/S /Figure` line.
    static func insertions(_ altTexts: [String], in pdf: [UInt8], outside: OutsideStreams) throws -> [PDFPatch.Insertion] {
        guard !altTexts.isEmpty else { return [] }
        let positions = outside.occurrences(of: marker, in: pdf)
        guard positions.count == altTexts.count else {
            throw PDFPatch.failure("found \(positions.count) figure elements for \(altTexts.count) charts")
        }
        return zip(positions, altTexts).map { position, text in
            PDFPatch.Insertion(at: position + marker.count,
                               bytes: Array("   /Alt ".utf8) + PDFPatch.textString(text) + [0x0A])
        }
    }
}
