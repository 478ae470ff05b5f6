import Foundation
import Yams

/// Reads the fields of one catalogue entry from its YAML mapping, turning every way a
/// field can be wrong into a `CatalogueError` that names the entry and the line.
///
/// Parsing by hand from Yams nodes, rather than through `Decodable`, is what lets the
/// errors carry line numbers and the entry's own code.
struct CatalogueNodeReader {
    let file: String
    /// The entry's code when it has a readable one, else `entry N`.
    let label: String
    let line: Int?
    private let fields: [(key: String, value: Node, line: Int?)]

    /// Wraps the `index`-th (0-based) entry of a catalogue file.
    init(node: Node, index: Int, file: String) throws {
        self.file = file
        line = node.mark?.line
        guard case .mapping(let mapping) = node else {
            throw CatalogueError(file: file, entry: "entry \(index + 1)", line: node.mark?.line,
                                 problem: .entryNotAMapping)
        }
        var fields: [(key: String, value: Node, line: Int?)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw CatalogueError(file: file, entry: "entry \(index + 1)", line: key.mark?.line,
                                     problem: .wrongType(field: "(a key)", expected: "a plain word"))
            }
            fields.append((scalar.string, value, key.mark?.line))
        }
        self.fields = fields
        let code = fields.first { $0.key == "code" }.flatMap { CatalogueNodeReader.plainText($0.value) }
        label = code.flatMap { $0.isEmpty ? nil : $0 } ?? "entry \(index + 1)"
    }

    func error(_ problem: CatalogueError.Problem, line: Int? = nil) -> CatalogueError {
        CatalogueError(file: file, entry: label, line: line ?? self.line, problem: problem)
    }

    /// Rejects any field not in `allowed`, suggesting the nearest one.
    func checkFields(allowed: [String]) throws {
        for field in fields where !allowed.contains(field.key) {
            let suggestion = Suggestions.nearest(to: field.key, among: allowed, limit: 1).first
            throw error(.unknownField(field.key, suggestion: suggestion), line: field.line)
        }
    }

    /// The entry's code, checked to be kebab-case.
    func code() throws -> String {
        let code = try text("code")
        guard CatalogueNodeReader.isKebabCase(code) else { throw error(.invalidCode(code), line: lineOf("code")) }
        return code
    }

    /// A required, non-empty text field, trimmed of surrounding space.
    func text(_ key: String) throws -> String {
        let node = try required(key)
        guard let value = CatalogueNodeReader.plainText(node) else {
            let isNull = CatalogueNodeReader.has(node, .null)
            throw error(isNull ? .emptyField(key) : .wrongType(field: key, expected: "text"), line: lineOf(key))
        }
        let trimmed = CatalogueNodeReader.trimmed(value)
        guard !trimmed.isEmpty else { throw error(.emptyField(key), line: lineOf(key)) }
        return trimmed
    }

    func bool(_ key: String) throws -> Bool {
        let node = try required(key)
        guard case .scalar = node, CatalogueNodeReader.has(node, .bool), let value = CatalogueNodeReader.typedAsBool(node).bool else {
            throw error(.wrongType(field: key, expected: "true or false"), line: lineOf(key))
        }
        return value
    }

    /// An optional whole number; absent or `null` gives nil.
    func optionalInt(_ key: String) throws -> Int? {
        guard let node = value(key) else { return nil }
        if case .scalar = node, CatalogueNodeReader.has(node, .null) { return nil }
        guard case .scalar = node, CatalogueNodeReader.has(node, .int), let value = node.int else {
            throw error(.wrongType(field: key, expected: "a whole number"), line: lineOf(key))
        }
        return value
    }

    /// A list of codes, each checked to be kebab-case and not repeated. A missing field
    /// is an error only when `required`; `[]` is always allowed here.
    func codeList(_ key: String, required isRequired: Bool) throws -> [String] {
        guard let node = value(key) else {
            if isRequired { throw error(.missingField(key)) }
            return []
        }
        guard case .sequence(let sequence) = node else {
            throw error(.wrongType(field: key, expected: "a list of codes, e.g. [fatigue, pain]"), line: lineOf(key))
        }
        var codes: [String] = []
        for item in sequence {
            guard let code = CatalogueNodeReader.plainText(item) else {
                throw error(.wrongType(field: key, expected: "a list of codes, e.g. [fatigue, pain]"),
                            line: item.mark?.line ?? lineOf(key))
            }
            guard CatalogueNodeReader.isKebabCase(code) else { throw error(.invalidCode(code), line: item.mark?.line) }
            guard !codes.contains(code) else { throw error(.repeatedCode(code, field: key), line: item.mark?.line) }
            codes.append(code)
        }
        return codes
    }

    func lineOf(_ key: String) -> Int? {
        fields.first { $0.key == key }?.line ?? line
    }

    private func value(_ key: String) -> Node? {
        fields.first { $0.key == key }?.value
    }

    private func required(_ key: String) throws -> Node {
        guard let node = value(key) else { throw error(.missingField(key)) }
        return node
    }

    /// The text of a scalar that is not null; nil for nulls, lists, mappings and aliases.
    private static func plainText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, !CatalogueNodeReader.has(node, .null) else { return nil }
        return scalar.string
    }

    /// Whether YAML 1.1's default rules give `node` this tag (a plain `6` is an int, `"6"`
    /// text). Catalogue files are composed with the basic resolver, so the rules run here,
    /// only for the fields that ask (`YAML11Typing`); a quoted or explicitly tagged scalar
    /// keeps the tag it was written with.
    static func has(_ node: Node, _ tag: Tag.Name) -> Bool {
        guard case .scalar(let scalar) = node else { return node.tag.rawValue == tag.rawValue }
        guard scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return scalar.tag.rawValue == tag.rawValue }
        let text = scalar.string
        switch tag {
        case .null: return YAML11Typing.isNull(text)
        case .bool: return YAML11Typing.isBool(text)
        case .int: return YAML11Typing.isInt(text)
        default: return Resolver.default.resolveTag(of: node) == tag
        }
    }

    /// A plain scalar tagged as a yes/no, so that Yams' `bool` (which refuses text) reads it.
    static func typedAsBool(_ node: Node) -> Node {
        guard case .scalar(let scalar) = node else { return node }
        return .scalar(Node.Scalar(scalar.string, Tag(.bool, .basic, .default), scalar.style, scalar.mark))
    }

    /// Trims white space (Unicode's White_Space property: the same characters as
    /// Foundation's `.whitespacesAndNewlines`) from both ends, without bridging to NSString.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    static func isKebabCase(_ code: String) -> Bool {
        // Lower-case letters and digits in parts joined by single hyphens: no hyphen
        // first, last or twice in a row. Read as bytes: every catalogue entry has codes.
        var previous = UInt8(ascii: "-")
        for byte in code.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-"): if previous == UInt8(ascii: "-") { return false }
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }
}
