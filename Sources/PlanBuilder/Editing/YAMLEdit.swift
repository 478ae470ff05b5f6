/// Changes to a case file's text that touch only what changes: a value replaced where it
/// stands, a missing key added under its parent with the parent's indentation, a list
/// item appended or removed. Every other byte (comments, order, quoting, blank lines)
/// stays as written, so a form submitted without changes gives the file back byte for
/// byte. Each change re-reads the text, so positions are never stale.
public struct YAMLEdit: Sendable {
    public private(set) var bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// The text cannot be read as YAML, so it is left to the text editor.
        case unreadable
        /// Something at the path is not the kind of value the form expected (a list
        /// where one value was expected); the text editor can change it.
        case unexpectedShape(String)

        public var description: String {
            switch self {
            case .unreadable: return "The case file cannot be read as YAML, so the form cannot change it; fix it in the text editor first."
            case .unexpectedShape(let path): return "\(path) is not written the way the form expects; change it in the text editor."
            }
        }
    }

    private func spans() throws(Refusal) -> YAMLSpans {
        guard let spans = YAMLSpans(bytes) else { throw .unreadable }
        return spans
    }

    private mutating func replace(_ span: YAMLSpans.Span, with text: String) {
        bytes.replaceSubrange(span.start..<span.end, with: Array(text.utf8))
    }

    /// Sets one value (`text` already written as YAML, see `ScalarText`); nil or empty
    /// removes the key. Nothing happens when the value is already `text`.
    public mutating func set(_ path: [String], to text: String?) throws(Refusal) {
        let spans = try spans()
        let current = spans.node(at: path)
        guard let text, !text.isEmpty else {
            if current != nil { try remove(path) }
            return
        }
        switch current {
        case .scalar(_, let style, let span)?:
            let written = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
            // A value written in double quotes stays in double quotes, so a JSON case
            // file stays JSON.
            let text = style == .doubleQuoted && !text.hasPrefix("\"") ? YAMLValueText.quoted(text) : text
            if written != text { replace(span, with: text) }
        case .mapping?, .sequence?:
            // A list the form writes as one flow value (`[a, b]`) replaces the list.
            if text.hasPrefix("[") {
                let span = current!.span
                if String(decoding: bytes[span.start..<span.end], as: UTF8.self) != text { try replaceBlock(path, span: span, with: text, spans: spans) }
            } else {
                throw .unexpectedShape(path.joined(separator: "."))
            }
        case nil:
            try insert(path, lines: [text], spans: spans)
        }
    }

    /// A block list replaced by a flow one starts on the key's line, not the next.
    private mutating func replaceBlock(_ path: [String], span: YAMLSpans.Span, with text: String, spans: YAMLSpans) throws(Refusal) {
        guard case .mapping(let entries, _, _)? = spans.node(at: Array(path.dropLast())),
              let entry = entries.first(where: { $0.key == path.last }) else { throw .unexpectedShape(path.joined(separator: ".")) }
        let from = entry.keySpan.end + 1
        let to = blockEnd(of: entry.value, spans: spans)
        var replacement = " " + text
        if to > 0, bytes[to - 1] == UInt8(ascii: "\n") { replacement += "\n" }
        bytes.replaceSubrange(from..<to, with: Array(replacement.utf8))
    }

    /// Where a block value's text ends: after the line of its last character.
    private func blockEnd(of node: YAMLSpans.Node, spans: YAMLSpans) -> Int {
        switch node {
        case .mapping(let entries, false, _):
            guard let last = entries.last else { return node.span.end }
            return blockEnd(of: last.value, spans: spans)
        case .sequence(let items, false, _):
            guard let last = items.last else { return node.span.end }
            return blockEnd(of: last, spans: spans)
        case .scalar(_, .literal, let span), .scalar(_, .folded, let span):
            return span.end
        default:
            return spans.nextLineStart(after: max(node.span.start, node.span.end - 1))
        }
    }

    /// Removes a key and its value, or a list item, with the lines they stand on.
    public mutating func remove(_ path: [String]) throws(Refusal) {
        let spans = try spans()
        guard let last = path.last else { return }
        let parent = spans.node(at: Array(path.dropLast()))
        switch parent {
        case .mapping(let entries, false, _)?:
            guard let entry = entries.first(where: { $0.key == last }) else { return }
            let start = spans.lineStart(of: entry.keySpan.start)
            guard String(decoding: bytes[start..<entry.keySpan.start], as: UTF8.self).allSatisfy({ $0 == " " }) else {
                throw .unexpectedShape(path.joined(separator: "."))
            }
            bytes.removeSubrange(start..<blockEnd(of: entry.value, spans: spans))
        case .sequence(let items, false, _)?:
            guard let index = Int(last), items.indices.contains(index) else { return }
            if items.count == 1 {
                try set(Array(path.dropLast()), to: "[]")
                return
            }
            let start = spans.lineStart(of: items[index].span.start)
            bytes.removeSubrange(start..<blockEnd(of: items[index], spans: spans))
        default:
            throw .unexpectedShape(path.joined(separator: "."))
        }
    }

    /// Appends a mapping to the list at `path` (creating the list when missing), with
    /// `fields` in the order given, each value already written as YAML; one field with
    /// an empty key appends a plain item (`- text`).
    public mutating func append(_ path: [String], fields: [(key: String, value: String)]) throws(Refusal) {
        guard !fields.isEmpty else { return }
        let spans = try spans()
        switch spans.node(at: path) {
        case .sequence(let items, false, _)? where !items.isEmpty:
            let indent = spans.column(of: spans.lineStart(of: items[0].span.start) == items[0].span.start ? items[0].span.start : items[0].span.start - 2)
            let at = blockEnd(of: items.last!, spans: spans)
            let pad = String(repeating: " ", count: indent)
            var lines = ""
            for (offset, field) in fields.enumerated() {
                lines += pad + (offset == 0 ? "- " : "  ") + Self.entry(field) + "\n"
            }
            bytes.insert(contentsOf: Array(lines.utf8), at: at)
        case .sequence(let items, true, _)? where items.isEmpty:
            try remove(path)
            try append(path, fields: fields)
        case nil, .scalar(_, _, _)?:
            if spans.node(at: path) != nil { try remove(path) }
            let item = fields.enumerated().map { ($0.offset == 0 ? "- " : "  ") + Self.entry($0.element) }
            try insert(path, lines: item, spans: try self.spans(), asBlock: true)
        default:
            throw .unexpectedShape(path.joined(separator: "."))
        }
    }

    /// `key: value`, or the value alone for a list of plain items (an empty key).
    private static func entry(_ field: (key: String, value: String)) -> String {
        field.key.isEmpty ? field.value : "\(field.key): \(field.value)"
    }

    /// Adds `path`'s last key with `lines` as its value under the nearest parent that
    /// exists, creating the mappings in between, indented as the parent's keys are.
    private mutating func insert(_ path: [String], lines: [String], spans: YAMLSpans, asBlock: Bool = false) throws(Refusal) {
        var existing = path.count - 1
        while existing > 0, spans.node(at: Array(path.prefix(existing))) == nil { existing -= 1 }
        let parentPath = Array(path.prefix(existing))
        let missing = Array(path.dropFirst(existing))
        let parent = parentPath.isEmpty ? spans.root : spans.node(at: parentPath)
        let indent: Int
        let at: Int
        switch parent {
        case .mapping(let entries, false, _)? where !entries.isEmpty:
            indent = spans.column(of: entries[0].keySpan.start)
            at = blockEnd(of: entries.last!.value, spans: spans)
        case nil where parentPath.isEmpty:
            indent = 0
            at = bytes.count
        default:
            throw .unexpectedShape((parentPath.isEmpty ? ["(the file)"] : parentPath).joined(separator: "."))
        }
        var text = ""
        if at > 0, bytes[at - 1] != UInt8(ascii: "\n") { text += "\n" }
        for (depth, key) in missing.enumerated() {
            let pad = String(repeating: " ", count: indent + 2 * depth)
            if depth == missing.count - 1 {
                if asBlock || lines.count > 1 {
                    text += pad + key + ":\n"
                    for line in lines { text += pad + "  " + line + "\n" }
                } else {
                    text += pad + key + ": " + lines[0] + "\n"
                }
            } else {
                text += pad + key + ":\n"
            }
        }
        bytes.insert(contentsOf: Array(text.utf8), at: at)
    }
}
