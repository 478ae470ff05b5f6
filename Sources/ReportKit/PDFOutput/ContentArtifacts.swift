/// Marks everything on a page that is not tagged content as an artifact.
///
/// Cairo 1.16 writes a marked-content sequence only for the innermost
/// (leaf) structure element being drawn; everything else it draws — running
/// headers and footers, rules, table and callout fills, a repeated table
/// header — stands bare in the content stream, which PDF/UA forbids: each
/// piece of content is either real content in the structure tree or an
/// artifact. ReportKit tags all real content, so whatever is left outside a
/// marked-content sequence is decoration: each such stretch is wrapped in
/// `/Artifact BMC … EMC`, never splitting a text object. Page content
/// streams are rewritten and compressed; cairo leaves them uncompressed when the process
/// asked it to (`PageContentCompression`), and otherwise they are inflated first.
enum ContentArtifacts {
    private static let pageMarker = Array("<< /Type /Page %".utf8)
    private static let mcid = Array("/MCID".utf8)

    /// The rewritten page contents, where each page's content data starts (for
    /// `UncompressedStreams`, which leaves those to this), and where each page's dictionary
    /// starts (for `StructureEntries`, which need not look again).
    static func insertions(in pdf: [UInt8], objects: CrossReferences, outside: OutsideStreams)
        throws -> (insertions: [PDFPatch.Insertion], pageContent: Set<Int>, pages: [Int]) {
        var result: [PDFPatch.Insertion] = []
        var pageContent = Set<Int>()
        let pages = outside.occurrences(of: pageMarker, in: pdf)
        for page in pages {
            let stream = try PDFObjects.pageContentStream(in: pdf, page: page, objects: objects)
            pageContent.insert(stream.data.lowerBound)
            let marked: [UInt8]
            if stream.compressed {
                marked = try wrapArtifacts(try Deflate.inflate(pdf[stream.data]))
            } else {
                marked = try pdf.withUnsafeBufferPointer { whole in
                    try wrapArtifacts(UnsafeBufferPointer(rebasing: whole[stream.data]))
                }
            }
            let compressed = try Deflate.deflate(marked, level: .fastest)
            if !stream.compressed {
                result.append(PDFPatch.Insertion(at: stream.dictionaryEnd, bytes: Array("   /Filter /FlateDecode\n".utf8), removing: 0))
            }
            result.append(PDFPatch.Insertion(at: stream.data.lowerBound, bytes: compressed, removing: stream.data.count))
            result.append(PDFPatch.Insertion(at: stream.lengthDigits.lowerBound, bytes: Array(String(compressed.count).utf8),
                                             removing: stream.lengthDigits.count))
        }
        return (result, pageContent, pages)
    }

    /// The content stream with every stretch outside marked content wrapped
    /// as an artifact.
    static func wrapArtifacts(_ content: [UInt8]) throws -> [UInt8] {
        try content.withUnsafeBufferPointer { try wrapArtifacts($0) }
    }

    /// The same, reading the content where it lies (in the PDF cairo wrote).
    static func wrapArtifacts(_ content: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        let operators = try ContentOperators.parse(content)
        let beginMarked: OperatorName = "BDC", beginMarkedPlain: OperatorName = "BMC", endMarked: OperatorName = "EMC"
        let beginText: OperatorName = "BT", endText: OperatorName = "ET"
        var output: [UInt8] = []
        output.reserveCapacity(content.count + 1024)
        var cursor = 0
        var depth = 0
        var inText = false
        var open = false
        var lastEnd = 0
        func emit(upTo position: Int) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: content[cursor..<position]))
            cursor = position
        }
        for op in operators {
            let beginsMarked = op.name == beginMarked || op.name == beginMarkedPlain
            if depth == 0 && !inText {
                if beginsMarked && open {
                    emit(upTo: lastEnd)
                    output.append(contentsOf: artifactEnd)
                    open = false
                } else if !beginsMarked && !open {
                    emit(upTo: op.start)
                    output.append(contentsOf: artifactStart)
                    open = true
                }
            }
            if beginsMarked && open && !PDFPatch.occurrences(of: mcid, in: Array(content[op.start..<op.end])).isEmpty {
                throw PDFPatch.failure("tagged content inside an untagged text object")
            }
            if beginsMarked {
                depth += 1
            } else if op.name == endMarked {
                depth -= 1
                guard depth >= 0 else { throw PDFPatch.failure("unbalanced EMC in a page") }
            } else if op.name == beginText {
                inText = true
            } else if op.name == endText {
                inText = false
            }
            lastEnd = op.end
        }
        guard depth == 0, !inText else { throw PDFPatch.failure("unbalanced marked content in a page") }
        emit(upTo: open ? lastEnd : content.count)
        if open { output.append(contentsOf: artifactEnd) }
        emit(upTo: content.count)
        return output
    }

    private static let artifactStart = Array("/Artifact BMC\n".utf8)
    private static let artifactEnd = Array("\nEMC".utf8)
}
