import Yams

/// Parses case-file text, YAML or JSON alike, into a node tree that keeps the line and
/// column of every value, so every later problem can point at its line.
enum YAMLDocument {
    /// How many repeated keys are renamed and parsed again before giving up; each
    /// attempt parses the whole file once more, so large files get fewer attempts.
    static let maxRepairs = 20
    static let repairBudgetBytes = 10 * 1024 * 1024

    struct Parsed {
        var root: Node
        /// Keys given twice, renamed so that the rest of the file could still be read.
        var duplicates: [DuplicateKeyMarker.Duplicate]
    }

    /// The parsed document, or nil after reporting why there is none.
    static func parse(_ text: String, log: IssueLog) -> Parsed? {
        var text = text
        var duplicates: [DuplicateKeyMarker.Duplicate] = []
        while true {
            do {
                guard let root = try YAMLComposer.compose(text) else {
                    reportNoContent(text, log: log)
                    return nil
                }
                return Parsed(root: root, duplicates: duplicates)
            } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
                let key = keys.first ?? ""
                let attempts = duplicates.count + 2
                if duplicates.count < maxRepairs, text.utf8.count * attempts <= repairBudgetBytes,
                   let repair = DuplicateKeyRepair.rename(key, firstAt: context.mark, in: text) {
                    duplicates.append(repair.duplicate)
                    text = repair.text
                    continue
                }
                log.report("", at: log.location(of: context.mark),
                           "the key \(key) is given twice in one place",
                           fix: "Keep one of them and delete the other.")
                DuplicateKeyMarker.reportUnseen(duplicates, in: log)
                return nil
            } catch let error as YamlError {
                YAMLSyntaxExplanation.report(error, in: text, log: log)
                DuplicateKeyMarker.reportUnseen(duplicates, in: log)
                return nil
            } catch {
                log.report("", at: nil, "the file could not be read as YAML (\(error))",
                           fix: "Check the file against one of the example case files.")
                return nil
            }
        }
    }

    private static func reportNoContent(_ text: String, log: IssueLog) {
        if text.allSatisfy(\.isWhitespace) {
            log.report("", at: nil, "the file is empty (it has only blank lines)",
                       fix: "Start from one of the example case files, which begin with format: 1.")
        } else {
            log.report("", at: nil, "the file has no fields, only comments",
                       fix: "Start from one of the example case files, which begin with format: 1.")
        }
    }
}

/// Finds the second occurrence of a repeated key in the text and renames it, so that the
/// file can be parsed again (see `DuplicateKeyMarker`).
enum DuplicateKeyRepair {
    struct Repair {
        var text: String
        var duplicate: DuplicateKeyMarker.Duplicate
    }

    /// Looks below the first occurrence for a line that starts with the same key at the
    /// same indentation, before the indentation shows that the mapping has ended. Keys
    /// repeated within one line (`{a: 1, a: 2}`) are not found, and then nil is returned.
    static func rename(_ key: String, firstAt mark: Mark, in text: String) -> Repair? {
        let indent = mark.column - 1
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard lineNumber > mark.line else { continue }
            let spaces = line.unicodeScalars.prefix { $0 == " " }.count
            let rest = line.unicodeScalars.dropFirst(spaces)
            if rest.isEmpty || rest.first == "#" || rest.first == "\r" { continue }
            if spaces < indent { return nil }
            guard spaces == indent, let end = keyEnd(key, in: Substring(rest)) else { continue }
            let start = rest.startIndex
            let duplicate = DuplicateKeyMarker.Duplicate(key: key, firstLine: mark.line,
                                                         line: lineNumber, column: mark.column)
            var repaired = text
            repaired.replaceSubrange(start..<end, with: DuplicateKeyMarker.quotedMarker(for: duplicate))
            return Repair(text: repaired, duplicate: duplicate)
        }
        return nil
    }

    /// Where the key token ends when `line` starts with `key:`, `"key":` or `'key':`.
    private static func keyEnd(_ key: String, in line: Substring) -> String.Index? {
        for written in [key, "\"" + key + "\"", "'" + key + "'"] where line.hasPrefix(written) {
            let end = line.index(line.startIndex, offsetBy: written.count)
            let after = line[end...].drop { $0 == " " }
            if after.first == ":" { return end }
        }
        return nil
    }
}
