import Yams

/// Reads one YAML value as the type a field needs, reporting a problem and returning nil
/// when it cannot. Used for mapping fields and for the items of lists alike.
struct ValueReader {
    let log: IssueLog

    /// How a value looks to someone who does not know YAML's terms.
    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a group of fields"
        case .sequence: return "a list"
        case .scalar(let scalar): return "the text " + ScalarText.shown(scalar.string)
        case .alias: return "an alias"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return ScalarText.isNull(scalar) }
        return false
    }

    /// The text of a single value; a list or group of fields is reported as the wrong type.
    func scalar(_ node: Node, _ path: @autoclosure () -> String, expected: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node else {
            log.report(path(), at: node, "expected \(expected()), found \(ValueReader.kind(of: node))")
            return nil
        }
        return scalar.string
    }

    /// Free text, kept exactly as written (any script, any length).
    func text(_ node: Node, _ path: @autoclosure () -> String) -> String? {
        guard let text = scalar(node, path(), expected: "text") else { return nil }
        return FieldLimits.checked(text, path: path, at: log.location(of: node), log: log)
    }

    func number(_ node: Node, _ path: @autoclosure () -> String, expected: @autoclosure () -> String,
                rule: NumberRule? = nil) -> Double? {
        guard let raw = scalar(node, path(), expected: expected()) else { return nil }
        guard let value = ScalarText.number(raw) else {
            let comma = raw.replacingCommaWithPoint
            let fix = ScalarText.number(comma) != nil ? "Write decimals with a point: \(comma)." : nil
            log.report(path(), at: node, "expected \(expected()), found \(ScalarText.shown(raw))", fix: fix)
            return nil
        }
        if let problem = rule?.check(value) {
            log.report(path(), at: node, problem.problem, fix: problem.fix)
            return nil
        }
        return value
    }

    func integer(_ node: Node, _ path: @autoclosure () -> String, expected: @autoclosure () -> String,
                 rule: NumberRule? = nil) -> Int? {
        guard let value = number(node, path(), expected: expected(), rule: rule) else { return nil }
        guard let whole = wholeNumber(value) else {
            log.report(path(), at: node, "expected \(expected()), found \(ScalarText.plain(value))",
                       fix: "Use a whole number.")
            return nil
        }
        return whole
    }

    /// Only a bare `true` or `false`. Consent is recorded with these fields, so anything
    /// that merely looks like a yes (`yes`, `on`, `Y`, or `'true'` in quotes, which YAML
    /// and JSON treat as text) is refused rather than guessed at.
    func bool(_ node: Node, _ path: @autoclosure () -> String) -> Bool? {
        guard let raw = scalar(node, path(), expected: "true or false") else { return nil }
        let quoted: Bool
        if case .scalar(let scalar) = node { quoted = scalar.style != .plain && scalar.style != .any } else { quoted = false }
        guard let value = ScalarText.bool(raw), !quoted else {
            let word = ScalarText.trimmed(raw).lowercased()
            let meant = ScalarText.bool(word) ?? ScalarText.yesNoWords[word]
            let fix = meant.map { quoted ? "Write \($0) without the quotes." : "Write \($0) instead: only true or false is accepted." }
                ?? "Write true or false, without quotes."
            log.report(path(), at: node, "expected true or false, found \(quoted ? "the quoted text " : "")\(ScalarText.shown(raw))",
                       fix: fix)
            return nil
        }
        return value
    }

    func date(_ node: Node, _ path: @autoclosure () -> String) -> LocalDate? {
        guard let raw = scalar(node, path(), expected: "a date such as 2026-03-02") else { return nil }
        if let year = ScalarText.writtenYear(raw), let problem = DateBounds.yearProblem(year, written: raw) {
            log.report(path(), at: node, problem.problem, fix: problem.fix)
            return nil
        }
        guard let date = ScalarText.date(raw) else {
            log.report(path(), at: node, ScalarText.dateProblem(raw), fix: ScalarText.dateFix)
            return nil
        }
        return date
    }

    func partialDate(_ node: Node, _ path: @autoclosure () -> String) -> PartialDate? {
        guard let raw = scalar(node, path(), expected: "a date such as 2025-09") else { return nil }
        if let year = ScalarText.writtenYear(raw), let problem = DateBounds.yearProblem(year, written: raw) {
            log.report(path(), at: node, problem.problem, fix: problem.fix)
            return nil
        }
        guard let date = ScalarText.partialDate(raw) else {
            log.report(path(), at: node, "\(ScalarText.shown(raw)) is not a real year, month or date",
                       fix: "Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-09.")
            return nil
        }
        return date
    }

    func time(_ node: Node, _ path: @autoclosure () -> String) -> TimeOfDay? {
        guard let raw = scalar(node, path(), expected: "a time such as 10:00") else { return nil }
        guard let time = ScalarText.time(raw) else {
            log.report(path(), at: node, "\(ScalarText.shown(raw)) is not a time of day",
                       fix: "Write the time as HH:MM on the 24-hour clock, e.g. 14:30.")
            return nil
        }
        return time
    }

    /// One of a fixed set of words, e.g. a strategy; a near miss is answered with the
    /// nearest valid word as well as the full list.
    func choice(_ node: Node, _ path: @autoclosure () -> String, among valid: [String], noun: String) -> String? {
        guard let raw = scalar(node, path(), expected: "one of " + Suggestions.andList(valid)) else { return nil }
        let word = ScalarText.trimmed(raw)
        if valid.contains(word) { return word }
        log.report(path(), at: node, "\(ScalarText.shown(raw)) is not a known \(noun)",
                   fix: ValueReader.choiceFix(word, valid))
        return nil
    }

    /// `ScalarText.integer(ScalarText.plain(value))` without the round trip through text
    /// for the usual whole numbers, which `plain` writes as `String(Int(value))`.
    @inline(__always)
    private func wholeNumber(_ value: Double) -> Int? {
        if value == value.rounded(), abs(value) < 1e15 { return Int(value) }
        return ScalarText.integer(ScalarText.plain(value))
    }

    static func choiceFix(_ word: String, _ valid: [String]) -> String {
        let close = Suggestions.nearest(to: word, among: valid)
        let intro = close.isEmpty ? "" : "Did you mean \(Suggestions.orList(close))? "
        return intro + "Use one of: " + valid.joined(separator: ", ") + "."
    }

    /// An email address: at least something@something, with no spaces.
    func email(_ node: Node, _ path: @autoclosure () -> String) -> String? {
        guard let raw = text(node, path()) else { return nil }
        let address = ScalarText.trimmed(raw)
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !address.contains(where: \.isWhitespace) else {
            log.report(path(), at: node, "\(ScalarText.shown(raw)) does not look like an email address",
                       fix: "Write it as name@example.org.")
            return nil
        }
        return address
    }

    /// The items of a list; `example` shows what a list looks like for this field.
    func list(_ node: Node, _ path: @autoclosure () -> String, example: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            log.report(path(), at: node, "expected a list, found \(ValueReader.kind(of: node))",
                       fix: "Write a list, e.g. \(example).")
            return nil
        }
        guard sequence.count <= ValueReader.maxListItems else {
            log.report(path(), at: node, "the list has \(sequence.count) items, more than a case file needs",
                       fix: "Keep lists under \(ValueReader.maxListItems) items; check that this is the right file.")
            return nil
        }
        return Array(sequence)
    }

    /// No list in a case file comes near this; longer ones are refused rather than read.
    static let maxListItems = 10_000
}

private extension String {
    /// `7,5` as `7.5`, for the hint to European-style decimals.
    var replacingCommaWithPoint: String {
        String(map { $0 == "," ? "." : $0 })
    }
}
