/// Checks a finished PDF against the PDF/UA rules ReportKit promises, by
/// reading its structure tree, pages, link annotations and (inflated)
/// content streams. Used by the tests on every rendered example; an empty
/// `problems` list is the pass.
struct TaggedPDFAudit {
    let tree: StructureTree
    private(set) var problems: [String] = []
    /// Artifact sequences found on each page.
    private(set) var artifactsPerPage: [Int] = []
    /// `/Contents` of every link annotation, in file order.
    private(set) var linkDescriptions: [String] = []

    /// Operators that put marks on the page.
    private static let painting: Set<OperatorName> = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s",
                                                "Do", "sh", "EI"]

    init(pdf: [UInt8]) throws {
        tree = try StructureTree(pdf: pdf)
        if tree.roots.isEmpty { problems.append("no structure tree") }
        let pages = PDFPatch.occurrences(of: Array("<< /Type /Page %".utf8), in: pdf)
        let objects = try CrossReferences(pdf: pdf)
        for (index, page) in pages.enumerated() {
            let header = String(decoding: pdf[page..<min(pdf.count, page + 2048)], as: UTF8.self)
            let dictionary = header.prefix { $0 != "\u{0}" }.components(separatedBy: "\nendobj").first ?? ""
            if !dictionary.contains("/Tabs /S") { problems.append("page \(index + 1) lacks /Tabs /S") }
            let stream = try PDFObjects.pageContentStream(in: pdf, page: page, objects: objects)
            try checkContent(try Deflate.inflate(pdf[stream.data]), page: index + 1)
        }
        for annotation in PDFPatch.occurrences(of: Array("   /Subtype /Link\n".utf8), in: pdf) {
            let body = String(decoding: pdf[annotation..<min(pdf.count, annotation + 4096)], as: UTF8.self)
            let text = StructureTree.textString("/Contents ", in: body.components(separatedBy: "endobj")[0]) ?? ""
            if text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("link annotation without /Contents") }
            linkDescriptions.append(text)
        }
        for cell in tree.all("TH") where cell.scope == nil {
            problems.append("TH element \(cell.number) lacks /Scope")
        }
        for table in tree.all("Table") {
            for type in tree.childTypes(table) where !["TR", "Caption", "THead", "TBody", "TFoot"].contains(type) {
                problems.append("Table \(table.number) holds \(type)")
            }
            for row in table.children.compactMap({ tree.elements[$0] }) where row.type == "TR" {
                if tree.childTypes(row).contains(where: { $0 != "TH" && $0 != "TD" }) {
                    problems.append("TR \(row.number) holds something other than cells")
                }
            }
        }
        for element in tree.elements.values where element.contentCount > 0 && !element.children.isEmpty {
            problems.append("\(element.type) \(element.number) mixes content and children")
        }
        for figure in tree.all("Figure") where (figure.alt ?? "").isEmpty {
            problems.append("Figure \(figure.number) lacks /Alt")
        }
        try checkMetadata(pdf, objects: objects)
    }

    /// The catalog's XMP metadata says the file follows PDF/UA-1 and carries the title
    /// the Info dictionary gives.
    private mutating func checkMetadata(_ pdf: [UInt8], objects: CrossReferences) throws {
        func body(of number: Int) throws -> String {
            let start = try objects.object(number, in: pdf)
            return String(decoding: pdf[start..<min(pdf.count, start + 16_384)], as: UTF8.self)
                .components(separatedBy: "\nendobj")[0]
        }
        let tail = String(decoding: pdf[max(0, pdf.count - 1024)...], as: UTF8.self)
        guard let catalogNumber = Self.reference("/Root ", in: tail), let infoNumber = Self.reference("/Info ", in: tail) else {
            problems.append("trailer lacks /Root or /Info")
            return
        }
        guard let number = Self.reference("/Metadata ", in: try body(of: catalogNumber)) else {
            problems.append("catalog lacks /Metadata")
            return
        }
        let packet = try body(of: number)
        if !packet.contains("/Type /Metadata") || !packet.contains("/Subtype /XML") {
            problems.append("/Metadata is not an XML metadata stream")
        }
        if !packet.contains("<pdfuaid:part>1</pdfuaid:part>") {
            problems.append("XMP metadata lacks the PDF/UA identification (pdfuaid:part 1)")
        }
        let opening = "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        let title = packet.range(of: opening).map { String(packet[$0.upperBound...].prefix { $0 != "<" }) }
        let info = try body(of: infoNumber)
        let infoTitle = StructureTree.textString("/Title ", in: info) ?? Self.literalString("/Title (", in: info)
        if title == nil || title?.isEmpty == true { problems.append("XMP metadata lacks dc:title") }
        if let title, let infoTitle, Self.unescaped(title) != infoTitle {
            problems.append("XMP dc:title \"\(title)\" is not the Info title \"\(infoTitle)\"")
        }
    }

    /// XML character data with its five predefined entities undone.
    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The object number of "key N 0 R".
    private static func reference(_ key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        guard text[range.upperBound...].dropFirst(digits.count).hasPrefix(" 0 R") else { return nil }
        return Int(digits)
    }

    /// A literal PDF string "(…)" after `opening` (which includes the parenthesis), with
    /// its backslash escapes undone.
    private static func literalString(_ opening: String, in text: String) -> String? {
        guard let range = text.range(of: opening) else { return nil }
        var result = ""
        var escaping = false
        for character in text[range.upperBound...] {
            if escaping { result.append(character); escaping = false; continue }
            if character == "\\" { escaping = true; continue }
            if character == ")" { return result }
            result.append(character)
        }
        return nil
    }

    /// Every mark on the page lies in tagged content (a sequence with an
    /// MCID) or in an artifact.
    private mutating func checkContent(_ content: [UInt8], page: Int) throws {
        var stack: [Bool] = []  // per open sequence: tagged or artifact
        var artifacts = 0
        var untagged = 0
        for op in try ContentOperators.parse(content) {
            switch op.name {
            case "BDC", "BMC":
                let text = String(decoding: content[op.start..<op.end], as: UTF8.self)
                let isArtifact = text.hasPrefix("/Artifact")
                if isArtifact { artifacts += 1 }
                stack.append(isArtifact || text.contains("/MCID") || (stack.last ?? false))
            case "EMC":
                if stack.popLast() == nil { problems.append("page \(page): unbalanced EMC") }
            default:
                if Self.painting.contains(op.name), !(stack.last ?? false) { untagged += 1 }
            }
        }
        if !stack.isEmpty { problems.append("page \(page): unclosed marked content") }
        if untagged > 0 { problems.append("page \(page): \(untagged) marks neither tagged nor artifacts") }
        artifactsPerPage.append(artifacts)
    }
}
