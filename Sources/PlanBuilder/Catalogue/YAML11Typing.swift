/// YAML 1.1's implicit types for the few catalogue fields that ask for one (a yes/no, a
/// whole number, a null), decided on the scalar's bytes exactly as Yams' default
/// resolver decides them with its regular expressions (`Resolver.Rule.bool`, `.int`,
/// `.null`).
///
/// Catalogue files are composed with the basic resolver, which types nothing. Asking
/// Yams' default resolver afterwards would be correct too, but its first use compiles
/// every rule with ICU and its matching converts each string to UTF-16; a one-plan
/// process would pay that start-up for a handful of fields.
enum YAML11Typing {
    /// `~`, `null`, `Null`, `NULL` or nothing.
    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func isBool(_ text: String) -> Bool {
        switch text {
        case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
             "on", "On", "ON", "off", "Off", "OFF": return true
        default: return false
        }
    }

    /// `[-+]?` then binary `0b…`, octal `0…` or `0o…`, `0`, decimal, hexadecimal `0x…`,
    /// or base 60 such as `1:30`; underscores allowed where the rule allows them.
    static func isInt(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let first = bytes.first else { return false }
        let zero = UInt8(ascii: "0"), underscore = UInt8(ascii: "_")
        func all(_ part: ArraySlice<UInt8>, _ allowed: (UInt8) -> Bool) -> Bool {
            !part.isEmpty && part.allSatisfy { $0 == underscore || allowed($0) }
        }
        if first == zero {
            let rest = bytes.dropFirst()
            if rest.first == UInt8(ascii: "b") { return all(rest.dropFirst()) { $0 == zero || $0 == zero + 1 } }
            if rest.first == UInt8(ascii: "x") {
                return all(rest.dropFirst()) { isDigit($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
                    || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0) }
            }
            if rest.isEmpty { return true }
            let octal = rest.first == UInt8(ascii: "o") ? rest.dropFirst() : rest
            return all(octal) { (zero...zero + 7).contains($0) }
        }
        guard (zero + 1...zero + 9).contains(first) else { return false }
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts[0].allSatisfy({ $0 == underscore || isDigit($0) }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            switch part.count {
            case 1: return isDigit(part[part.startIndex])
            case 2: return (zero...zero + 5).contains(part[part.startIndex]) && isDigit(part[part.startIndex + 1])
            default: return false
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
