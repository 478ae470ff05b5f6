import PlanBuilder

/// Reads a case file's values for the form and writes a submitted form back into the
/// text through `YAMLEdit`: a field whose value did not change is not touched, so a
/// form sent back unchanged leaves the file byte for byte as it was.
public struct CaseFormEditor: Sendable {
    public let form: CaseForm

    public init(form: CaseForm) {
        self.form = form
    }

    /// What a posted form holds: each field's values (several for a group of boxes),
    /// and which groups of boxes were on the page at all.
    public struct Submission: Sendable {
        public var values: [String: [String]]
        public init(values: [String: [String]]) { self.values = values }
        func one(_ name: String) -> String? { values[name]?.last }
        func all(_ name: String) -> [String] { values[name] ?? [] }
        func shown(_ name: String) -> Bool { values["shown:" + name] != nil }
    }

    /// The field's current value as the form shows it (a list for `choices`).
    public func current(_ field: CaseForm.Field, in spans: YAMLSpans) -> [String] {
        switch spans.node(at: field.path) {
        case .scalar(let value, _, _)?: return value.isEmpty ? [] : [value]
        case .sequence(let items, _, _)?:
            return items.compactMap { if case .scalar(let value, _, _) = $0 { return value } else { return nil } }
        case nil: return field.defaults ?? []
        default: return []
        }
    }

    /// The text with the submission's changes written in.
    public func apply(_ submission: Submission, to bytes: [UInt8]) throws(YAMLEdit.Refusal) -> [UInt8] {
        guard let spans = YAMLSpans(bytes) else { throw .unreadable }
        var edit = YAMLEdit(bytes)
        for field in form.sections.flatMap(\.fields) {
            let old = current(field, in: spans)
            switch field.kind {
            case .choices:
                guard submission.shown(field.name) else { continue }
                let chosen = field.options.map(\.value).filter(submission.all(field.name).contains)
                if Set(chosen) != Set(old) { try edit.set(field.path, to: YAMLValueText.list(chosen)) }
            case .flag:
                guard submission.shown(field.name) else { continue }
                let wasOn = old.first == "true"
                let isOn = submission.one(field.name) == "true"
                if wasOn != isOn { try edit.set(field.path, to: isOn ? "true" : "false") }
            default:
                guard let submitted = submission.one(field.name) else { continue }
                let value = Self.trimmed(submitted)
                if value == (old.first ?? "") { continue }
                try edit.set(field.path, to: value.isEmpty ? nil : Self.written(value, kind: field.kind))
            }
        }
        return edit.bytes
    }

    /// Adds an item to one of the form's lists from the `add.<key>` fields.
    public func append(to list: CaseForm.ListSection, _ submission: Submission, bytes: [UInt8]) throws(YAMLEdit.Refusal) -> [UInt8] {
        var fields: [(key: String, value: String)] = []
        for field in list.add {
            let value = Self.trimmed(submission.one("add." + field.name) ?? "")
            // A list without columns holds plain items (strengths), not mappings.
            if !value.isEmpty { fields.append((list.columns.isEmpty ? "" : field.name, Self.written(value, kind: field.kind))) }
        }
        guard !fields.isEmpty else { return bytes }
        var edit = YAMLEdit(bytes)
        try edit.append(list.path, fields: fields)
        return edit.bytes
    }

    /// Removes item `index` of one of the form's lists.
    public func remove(_ index: Int, from list: CaseForm.ListSection, bytes: [UInt8]) throws(YAMLEdit.Refusal) -> [UInt8] {
        var edit = YAMLEdit(bytes)
        try edit.remove(list.path + ["\(index)"])
        return edit.bytes
    }

    static func written(_ value: String, kind: CaseForm.Kind) -> String {
        switch kind {
        case .date, .time, .number: return YAMLValueText.typed(value)
        case .flag: return value == "true" ? "true" : "false"
        default: return YAMLValueText.text(value)
        }
    }

    static func trimmed(_ text: String) -> String {
        var value = Substring(text.replacingCRLF)
        while value.first?.isWhitespace == true { value.removeFirst() }
        while value.last?.isWhitespace == true { value.removeLast() }
        return String(value)
    }
}

private extension String {
    /// Browsers send a text area's line breaks as CRLF.
    var replacingCRLF: String { split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n") }
}
