/// Lets the reader report every key given twice, not only the first.
///
/// Yams refuses a whole document at the first mapping with a repeated key. When that
/// happens the reader renames the second occurrence in the text to a marker and parses
/// again; the section readers then meet the marker at the right place and report it with
/// its full path (`plan.start`), and the rest of the file is still checked.
enum DuplicateKeyMarker {
    /// A character no case manager types, so the marker cannot clash with a real key.
    private static let separator = "\u{2063}"
    private static let prefix = separator + "duplicate" + separator

    struct Duplicate: Hashable {
        var key: String
        var firstLine: Int
        var line: Int
        var column: Int
    }

    /// The marker written in place of the repeated key, as a double-quoted YAML scalar.
    static func quotedMarker(for duplicate: Duplicate) -> String {
        let escaped = duplicate.key.replacingBackslashesAndQuotes
        return "\"" + prefix + "\(duplicate.firstLine)" + separator + "\(duplicate.line)" + separator
            + "\(duplicate.column)" + separator + escaped + "\""
    }

    /// A cheap first test for `parse`: every marker starts with the bytes of `separator`
    /// (U+2063, E2 81 A3 in UTF-8), which no ordinary key does.
    @inline(__always)
    static func mayBeMarker(_ name: String) -> Bool {
        name.utf8.first == 0xE2
    }

    static func parse(_ name: String) -> Duplicate? {
        guard name.hasPrefix(prefix) else { return nil }
        let parts = name.dropFirst(prefix.count).split(separator: Character(separator), maxSplits: 3,
                                                       omittingEmptySubsequences: false)
        guard parts.count == 4, let first = Int(parts[0]), let line = Int(parts[1]),
              let column = Int(parts[2]) else { return nil }
        return Duplicate(key: String(parts[3]), firstLine: first, line: line, column: column)
    }

    static func markReported(_ duplicate: Duplicate, in log: IssueLog) {
        log.reportedDuplicates.insert(duplicate)
    }

    /// Reports the renamed keys that no section reader met, e.g. inside an unknown key.
    static func reportUnseen(_ duplicates: [Duplicate], in log: IssueLog) {
        for duplicate in duplicates where !log.reportedDuplicates.contains(duplicate) {
            log.report("", at: SourceLocation(file: log.fileName, line: duplicate.line, column: duplicate.column),
                       "the key \(duplicate.key) is given twice in one place (first on line \(duplicate.firstLine))",
                       fix: "Keep one of them and delete the other.")
        }
    }
}

private extension String {
    var replacingBackslashesAndQuotes: String {
        var result = ""
        for character in self {
            if character == "\\" || character == "\"" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
