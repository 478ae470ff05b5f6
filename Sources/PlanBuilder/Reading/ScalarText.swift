import Yams

/// Turns the text of a YAML scalar into a typed value by the case file's own rules.
///
/// The reader never uses YAML's implicit typing: unquoted `10:00` is a sexagesimal number
/// in YAML 1.1 and `2026-03-02` a timestamp, but in a case file they are a time and a date,
/// and the same rules must hold whether the value was quoted or came from JSON.
enum ScalarText {
    /// An empty value, `~` or `null`, written without quotes: the field is left out.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A decimal number such as `7.5` or `-3`; nil for anything else, including `inf`.
    static func number(_ text: String) -> Double? {
        let digits = trimmed(text)
        guard !digits.isEmpty, digits.count <= 40,
              digits.allSatisfy({ "0123456789+-.eE".contains($0) }),
              digits.contains(where: \.isNumber),
              let value = Double(digits), value.isFinite else { return nil }
        return value
    }

    /// A whole number such as `6`, also written `6.0`.
    static func integer(_ text: String) -> Int? {
        guard let value = number(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    static func bool(_ text: String) -> Bool? {
        switch trimmed(text).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: return nil
        }
    }

    /// `HH:MM` on a 24-hour clock; `9:30` is accepted for `09:30`.
    static func time(_ text: String) -> TimeOfDay? {
        let parts = trimmed(text).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part a real year, month or day.
    static func partialDate(_ text: String) -> PartialDate? {
        let parts = trimmed(text).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), (1...9999).contains(year) else { return nil }
        if parts.count == 1 { return PartialDate(year: year) }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 2 { return PartialDate(year: year, month: month) }
        guard let day = Int(parts[2]), LocalDate(year: year, month: month, day: day) != nil else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    static func date(_ text: String) -> LocalDate? {
        LocalDate(iso: trimmed(text))
    }

    /// Why text is not a date: a real-looking date that does not exist gets a precise reason.
    static func dateProblem(_ text: String) -> String {
        let parts = trimmed(text).split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), Int(parts[2]) != nil {
            if !(1...12).contains(month) {
                return "\(text) is not a real date: there is no month \(month)"
            }
            let days = LocalDate.daysIn(month: month, year: year)
            return "\(text) is not a real date: \(monthNames[month - 1]) \(year) has \(days) days"
        }
        return "\(shown(text)) is not a date"
    }

    static let dateFix = "Write the date as YYYY-MM-DD, e.g. 2026-03-02."

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// The value as quoted in a message: shortened, so a pasted paragraph stays readable.
    static func shown(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let short = oneLine.count > 40 ? String(oneLine.prefix(37)) + "..." : oneLine
        return "'" + short + "'"
    }

    /// A number written for a person: `7.5`, `35` rather than `35.0`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The text without spaces, tabs or line breaks at either end.
    static func trimmed(_ text: String) -> String {
        var view = Substring(text)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
