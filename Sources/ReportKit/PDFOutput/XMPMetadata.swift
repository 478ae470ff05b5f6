/// The document's XMP metadata: its title, language, author, subject, keywords and
/// dates as the Info dictionary gives them, and the PDF/UA identification.
///
/// PDF/UA asks for a metadata stream in the catalog with the title in `dc:title`, and
/// for the file to say in it which part of PDF/UA it follows (`pdfuaid:part`); cairo
/// 1.16 writes only the Info dictionary. The packet becomes one new object, written
/// just before the cross-reference table once every other patch is done, with its own
/// entry in the table; the catalog points at it (`CatalogEntries`). Nothing is
/// compressed, so a checker or a person can read it, and it repeats only what the Info
/// dictionary already says.
enum XMPMetadata {
    private static let trailerSize = Array("trailer\n<< /Size ".utf8)

    /// The number the packet's object will take: the next free one, which is the size of
    /// cairo's cross-reference table.
    static func objectNumber(in pdf: [UInt8]) throws -> Int {
        try CrossReferences.entries(in: pdf, table: try CrossReferences.start(in: pdf).table).count
    }

    /// The XMP packet, in UTF-8. `date` is the normalised creation date
    /// ("2026-03-02T00:00:00Z").
    static func packet(for metadata: DocumentMetadata, date: String) -> [UInt8] {
        var lines = [
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">",
            "<pdfuaid:part>1</pdfuaid:part>",
            "</rdf:Description>",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">",
            "<dc:format>application/pdf</dc:format>",
        ]
        if let title = present(metadata.title) {
            lines.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(title))</rdf:li></rdf:Alt></dc:title>")
        }
        if let author = present(metadata.author) {
            lines.append("<dc:creator><rdf:Seq><rdf:li>\(escaped(author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if let subject = present(metadata.subject) {
            lines.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        if let language = present(metadata.language) {
            lines.append("<dc:language><rdf:Bag><rdf:li>\(escaped(language))</rdf:li></rdf:Bag></dc:language>")
        }
        lines += ["</rdf:Description>",
                  "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">",
                  "<xmp:CreateDate>\(escaped(date))</xmp:CreateDate>",
                  "<xmp:ModifyDate>\(escaped(date))</xmp:ModifyDate>"]
        if let creator = present(metadata.creator) {
            lines.append("<xmp:CreatorTool>\(escaped(creator))</xmp:CreatorTool>")
        }
        lines.append("</rdf:Description>")
        if let keywords = present(metadata.keywords) {
            lines += ["<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">",
                      "<pdf:Keywords>\(escaped(keywords))</pdf:Keywords>",
                      "</rdf:Description>"]
        }
        lines += ["</rdf:RDF>", "</x:xmpmeta>", "<?xpacket end=\"r\"?>"]
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// `pdf` with `packet` added as object `number`, just before the cross-reference
    /// table, which gains the object's entry; the trailer's size and `startxref` follow.
    /// Refuses a table or trailer not in the shape cairo writes, or a number that is not
    /// the next free one.
    static func append(_ packet: [UInt8], as number: Int, to pdf: [UInt8]) throws -> [UInt8] {
        let start = try CrossReferences.start(in: pdf)
        let (first, count) = try CrossReferences.entries(in: pdf, table: start.table)
        guard count == number else { throw PDFPatch.failure("the metadata object is not the next free number") }
        let entriesEnd = first + 20 * count
        let sizeLine = trailerSize + Array("\(count)\n".utf8)
        guard entriesEnd + sizeLine.count <= start.keyword,
              pdf[entriesEnd..<(entriesEnd + sizeLine.count)].elementsEqual(sizeLine)
        else { throw PDFPatch.failure("unexpected trailer") }
        let object = Array("\(number) 0 obj\n<< /Type /Metadata\n   /Subtype /XML\n   /Length \(packet.count)\n>>\nstream\n".utf8)
            + packet + Array("\nendstream\nendobj\n".utf8)
        let offset = String(start.table)
        let entry = String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n \n"
        var output: [UInt8] = []
        output.reserveCapacity(pdf.count + object.count + 64)
        output += pdf[..<start.table]
        output += object
        output += Array("xref\n0 \(count + 1)\n".utf8)
        output += pdf[first..<entriesEnd]
        output += Array(entry.utf8)
        output += trailerSize + Array("\(count + 1)\n".utf8)
        output += pdf[(entriesEnd + sizeLine.count)..<start.number.lowerBound]
        output += Array(String(start.table + object.count).utf8)
        output += pdf[start.number.upperBound...]
        return output
    }

    private static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// Text as XML character data or an attribute value.
    private static func escaped(_ text: String) -> String {
        // Most text has nothing to escape: no markup character, no control, and no EF
        // byte (U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<")
            || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == 0xEF }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // Characters XML 1.0 does not allow (controls other than tab and line breaks).
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += " "
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
