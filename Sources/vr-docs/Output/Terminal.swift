import Foundation

/// Writing to the terminal: results to standard output, problems to standard error.
///
/// Everything written goes through `safe`, because messages quote values from case files
/// (a name, a duty): a case file must not be able to send escape sequences that recolour,
/// retitle or rewrite the case manager's terminal.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + safe(message) + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + safe(message) + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((safe(message) + "\n").utf8))
    }

    /// A result line on standard output.
    static func output(_ text: String, terminator: String = "\n") {
        print(safe(text), terminator: terminator)
    }

    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }

    /// `text` with control characters written out as `\x1B` (C0 controls other than line
    /// breaks and tabs, DEL, and the C1 controls U+0080 to U+009F, which some terminals
    /// also obey). Text without any is returned as it is.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON for standard output: the encoder already escapes C0 controls inside strings;
    /// DEL and C1 controls are legal raw in JSON, so they are escaped here as `\u0085`.
    static func jsonSafe(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                result += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
