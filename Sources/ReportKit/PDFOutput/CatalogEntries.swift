/// The document language (`/Lang`), "show the title, not the file name,
/// in the window bar" (`/DisplayDocTitle`) and the XMP metadata stream
/// (`/Metadata`, written by `XMPMetadata`) in the PDF catalog.
///
/// Cairo 1.16 has no API for any of them, yet screen readers pick their voice
/// from `/Lang` and PDF/UA asks for all three, so `PDFPatch` adds them to the
/// catalog cairo wrote.
enum CatalogEntries {
    private static let marker = Array("<< /Type /Catalog\n".utf8)

    static func insertions(for metadata: DocumentMetadata, metadataObject: Int, in pdf: [UInt8]) throws -> [PDFPatch.Insertion] {
        var lines = ["   /Metadata \(metadataObject) 0 R"]
        if let title = metadata.title, !title.isEmpty {
            lines.append("   /ViewerPreferences << /DisplayDocTitle true >>")
        }
        if let language = metadata.language, !language.isEmpty {
            guard isLanguageTag(language) else { throw ReportKitError.invalidLanguage(language) }
            lines.append("   /Lang (\(language))")
        }
        // The catalog is among the last objects cairo writes: look there first.
        let tail = max(0, pdf.count - 16_384)
        var positions = PDFPatch.occurrences(of: marker, in: Array(pdf[tail...])).map { $0 + tail }
        if positions.isEmpty { positions = PDFPatch.occurrences(of: marker, in: pdf) }
        guard positions.count == 1, let position = positions.first else {
            throw PDFPatch.failure("found \(positions.count) catalogs")
        }
        return [PDFPatch.Insertion(at: position + marker.count, bytes: Array((lines.joined(separator: "\n") + "\n").utf8))]
    }

    /// A BCP 47 tag such as "en-GB", "cy" or "zh-Hant-TW": letters and digits
    /// in hyphen-separated subtags of 1–8, first subtag letters only.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
