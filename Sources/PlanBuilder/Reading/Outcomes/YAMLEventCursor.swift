import CYaml

/// Walks a YAML text one libyaml event at a time, without building a node tree: the
/// caseload reads 100,000 files and keeps a few dozen values from each, so building and
/// freeing every node of every file would cost more than the parsing itself.
///
/// It refuses (`Refused`) whatever it is not sure to read as the full reader would:
/// a syntax error, an anchor or alias, an explicit tag, more than one document, nesting
/// deeper than any case file has. The caller then hands the file to `CaseFileReader`,
/// whose errors and line numbers are the ones the case manager sees.
///
/// The parser and its one event are owned here and freed in `deinit`; the text must
/// outlive the cursor (it is read in place).
final class YAMLEventCursor {
    struct Refused: Error {}

    enum Kind {
        case scalar, mappingStart, mappingEnd, sequenceStart, sequenceEnd, documentEnd, streamEnd
    }

    /// Deeper than any case file nests (the format's deepest field is five levels down).
    static let maxDepth = 32
    /// Far more events than a case file of the largest allowed size has.
    static let maxEvents = 2_000_000

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var event = yaml_event_t()
    private var hasEvent = false
    private var depth = 0
    private var events = 0
    private(set) var kind: Kind = .streamEnd

    /// Nil when libyaml cannot be set up. `bytes` must stay valid while the cursor is used.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            return nil
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if hasEvent { yaml_event_delete(&event) }
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Moves to the first node of the only document.
    func startDocument() throws(Refused) {
        guard try rawNext() == YAML_STREAM_START_EVENT, try rawNext() == YAML_DOCUMENT_START_EVENT else { throw Refused() }
        try advance()
    }

    /// Checks that nothing follows the document's root node.
    func endDocument() throws(Refused) {
        try advance()
        guard kind == .documentEnd else { throw Refused() }
        try advance()
        guard kind == .streamEnd else { throw Refused() }
    }

    /// Moves to the next event.
    func advance() throws(Refused) {
        switch try rawNext() {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil || scalar.plain_implicit == 1 || scalar.quoted_implicit == 1 else {
                throw Refused()
            }
            kind = .scalar
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            guard start.anchor == nil, start.implicit != 0 else { throw Refused() }
            try enter()
            kind = .mappingStart
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            guard start.anchor == nil, start.implicit != 0 else { throw Refused() }
            try enter()
            kind = .sequenceStart
        case YAML_MAPPING_END_EVENT:
            depth -= 1
            kind = .mappingEnd
        case YAML_SEQUENCE_END_EVENT:
            depth -= 1
            kind = .sequenceEnd
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd
        case YAML_STREAM_END_EVENT:
            kind = .streamEnd
        default:
            // An alias, or a second document.
            throw Refused()
        }
    }

    /// The current scalar's text.
    var text: String {
        let scalar = event.data.scalar
        return String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
    }

    /// True for a scalar written without quotes (or a block scalar): only these can be
    /// `null`, `~` or empty, and only these can be `true` or `false`.
    var isPlain: Bool {
        let style = event.data.scalar.style
        return style == YAML_PLAIN_SCALAR_STYLE || style == YAML_ANY_SCALAR_STYLE
    }

    /// True when the current event is a scalar the full reader treats as left empty.
    var isNull: Bool {
        guard kind == .scalar, isPlain else { return false }
        let scalar = event.data.scalar
        let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: let word = text; return word == "null" || word == "Null" || word == "NULL"
        default: return false
        }
    }

    /// Consumes the node that starts at the current event, whatever it holds.
    func skipNode() throws(Refused) {
        switch kind {
        case .scalar: return
        case .mappingStart, .sequenceStart:
            let level = depth
            while depth >= level { try advance() }
        default: throw Refused()
        }
    }

    private func enter() throws(Refused) {
        depth += 1
        guard depth <= Self.maxDepth else { throw Refused() }
    }

    private func rawNext() throws(Refused) -> yaml_event_type_t {
        if hasEvent { yaml_event_delete(&event) }
        hasEvent = false
        events += 1
        guard events <= Self.maxEvents, yaml_parser_parse(parser, &event) == 1 else { throw Refused() }
        hasEvent = true
        return event.type
    }
}
