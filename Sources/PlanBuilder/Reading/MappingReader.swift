import Yams

/// Reads the fields of one YAML mapping (a case-file section or a list item) by name,
/// recording where each was written and reporting keys the format does not have.
///
/// Unknown keys are reported as soon as the mapping is opened, with the nearest valid key,
/// and their values are never looked at: a reader that only follows the format cannot be
/// led through an arbitrarily large or deep unknown subtree.
final class MappingReader {
    /// `plan`, `adjustments[2]`; empty for the top of the file.
    let path: String
    /// Where a missing field is reported: the section's key, or the start of the item.
    let anchor: SourceLocation?
    let log: IssueLog
    let values: ValueReader
    /// `path` followed by a dot, or empty at the top: what field paths start with.
    private let prefix: String
    /// The keys read, in the order written, with where each key was written and its
    /// value. A mapping has at most a few dozen valid keys, so a linear search over small
    /// arrays is cheaper than hashing every name into a dictionary.
    private var fields: [Field] = []

    /// One key read. Besides the value's node it keeps the value's text when it is a single
    /// value (nil for a list or group), whether it was left empty, and where it was
    /// written: fields are read from these, so a well-formed value never copies its
    /// `Node`; anything else goes through `ValueReader` with the node, which reports.
    private struct Field {
        var name: String
        var keyMark: Mark?
        var text: String?
        var empty: Bool
        var valueMark: Mark?
        var node: Node
    }

    init(_ mapping: Node.Mapping, path: String, anchor: SourceLocation?, validKeys: [String], log: IssueLog) {
        self.path = path
        self.anchor = anchor
        self.log = log
        self.values = ValueReader(log: log)
        self.prefix = path.isEmpty ? "" : path + "."
        let count = mapping.count
        fields.reserveCapacity(min(count, validKeys.count))
        var index = mapping.startIndex
        let end = mapping.endIndex
        while index < end {
            let (key, value) = mapping[index]
            index += 1
            guard case .scalar(let scalar) = key else {
                log.report(path, at: key, "a key must be a plain word, found \(ValueReader.kind(of: key))",
                           fix: "Write keys as words such as start or weeks.")
                continue
            }
            let name = scalar.string
            if DuplicateKeyMarker.mayBeMarker(name), let duplicate = DuplicateKeyMarker.parse(name) {
                log.report(fieldPath(duplicate.key), at: key,
                           "this key is given twice in one place (first on line \(duplicate.firstLine))",
                           fix: "Keep one of them and delete the other.")
                DuplicateKeyMarker.markReported(duplicate, in: log)
                continue
            }
            if let earlier = slot(name) {
                let line = fields[earlier].keyMark.map { " (first on line \($0.line))" } ?? ""
                log.report(fieldPath(name), at: key, "this key is given twice in one place\(line)",
                           fix: "Keep one of them and delete the other.")
                continue
            }
            guard validKeys.contains(name) else {
                log.report(fieldPath(name), at: key, "unknown key",
                           fix: MappingReader.unknownKeyFix(name, path: path, validKeys: validKeys))
                continue
            }
            let mark = scalar.mark
            if case .scalar(let written) = value {
                fields.append(Field(name: name, keyMark: mark, text: written.string, empty: ScalarText.isNull(written),
                                    valueMark: written.mark, node: value))
            } else {
                fields.append(Field(name: name, keyMark: mark, text: nil, empty: false, valueMark: value.mark, node: value))
            }
            if let mark, log.recordsLocations { log.record(fieldPath(name), at: mark) }
        }
    }

    /// Where `name` is in `fields`, if it was written.
    @inline(__always)
    private func slot(_ name: String) -> Int? {
        var index = 0
        let count = fields.count
        while index < count {
            if fields[index].name == name { return index }
            index += 1
        }
        return nil
    }

    /// Opens `node` as a mapping, or reports what was found instead. A null value means
    /// the section was left empty and is treated as absent.
    static func open(_ node: Node, path: String, anchor: SourceLocation?, validKeys: [String],
                     log: IssueLog) -> MappingReader? {
        if ValueReader.isNull(node) { return nil }
        guard case .mapping(let mapping) = node else {
            log.report(path, at: node, "expected a group of fields, found \(ValueReader.kind(of: node))",
                       fix: "Write the fields on their own lines, indented under the key, such as "
                           + Suggestions.andList(Array(validKeys.prefix(3)).map { $0 + ":" }) + ".")
            return nil
        }
        return MappingReader(mapping, path: path, anchor: anchor ?? log.location(of: node),
                             validKeys: validKeys, log: log)
    }

    static func unknownKeyFix(_ name: String, path: String, validKeys: [String]) -> String {
        let prefix = path.isEmpty ? "" : path + "."
        let place = path.isEmpty ? "at the top of the file" : "in \(path)"
        return Suggestions.didYouMean(name, among: validKeys, prefix: prefix,
                                      listIntro: "The keys allowed \(place) are")
    }

    func fieldPath(_ key: String) -> String {
        prefix.isEmpty ? key : prefix + key
    }

    /// The value of `key`, or nil when it is absent or left empty.
    func value(_ key: String) -> Node? {
        guard let slot = filled(key) else { return nil }
        return fields[slot].node
    }

    /// Where the value of `key` is kept, or nil when it is absent or left empty.
    @inline(__always)
    private func filled(_ key: String) -> Int? {
        guard let slot = slot(key), !fields[slot].empty else { return nil }
        return slot
    }

    func has(_ key: String) -> Bool { filled(key) != nil }

    /// Where `key` was written, for problems that involve it.
    func location(_ key: String) -> SourceLocation? {
        slot(key).flatMap { log.location(of: fields[$0].valueMark) } ?? anchor
    }

    /// Reports a required field that is absent, at the line of the mapping that lacks it.
    func require(_ key: String, _ explanation: String, fix: String) {
        guard !has(key) else { return }
        log.report(fieldPath(key), at: anchor, "missing: \(explanation)", fix: fix)
    }

    /// Reports a problem that concerns `key` (e.g. a target below the start).
    func report(_ key: String, _ problem: String, fix: String? = nil) {
        log.report(fieldPath(key), at: location(key), problem, fix: fix)
    }

    // Each reader below first tries the written text directly; when that does not give
    // a value, the node goes through `ValueReader`, which works it out again and reports.

    func text(_ key: String) -> String? {
        guard let slot = filled(key) else { return nil }
        if let text = fields[slot].text {
            return FieldLimits.checked(text, path: { fieldPath(key) }, at: log.location(of: fields[slot].valueMark), log: log)
        }
        return values.text(fields[slot].node, fieldPath(key))
    }

    func number(_ key: String, expected: @autoclosure () -> String, rule: NumberRule? = nil) -> Double? {
        guard let slot = filled(key) else { return nil }
        if let raw = fields[slot].text, let number = ScalarText.number(raw), rule?.check(number) == nil { return number }
        return values.number(fields[slot].node, fieldPath(key), expected: expected(), rule: rule)
    }

    func integer(_ key: String, expected: @autoclosure () -> String, rule: NumberRule? = nil) -> Int? {
        guard let slot = filled(key) else { return nil }
        if let raw = fields[slot].text, let number = ScalarText.number(raw), rule?.check(number) == nil,
           number == number.rounded(), abs(number) < 1e15 {
            return Int(number)
        }
        return values.integer(fields[slot].node, fieldPath(key), expected: expected(), rule: rule)
    }

    /// Always read from the node: whether `true` was written in quotes matters (see
    /// `ValueReader.bool`), and yes-or-no fields are few.
    func bool(_ key: String) -> Bool? {
        guard let slot = filled(key) else { return nil }
        return values.bool(fields[slot].node, fieldPath(key))
    }

    func date(_ key: String) -> LocalDate? {
        guard let slot = filled(key) else { return nil }
        if let raw = fields[slot].text, let date = ScalarText.date(raw), DateBounds.contains(date) { return date }
        return values.date(fields[slot].node, fieldPath(key))
    }

    func partialDate(_ key: String) -> PartialDate? {
        value(key).flatMap { values.partialDate($0, fieldPath(key)) }
    }

    func time(_ key: String) -> TimeOfDay? {
        value(key).flatMap { values.time($0, fieldPath(key)) }
    }

    func email(_ key: String) -> String? {
        value(key).flatMap { values.email($0, fieldPath(key)) }
    }

    func choice(_ key: String, among valid: [String], noun: String) -> String? {
        guard let slot = filled(key) else { return nil }
        if let raw = fields[slot].text {
            let word = ScalarText.trimmed(raw)
            if valid.contains(word) { return word }
        }
        return values.choice(fields[slot].node, fieldPath(key), among: valid, noun: noun)
    }

    /// A nested group of fields such as `case.referral`.
    func mapping(_ key: String, validKeys: [String]) -> MappingReader? {
        guard let node = value(key) else { return nil }
        return MappingReader.open(node, path: fieldPath(key), anchor: slot(key).flatMap { log.location(of: fields[$0].keyMark) },
                                  validKeys: validKeys, log: log)
    }

    /// The items of a list, each with its path (`adjustments[2]`) and recorded location.
    func list(_ key: String, example: String) -> [(path: String, node: Node)] {
        guard let node = value(key), let items = values.list(node, fieldPath(key), example: example) else { return [] }
        let listPath = fieldPath(key)
        var result: [(path: String, node: Node)] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let itemPath = listPath + "[" + String(index) + "]"
            log.record(itemPath, at: item)
            result.append((itemPath, item))
        }
        return result
    }

    /// A list whose items are groups of fields, such as `adjustments`.
    func items(_ key: String, validKeys: [String], example: String) -> [MappingReader] {
        list(key, example: example).compactMap { item in
            MappingReader.open(item.node, path: item.path, anchor: nil, validKeys: validKeys, log: log)
        }
    }

    /// A list of free-text items, such as `strengths`.
    func textList(_ key: String, example: String) -> [String] {
        list(key, example: example).compactMap { item in
            ValueReader.isNull(item.node) ? nil : values.text(item.node, item.path)
        }
    }

    /// A list of words from a fixed set, such as the weekdays of a contract.
    func choiceList(_ key: String, among valid: [String], noun: String, example: String) -> [String]? {
        guard has(key) else { return nil }
        return list(key, example: example).compactMap { item in
            values.choice(item.node, item.path, among: valid, noun: noun)
        }
    }

    /// A list of dates, such as review dates.
    func dateList(_ key: String) -> [LocalDate] {
        list(key, example: "[2026-03-13, 2026-03-27]").compactMap { item in
            values.date(item.node, item.path)
        }
    }
}
