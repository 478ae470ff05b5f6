/// Whether a byte string occurs in a text, looked for byte by byte: Foundation's
/// `contains` on a `String` costs more than parsing a case file, and these searches run
/// once per file of a caseload or per barrier of every client.
enum ByteSearch {
    static func contains(_ needle: [UInt8], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { contains(needle, in: $0) }
    }

    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if needle.indices.allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
        }
        return false
    }
}
