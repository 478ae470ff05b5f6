/// The text of an iCalendar file (RFC 5545) written line by line, so that the rules a
/// calendar program is strict about live in one place: every line ends in CRLF, a line
/// longer than 75 octets is folded onto continuation lines that start with a space
/// (never inside a UTF-8 character), and text values escape backslash, semicolon, comma
/// and line breaks.
struct ICalendarText {
    private(set) var bytes: [UInt8] = []

    /// The longest a content line may be, in octets, before it is folded (section 3.1).
    static let lineLimit = 75

    /// `NAME:VALUE` with `value` already in its property's form (a date, a number, a
    /// rule); use `text` for words.
    mutating func property(_ name: String, _ value: String) {
        appendFolded(Array(name.utf8) + [UInt8(ascii: ":")] + Array(value.utf8))
    }

    /// `NAME:VALUE` for a TEXT property: the value escaped as section 3.3.11 asks.
    mutating func text(_ name: String, _ value: String) {
        property(name, Self.escape(value))
    }

    mutating func begin(_ component: String) { property("BEGIN", component) }
    mutating func end(_ component: String) { property("END", component) }

    static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        var previousWasReturn = false
        for character in value.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !previousWasReturn { escaped += "\\n" }
            default:
                // Other control characters have no place in a calendar's text.
                if character.value < 0x20 || character.value == 0x7F { escaped += " " } else { escaped.unicodeScalars.append(character) }
            }
            previousWasReturn = character == "\r"
        }
        return escaped
    }

    private mutating func appendFolded(_ line: [UInt8]) {
        var start = 0
        var limit = Self.lineLimit
        while line.count - start > limit {
            var cut = start + limit
            // A UTF-8 continuation byte (10xxxxxx) must stay with the bytes before it.
            while cut > start, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes += line[start..<cut]
            bytes += [0x0D, 0x0A, 0x20]
            start = cut
            // A continuation line's leading space counts towards its 75 octets.
            limit = Self.lineLimit - 1
        }
        bytes += line[start...]
        bytes += [0x0D, 0x0A]
    }
}
