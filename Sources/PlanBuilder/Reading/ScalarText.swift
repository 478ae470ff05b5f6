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
        return isNullWord(scalar.string)
    }

    /// `""`, `~`, `null`, `Null` or `NULL`, compared without building an array per call.
    @inline(__always)
    private static func isNullWord(_ text: String) -> Bool {
        let utf8 = text.utf8
        switch utf8.count {
        case 0: return true
        case 1: return utf8.first == UInt8(ascii: "~")
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// A decimal number such as `7.5` or `-3`; nil for anything else, including `inf`.
    static func number(_ text: String) -> Double? {
        if let fast = asciiNumber(text) { return fast.value }
        let digits = trimmed(text)
        guard !digits.isEmpty, digits.count <= 40,
              digits.allSatisfy({ "0123456789+-.eE".contains($0) }),
              digits.contains(where: \.isNumber),
              let value = Double(digits), value.isFinite else { return nil }
        return value
    }

    /// The same rules as `number` for text made of ASCII number characters only (the
    /// usual case), checked on the UTF-8 bytes. nil means "not decided here": the text
    /// goes through the general path, which gives the same answer for such text.
    @inline(__always)
    private static func asciiNumber(_ text: String) -> (value: Double?, Void)? {
        let utf8 = text.utf8
        let count = utf8.count
        guard count > 0, count <= 40 else { return nil }
        var hasDigit = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard hasDigit, let value = Double(text), value.isFinite else { return (nil, ()) }
        return (value, ())
    }

    /// A whole number such as `6`, also written `6.0`.
    static func integer(_ text: String) -> Int? {
        guard let value = number(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// `true` or `false` as YAML 1.2 and JSON write them; nothing else.
    static func bool(_ text: String) -> Bool? {
        switch trimmed(text) {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Words that YAML 1.1 and spreadsheets use for yes and no: refused, but the fix says
    /// which of true or false they seem to mean.
    static let yesNoWords: [String: Bool] = ["yes": true, "y": true, "on": true, "no": false, "n": false, "off": false]

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
        if let fast = asciiDate(text) { return fast.date }
        return LocalDate(iso: trimmed(text))
    }

    /// `LocalDate(iso:)` for text that is exactly `DDDD-DD-DD` in ASCII digits (the usual
    /// case), read from the UTF-8 bytes; nil means "not decided here".
    @inline(__always)
    private static func asciiDate(_ text: String) -> (date: LocalDate?, Void)? {
        let utf8 = text.utf8
        guard utf8.count == 10 else { return nil }
        var fields = (0, 0, 0)
        var position = 0
        for byte in utf8 {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte &- UInt8(ascii: "0"))
                if position < 4 { fields.0 = fields.0 * 10 + digit }
                else if position < 7 { fields.1 = fields.1 * 10 + digit }
                else { fields.2 = fields.2 * 10 + digit }
            }
            position += 1
        }
        return (LocalDate(year: fields.0, month: fields.1, day: fields.2), ())
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

    /// The year of text shaped like a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or more digits
    /// before the first dash), so that a year out of range is named as such rather than
    /// as an impossible day; nil when the text does not start with a year.
    static func writtenYear(_ text: String) -> Int? {
        let digits = trimmed(text).prefix { $0 != "-" }
        guard (4...9).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
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
        // Text that starts and ends with a visible ASCII character has nothing to trim:
        // the first and last characters then begin with that scalar (only non-ASCII
        // marks can join a grapheme), and it is not whitespace.
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last,
           first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        var view = Substring(text)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
