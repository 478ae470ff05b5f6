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
