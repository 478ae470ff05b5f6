/// The structure tree of a PDF ReportKit wrote, read back from the
/// uncompressed objects cairo writes ("N 0 obj" lines, one entry per line),
/// so tests and `TaggedPDFAudit` can check what a screen reader will walk.
struct StructureTree {
    struct Element {
        var number: Int
        var type: String
        var parent: Int
        /// Child elements, in order.
        var children: [Int] = []
        /// Marked-content ids drawn directly in this element.
        var contentCount = 0
        /// Link annotations this element owns.
        var annotations: [Int] = []
        var scope: String?
        var actualText: String?
        var alt: String?
    }

    private(set) var elements: [Int: Element] = [:]
    /// Elements under the root, in order.
    private(set) var roots: [Int] = []

    init(pdf: [UInt8]) throws {
        let marker = Array("<< /Type /StructElem\n".utf8)
        var references: [Int: [Int]] = [:]
        for position in PDFPatch.occurrences(of: marker, in: pdf) {
            let number = try Self.objectNumber(before: position, in: pdf)
            guard let end = PDFPatch.occurrences(of: Array(">>\nendobj".utf8), in: Array(pdf[position..<min(pdf.count, position + 65_536)])).first
            else { throw PDFPatch.failure("unterminated structure element \(number)") }
            let body = String(decoding: pdf[position..<(position + end)], as: UTF8.self)
            var element = Element(number: number, type: Self.name("/S", in: body) ?? "", parent: Self.firstNumber("/P ", in: body) ?? 0)
            element.scope = Self.name("/Scope", in: body)
            element.actualText = Self.textString("/ActualText ", in: body)
            element.alt = Self.textString("/Alt ", in: body)
            if let kRange = body.range(of: "   /K ") {
                var value = String(body[kRange.upperBound...])
                if value.hasPrefix("[") {
                    value = String(value[..<(value.firstIndex(of: "]") ?? value.endIndex)].dropFirst())
                } else {
                    value = String(value.prefix { $0 != "\n" })
                }
                var refs: [Int] = []
                // "N 0 R" are references; "<< /Type /MCR … /MCID n >>" and bare integers are content.
                let tokens = value.replacingOccurrences(of: "<<", with: " << ").replacingOccurrences(of: ">>", with: " >> ")
                    .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
                var index = 0
                while index < tokens.count {
                    if tokens[index] == "<<" {
                        while index < tokens.count, tokens[index] != ">>" { index += 1 }
                        element.contentCount += 1
                    } else if index + 2 < tokens.count, tokens[index + 2] == "R", let ref = Int(tokens[index]) {
                        refs.append(ref)
                        index += 2
                    } else if Int(tokens[index]) != nil {
                        element.contentCount += 1
                    }
                    index += 1
                }
                references[number] = refs
            }
            elements[number] = element
        }
        for (number, refs) in references {
            for ref in refs {
                if elements[ref] != nil { elements[number]?.children.append(ref) } else { elements[number]?.annotations.append(ref) }
            }
        }
        let rootMarker = Array("<< /Type /StructTreeRoot\n".utf8)
        guard let root = PDFPatch.occurrences(of: rootMarker, in: pdf).first else { return }
        let rootBody = String(decoding: pdf[root..<min(pdf.count, root + 4096)], as: UTF8.self)
        if let k = rootBody.range(of: "/K [") {
            let list = rootBody[k.upperBound...].prefix { $0 != "]" }
            let numbers = list.split(separator: " ").compactMap { Int($0) }
            roots = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        }
    }

    /// Elements of `type`, depth-first in reading order.
    func all(_ type: String) -> [Element] {
        var result: [Element] = []
        func walk(_ number: Int) {
            guard let element = elements[number] else { return }
            if element.type == type { result.append(element) }
            element.children.forEach(walk)
        }
        roots.forEach(walk)
        return result
    }

    /// The types of an element's children.
    func childTypes(_ element: Element) -> [String] {
        element.children.compactMap { elements[$0]?.type }
    }

    private static func objectNumber(before position: Int, in pdf: [UInt8]) throws -> Int {
        var start = position - 1
        while start > 0, pdf[start - 1] != 0x0A { start -= 1 }
        let line = String(decoding: pdf[start..<position], as: UTF8.self)
        guard let number = Int(line.split(separator: " ").first ?? "") else { throw PDFPatch.failure("unreadable object line") }
        return number
    }

    private static func name(_ key: String, in body: String) -> String? {
        guard let range = body.range(of: key + " /") else { return nil }
        return String(body[range.upperBound...].prefix { !" \n/>".contains($0) })
    }

    private static func firstNumber(_ key: String, in body: String) -> Int? {
        guard let range = body.range(of: key) else { return nil }
        return Int(body[range.upperBound...].prefix { $0.isNumber })
    }

    /// A `<FEFF…>` text string as `PDFPatch.textString` writes it.
    static func textString(_ key: String, in body: String) -> String? {
        guard let range = body.range(of: key + "<FEFF") else { return nil }
        let hex = Array(body[range.upperBound...].prefix { $0 != ">" })
        var units: [UInt16] = []
        var index = 0
        while index + 4 <= hex.count {
            guard let unit = UInt16(String(hex[index..<(index + 4)]), radix: 16) else { return nil }
            units.append(unit)
            index += 4
        }
        return String(decoding: units, as: UTF16.self)
    }
}
