/// One value written as YAML for a case file: plain when it reads back as itself,
/// double-quoted otherwise. Text that another YAML reader would take for a number,
/// a date, true/false or null is quoted, so the case file means the same to every tool
/// (the JSON Schema checks it with Python's YAML reader).
public enum YAMLValueText {
    public static func text(_ value: String) -> String {
        plainIsSafe(value) && !looksTyped(value) ? value : quoted(value)
    }

    /// A number, date or time is written plain, as the case file's examples do.
    public static func typed(_ value: String) -> String {
        plainIsSafe(value) ? value : quoted(value)
    }

    public static func quoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }

    /// `[a, b]`, each item written as `text` does.
    public static func list(_ values: [String]) -> String {
        "[" + values.map(text).joined(separator: ", ") + "]"
    }

    private static func plainIsSafe(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        return !value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }
    }

    private static func looksTyped(_ value: String) -> Bool {
        let lower = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return true }
        if Double(value) != nil || Int(value) != nil { return true }
        // A date or a time (2026-03-02, 09:30) would be read as one.
        let digitsAndMarks = value.allSatisfy { $0.isNumber || "-:.T+ ".contains($0) }
        return digitsAndMarks && value.contains(where: \.isNumber)
    }
}
