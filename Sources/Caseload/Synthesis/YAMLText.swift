/// Builds case-file YAML line by line, quoting free text so that any name or sentence
/// (colons, quotes, accents) reads back exactly as written.
struct YAMLText {
    private(set) var text = ""

    mutating func line(_ indent: Int, _ content: String) {
        text += String(repeating: "  ", count: indent) + content + "\n"
    }

    mutating func pair(_ indent: Int, _ key: String, _ value: String) {
        line(indent, key + ": " + Self.quoted(value))
    }

    mutating func comment(_ content: String) { text += "# " + content + "\n" }

    mutating func blank() { text += "\n" }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `7.5`, `36`: hours without a trailing `.0`, at most two decimals.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        if hundredths % 100 == 0 { return "\(hundredths / 100)" }
        if hundredths % 10 == 0 { return "\(hundredths / 100).\(hundredths % 100 / 10)" }
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
