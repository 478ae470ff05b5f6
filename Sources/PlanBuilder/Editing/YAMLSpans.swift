import CYaml

/// A YAML text with the place of every node in it, in bytes: what a form needs to change
/// one value and leave every other byte of the case file as the case manager wrote it
/// (comments, order, quoting, blank lines). Read from libyaml's events, whose marks give
/// where each node starts and ends.
public struct YAMLSpans: Sendable {
    /// Byte offsets in the UTF-8 text, `end` exclusive.
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var end: Int
    }

    public indirect enum Node: Sendable {
        case scalar(value: String, style: ScalarStyle, span: Span)
        case mapping(entries: [Entry], flow: Bool, span: Span)
        case sequence(items: [Node], flow: Bool, span: Span)

        public var span: Span {
            switch self {
            case .scalar(_, _, let span), .mapping(_, _, let span), .sequence(_, _, let span): return span
            }
        }
    }

    public enum ScalarStyle: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public struct Entry: Sendable {
        public var key: String
        public var keySpan: Span
        public var value: Node
    }

    public let bytes: [UInt8]
    /// Nil for a text with no document (empty, or only comments).
    public let root: Node?

    /// Reads the text; nil when libyaml cannot (a syntax error, an alias): the form then
    /// leaves the text to the editor.
    public init?(_ text: [UInt8]) {
        bytes = text
        // libyaml's marks count characters; the table turns them into byte offsets.
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count + 1)
        for (index, byte) in text.enumerated() where byte & 0xC0 != 0x80 { offsets.append(index) }
        offsets.append(text.count)
        guard let root = Self.parse(text, offsets: offsets) else { return nil }
        self.root = root.node
    }

    /// The node at `path` (`["plan", "start"]`, `["reviews", "0", "hours_worked"]`).
    public func node(at path: [String]) -> Node? {
        var current = root
        for component in path {
            switch current {
            case .mapping(let entries, _, _)?: current = entries.first { $0.key == component }?.value
            case .sequence(let items, _, _)?:
                guard let index = Int(component), items.indices.contains(index) else { return nil }
                current = items[index]
            default: return nil
            }
        }
        return current
    }

    /// The scalar's text at `path`, nil when there is none (or it is not a scalar).
    public func scalar(at path: [String]) -> String? {
        if case .scalar(let value, _, _)? = node(at: path) { return value }
        return nil
    }

    /// The column (in bytes from the start of its line) where `offset` is.
    func column(of offset: Int) -> Int { offset - lineStart(of: offset) }

    func lineStart(of offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }

    /// Just after the line break that ends the line holding `offset` (or the text's end).
    func nextLineStart(after offset: Int) -> Int {
        var index = max(0, offset)
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return min(bytes.count, index + 1)
    }

    private final class EventParser {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        var event = yaml_event_t()
        let offsets: [Int]

        init?(_ bytes: UnsafeBufferPointer<UInt8>, offsets: [Int]) {
            self.offsets = offsets
            guard yaml_parser_initialize(parser) == 1 else { parser.deallocate(); return nil }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        }

        deinit {
            yaml_event_delete(&event)
            yaml_parser_delete(parser)
            parser.deallocate()
        }

        func next() -> yaml_event_type_t? {
            yaml_event_delete(&event)
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            return event.type
        }

        func byte(_ mark: yaml_mark_t) -> Int { offsets[min(Int(mark.index), offsets.count - 1)] }

        func node() -> Node? {
            let start = byte(event.start_mark)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil else { return nil }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let style: ScalarStyle
                switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                return .scalar(value: value, style: style, span: Span(start: start, end: byte(event.end_mark)))
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil else { return nil }
                let flow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                var items: [Node] = []
                while let type = next(), type != YAML_SEQUENCE_END_EVENT {
                    guard let item = node() else { return nil }
                    items.append(item)
                }
                guard event.type == YAML_SEQUENCE_END_EVENT else { return nil }
                return .sequence(items: items, flow: flow, span: Span(start: start, end: max(start, byte(event.end_mark))))
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil else { return nil }
                let flow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                var entries: [Entry] = []
                while let type = next(), type != YAML_MAPPING_END_EVENT {
                    guard case .scalar(let key, _, let keySpan)? = node(), next() != nil, let value = node() else { return nil }
                    entries.append(Entry(key: key, keySpan: keySpan, value: value))
                }
                guard event.type == YAML_MAPPING_END_EVENT else { return nil }
                return .mapping(entries: entries, flow: flow, span: Span(start: start, end: max(start, byte(event.end_mark))))
            default:
                return nil
            }
        }
    }

    private static func parse(_ text: [UInt8], offsets: [Int]) -> (node: Node?, ok: Bool)? {
        text.withUnsafeBufferPointer { buffer -> (node: Node?, ok: Bool)? in
            guard let parser = EventParser(buffer, offsets: offsets) else { return nil }
            guard parser.next() == YAML_STREAM_START_EVENT, let first = parser.next() else { return nil }
            if first == YAML_STREAM_END_EVENT { return (nil, true) }
            guard first == YAML_DOCUMENT_START_EVENT, parser.next() != nil, let root = parser.node() else { return nil }
            guard parser.next() == YAML_DOCUMENT_END_EVENT, parser.next() == YAML_STREAM_END_EVENT else { return nil }
            return (root, true)
        }
    }
}

extension YAMLSpans {
    /// The 1-based line a node starts on, as the reader's messages count lines.
    public func line(of node: Node) -> Int {
        var line = 1
        for byte in bytes[0..<min(node.span.start, bytes.count)] where byte == UInt8(ascii: "\n") { line += 1 }
        return line
    }
}
