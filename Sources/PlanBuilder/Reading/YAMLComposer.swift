import CYaml
import Yams

/// Builds the node tree of a YAML text straight from libyaml's events: the same
/// `Node`s Yams' `Parser(yaml:resolver: .basic).singleRoot()` gives (values, tags,
/// styles, marks), at about half the cost, because it reuses one event, decodes each
/// scalar without Foundation and checks a mapping's keys by their text.
///
/// Anything out of the ordinary — an anchor or alias, a key that may be repeated, a
/// second document, a syntax error — is handed to Yams itself, so errors and unusual
/// files come out exactly as before; only the common path is new. Case files and
/// templates are read through it (`YAMLDocument`, `TemplateFile`), and a caseload of
/// 100,000 files spends most of its time here.
enum YAMLComposer {
    private struct Unusual: Error {}

    /// Yams keeps `Mark`'s initialiser internal. A `Mark` is two `Int`s (line, column),
    /// so one is made from a pair of them; whether that gives the right line and column
    /// is checked once, through `Mark`'s public properties, and if it does not, every
    /// text goes to Yams' own parser.
    private static let marksCanBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size else { return false }
        let mark = unsafeBitCast((7, 11), to: Mark.self)
        return mark.line == 7 && mark.column == 11
    }()

    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    /// The document's root, nil for a text with no document (only comments).
    static func compose(_ text: String) throws -> Node? {
        guard marksCanBeMade else { return try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot() }
        var text = text
        let fast: Node?? = text.withUTF8 { bytes -> Node?? in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else { return .none }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            var reader = EventReader(parser: parser)
            do {
                return .some(try reader.root())
            } catch {
                return .none
            }
        }
        if let fast { return fast }
        return try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
    }

    /// The keys of one mapping read so far. Most mappings of a case file have a handful,
    /// which comparing one by one checks faster than hashing each into a set; a long
    /// mapping moves to a set. Both compare keys as `String`s do.
    private struct SeenKeys {
        private var few: [String] = []
        private var many: Set<String>?
        private static let most = 12

        /// False when `key` was seen already.
        mutating func insert(_ key: String) -> Bool {
            if many != nil { return many!.insert(key).inserted }
            guard !few.contains(key) else { return false }
            few.append(key)
            if few.count > Self.most { many = Set(few) }
            return true
        }
    }

    /// Reads one event at a time into the same storage.
    private struct EventReader {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var event = yaml_event_t()

        mutating func next() throws -> yaml_event_type_t {
            yaml_event_delete(&event)
            guard yaml_parser_parse(parser, &event) == 1 else { throw Unusual() }
            return event.type
        }

        mutating func root() throws -> Node? {
            defer { yaml_event_delete(&event) }
            guard try next() == YAML_STREAM_START_EVENT else { throw Unusual() }
            let first = try next()
            if first == YAML_STREAM_END_EVENT { return nil }
            guard first == YAML_DOCUMENT_START_EVENT else { throw Unusual() }
            _ = try next()
            let root = try node()
            guard try next() == YAML_DOCUMENT_END_EVENT, try next() == YAML_STREAM_END_EVENT else { throw Unusual() }
            return root
        }

        /// The node starting at the current event.
        mutating func node() throws -> Node {
            let mark = YAMLComposer.mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil else { throw Unusual() }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let tagName: String? = scalar.quoted_implicit == 1 ? Tag.Name.str.rawValue : Self.string(scalar.tag)
                guard let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { throw Unusual() }
                return .scalar(.init(value, tag(tagName), style, mark))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil else { throw Unusual() }
                let tag = self.tag(start.implicit != 0 ? nil : Self.string(start.tag))
                var items: [Node] = []
                while try next() != YAML_SEQUENCE_END_EVENT { items.append(try node()) }
                return .sequence(.init(items, tag, .any, mark))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil else { throw Unusual() }
                let tag = self.tag(start.implicit != 0 ? nil : Self.string(start.tag))
                var pairs: [(Node, Node)] = []
                var keys = SeenKeys()
                while try next() != YAML_MAPPING_END_EVENT {
                    let key = try node()
                    // A key given twice (or one that is not plain text) is Yams' to judge.
                    guard case .scalar(let scalar) = key, keys.insert(scalar.string) else { throw Unusual() }
                    _ = try next()
                    pairs.append((key, try node()))
                }
                return .mapping(.init(pairs, tag, .any, mark))
            default:
                throw Unusual()
            }
        }

        /// Made once a file, as Yams' parser does: `Constructor.default` builds its
        /// tables anew at every use.
        private let resolver = Resolver.basic
        private let constructor = Constructor.default

        private func tag(_ name: String?) -> Tag {
            Tag(name.map(Tag.Name.init(rawValue:)) ?? .implicit, resolver, constructor)
        }

        private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
