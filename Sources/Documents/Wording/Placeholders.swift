import PlanBuilder

/// Filling a sentence's `{placeholders}`, read from the template's UTF-8 bytes.
///
/// Every sentence of every document goes through here, most of them more than once (the
/// counted nouns, then the names), and walking them character by character was most of
/// the wording's cost: each step of a `String` index asks where the next grapheme ends.
/// The braces and the colon are ASCII, and wording never puts a combining mark right
/// after one, so a byte is as good as a character here (`WordingFillTests` holds the two
/// to the same answers).
extension Wording {
    /// `{name}` replaced by `values["name"]` in one pass over the template; a name with
    /// no value stays as written, and text put in is never read again for placeholders
    /// (a client called "{their}" stays "{their}"). One pass, not a replacement per value:
    /// Foundation's `replacingOccurrences` for each of the twenty-odd values cost about
    /// a tenth of a document's render.
    static func fill(_ template: String, _ values: [String: String], defaults: [String: String] = [:]) -> String {
        var source = template
        let filled = source.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            var cursor = 0
            var from = 0
            while let open = Self.index(of: UInt8(ascii: "{"), in: bytes, from: from) {
                var close = open + 1
                while close < bytes.count, bytes[close] != UInt8(ascii: "}"), bytes[close] != UInt8(ascii: "{") { close += 1 }
                guard close < bytes.count, bytes[close] == UInt8(ascii: "}"),
                      case let name = Self.text(bytes, open + 1..<close), let value = values[name] ?? defaults[name] else {
                    from = open + 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 16) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<open]))
                output.append(contentsOf: value.utf8)
                cursor = close + 1
                from = cursor
            }
            guard cursor > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
            return String(decoding: output, as: UTF8.self)
        }
        return filled ?? template
    }

    /// Fills the counted placeholders, `{days:count_day}`: the number in `values["days"]`
    /// with the noun form that the table `count_day` gives for the number's plural category
    /// (falling back to the table's `other`). Languages whose nouns change with the number
    /// (Welsh "2 ddiwrnod", "3 diwrnod") say so in their wording, not in code.
    func counted(_ template: String, _ values: [String: String]) throws(DocumentError) -> String {
        var source = template
        var missingTable: String?
        let filled = source.withUTF8 { bytes -> String? in
            guard Self.index(of: UInt8(ascii: ":"), in: bytes, from: 0) != nil else { return nil }
            var output: [UInt8] = []
            var cursor = 0
            while let open = Self.index(of: UInt8(ascii: "{"), in: bytes, from: cursor),
                  let close = Self.index(of: UInt8(ascii: "}"), in: bytes, from: open) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<open]))
                if let (name, table) = Self.countedParts(bytes, open + 1..<close),
                   let number = values[name] ?? defaults[name] {
                    guard let form = countedForm(table, number) else {
                        missingTable = table
                        return nil
                    }
                    output.append(contentsOf: Wording.fill(form, ["n": number]).utf8)
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close]))
                }
                cursor = close + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
            return String(decoding: output, as: UTF8.self)
        }
        if let missingTable { throw .missingWording(key: missingTable + ".other", language: language) }
        return filled ?? template
    }

    /// The form of table `table` for `number`'s plural category, or its `other` form.
    func countedForm(_ table: String, _ number: String) -> String? {
        let forms = self.table(table)
        return forms[PluralCategory.of(number, language: language)] ?? forms["other"]
    }

    /// "name" and "table" of `name:table`, as splitting at the first colon that has text
    /// before it gives them (colons in front are dropped); nil without text on both sides.
    private static func countedParts(_ bytes: UnsafeBufferPointer<UInt8>, _ inside: Range<Int>) -> (String, String)? {
        var start = inside.lowerBound
        while start < inside.upperBound, bytes[start] == UInt8(ascii: ":") { start += 1 }
        guard let colon = index(of: UInt8(ascii: ":"), in: bytes, from: start), colon < inside.upperBound,
              colon + 1 < inside.upperBound else { return nil }
        return (text(bytes, start..<colon), text(bytes, (colon + 1)..<inside.upperBound))
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
