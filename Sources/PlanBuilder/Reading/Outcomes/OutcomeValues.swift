/// The values of `OutcomeFieldsReader`, read from the cursor's current event by the
/// same rules as `MappingReader`'s: a value it would accept at once is accepted, and
/// anything else (a wrong type, a word not in the list, a number out of range) is
/// refused, leaving the full reader to report it.
struct OutcomeValues {
    typealias Refused = YAMLEventCursor.Refused
    let cursor: YAMLEventCursor
    /// Only to ask the shared limits whether a text fits; anything logged refuses.
    let log: IssueLog

    /// Reads the group of fields at the cursor, calling `field` for each key with the
    /// cursor on its value. False when the value was left empty (the group is absent);
    /// refused for anything but a group, a key that is not one of `validKeys`, or a key
    /// given twice.
    func mapping(validKeys: [String], _ field: (String) throws(Refused) -> Void) throws(Refused) -> Bool {
        if cursor.isNull { return false }
        guard cursor.kind == .mappingStart else { throw Refused() }
        var seen: [String] = []
        while true {
            try cursor.advance()
            if cursor.kind == .mappingEnd { return true }
            guard cursor.kind == .scalar else { throw Refused() }
            let key = cursor.text
            guard !DuplicateKeyMarker.mayBeMarker(key), !seen.contains(key), validKeys.contains(key) else { throw Refused() }
            seen.append(key)
            try cursor.advance()
            try field(key)
        }
    }

    /// The items of the list at the cursor, or nil when it was left empty.
    func list<Item>(_ item: () throws(Refused) -> Item) throws(Refused) -> [Item]? {
        if cursor.isNull { return nil }
        guard cursor.kind == .sequenceStart else { throw Refused() }
        var items: [Item] = []
        while true {
            try cursor.advance()
            if cursor.kind == .sequenceEnd { return items }
            guard items.count < ValueReader.maxListItems else { throw Refused() }
            items.append(try item())
        }
    }

    /// The text of a single value, or nil when it was left empty.
    func scalar() throws(Refused) -> String? {
        guard cursor.kind == .scalar else { throw Refused() }
        return cursor.isNull ? nil : cursor.text
    }

    func text(path: String) throws(Refused) -> String? {
        guard let raw = try scalar() else { return nil }
        guard FieldLimits.checked(raw, path: { path }, at: nil, log: log) != nil else { throw Refused() }
        return raw
    }

    func date() throws(Refused) -> LocalDate? {
        guard let raw = try scalar() else { return nil }
        guard let date = ScalarText.date(raw), DateBounds.contains(date) else { throw Refused() }
        return date
    }

    func number(_ rule: NumberRule?) throws(Refused) -> Double? {
        guard let raw = try scalar() else { return nil }
        guard let number = ScalarText.number(raw), rule?.check(number) == nil else { throw Refused() }
        return number
    }

    func integer(_ rule: NumberRule?) throws(Refused) -> Int? {
        guard let number = try number(rule) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else { throw Refused() }
        return Int(number)
    }

    func choice(_ valid: [String]) throws(Refused) -> String? {
        guard let raw = try scalar() else { return nil }
        let word = ScalarText.trimmed(raw)
        guard valid.contains(word) else { throw Refused() }
        return word
    }

    /// Only a bare `true` or `false`, as `ValueReader.bool` accepts.
    func bool() throws(Refused) -> Bool? {
        let plain = cursor.isPlain
        guard let raw = try scalar() else { return nil }
        guard plain, let value = ScalarText.bool(raw) else { throw Refused() }
        return value
    }
}

/// Outcome measures as `MeasureReader` reads them: the instrument decides which scores
/// the measure may hold and their ranges, so the keys are gathered before any is judged.
enum OutcomeMeasures {
    static func measure(_ values: OutcomeValues) throws(YAMLEventCursor.Refused) -> Measure {
        var written: [(key: String, text: String?)] = []
        let present = try values.mapping(validKeys: anyKey) { key throws(YAMLEventCursor.Refused) in
            written.append((key, try values.scalar()))
        }
        guard present, let name = written.first(where: { $0.key == "instrument" })?.text,
              let instrument = Measure.Instrument(rawValue: ScalarText.trimmed(name)) else { throw YAMLEventCursor.Refused() }
        let fields = instrument.fields
        var measure = Measure(instrument: instrument)
        for (key, text) in written where key != "instrument" {
            if key == "date" {
                guard let text else { continue }
                guard let date = ScalarText.date(text), DateBounds.contains(date) else { throw YAMLEventCursor.Refused() }
                measure.date = date
                continue
            }
            guard let field = fields.first(where: { $0.name == key }) else { throw YAMLEventCursor.Refused() }
            guard let text else { continue }
            guard let score = ScalarText.number(text), field.range.contains(score) else { throw YAMLEventCursor.Refused() }
            measure.scores[key] = score
        }
        return measure
    }

    /// Every key any instrument has; which of them this measure may hold is checked once
    /// its instrument is known.
    private static let anyKey = ["instrument", "date"] + Measure.Instrument.allCases.flatMap { $0.fields.map(\.name) }
}
