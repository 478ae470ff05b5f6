/// A quick pass over the text that refuses shapes no case file has but hostile files use:
/// brackets nested thousands deep, which would exhaust the stack of the recursive YAML
/// composer, and "billion laughs" alias bombs, which make the composer's duplicate-key
/// check hash an exponentially large tree.
///
/// It follows YAML only far enough to skip quoted text and comments, so ordinary free text
/// (`note: see [1]`, `"a * b"`) is never mistaken for structure.
struct StructureLimits {
    static let maxFlowDepth = 64
    static let maxIndent = 400
    static let maxBlockDepth = 100
    static let maxOpenersOnOneLine = 64
    static let maxAliases = 32
    /// Real case files have a few hundred fields; the parser's duplicate-key check costs
    /// time for each, so a file of hundreds of thousands of keys is refused up front.
    static let maxColons = 50_000

    private var flowDepth = 0
    private var line = 1, column = 0
    private var indent = 0, atLineStart = true
    private var indents: [Int] = []
    private var inDoubleQuotes = false, inSingleQuotes = false, escaped = false, inComment = false
    /// The scan works on UTF-8 bytes: every character it looks for is ASCII, and a byte
    /// of a longer character (0x80 and above) never equals one, so it is read exactly as
    /// the whole character would be. Columns count characters, not bytes.
    private var previous: UInt8?
    /// The first and last byte of the last whole word on this line, and how many
    /// words came before the current one.
    private var lastWord: (first: UInt8, last: UInt8)?
    private var wordStart: UInt8?
    private var wordEnd: UInt8?
    private var wordLength = 0
    private var openersOnLine = 0, onlyOpenersSoFar = true
    private var aliases = 0
    /// A `*` where a value may begin: an alias only if a name follows at once. "* item"
    /// (a bullet in a case note) is not one.
    private var starPending = false
    private var colons = 0

    /// Returns false, having reported why, when the text must not be parsed.
    static func check(_ text: String, log: IssueLog) -> Bool {
        let (scan, refusal) = scanned(text)
        if let refusal {
            let location = SourceLocation(file: log.fileName, line: scan.line, column: max(1, scan.column))
            log.report("", at: location, refusal.problem, fix: refusal.fix)
            return false
        }
        // Room for every key and list item the section readers will record.
        log.expectFields(max(scan.colons, scan.line) + 16)
        return true
    }

    /// The scan of `text` up to its end or its first refusal. `shortcut: false` sends every
    /// byte through `step`, for the test that the shortcut changes nothing.
    static func scanned(_ text: String, shortcut: Bool = true) -> (scan: StructureLimits, refusal: ValueProblem?) {
        var scan = StructureLimits()
        var text = text
        let refusal: ValueProblem? = text.withUTF8 { bytes in
            for character in bytes {
                if shortcut, scan.continuesPlainly(character) { continue }
                if let refusal = scan.step(character) { return refusal }
            }
            return nil
        }
        return (scan, refusal)
    }

    /// Where the scan stands: line, column, fields counted (for the shortcut's test).
    var position: [Int] { [line, column, colons, aliases, flowDepth, indents.count] }

    /// `step` for the bytes most of a file is made of: a letter or digit inside a word, a
    /// quoted text or a comment, away from the start of a line and with no alias pending.
    /// Such a byte cannot open, close or refuse anything; it only moves the column and
    /// extends the word, and this does just that. False, having done nothing, for any other.
    @inline(__always)
    private mutating func continuesPlainly(_ character: UInt8) -> Bool {
        let isLetterOrDigit = (character | 0x20) &- UInt8(ascii: "a") < 26 || character &- UInt8(ascii: "0") < 10
        guard isLetterOrDigit, !starPending, !atLineStart else { return false }
        if inDoubleQuotes {
            escaped = false
        } else if !inSingleQuotes && !inComment {
            guard wordStart != nil else { return false }
            wordEnd = character
            wordLength += 1
        }
        column += 1
        previous = character
        return true
    }

    @inline(__always)
    private mutating func step(_ character: UInt8) -> ValueProblem? {
        defer { previous = character }
        if starPending {
            starPending = false
            if Self.isAnchorCharacter(character), let refusal = alias() { return refusal }
        }
        if character == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r") { return nil }
        if character == UInt8(ascii: "\n") || character == UInt8(ascii: "\r") {
            newLine()
            return nil
        }
        // A continuation byte belongs to the character its lead byte began.
        if character & 0xC0 != 0x80 { column += 1 }
        if inDoubleQuotes {
            if escaped { escaped = false } else if character == UInt8(ascii: "\\") { escaped = true } else if character == UInt8(ascii: "\"") { inDoubleQuotes = false }
            return nil
        }
        if inSingleQuotes {
            if character == UInt8(ascii: "'") { inSingleQuotes = false }
            return nil
        }
        if inComment { return nil }
        if character == UInt8(ascii: " ") || character == UInt8(ascii: "\t") {
            if atLineStart {
                indent += 1
                if indent > StructureLimits.maxIndent {
                    return ValueProblem(problem: "this line is indented by more than \(StructureLimits.maxIndent) spaces",
                                        fix: "A case file needs only a few levels of indentation.")
                }
            } else {
                endWord()
                if openersOnLine > StructureLimits.maxOpenersOnOneLine { return tooManyOpeners }
            }
            return nil
        }
        if atLineStart {
            atLineStart = false
            if let problem = startLine() { return problem }
        }
        return token(character)
    }

    private mutating func newLine() {
        endWord()
        line += 1
        column = 0
        indent = 0
        atLineStart = true
        inComment = false
        lastWord = nil
        openersOnLine = 0
        onlyOpenersSoFar = true
        escaped = false
    }

    /// Tracks the indentation levels open at the start of a line, as the block structure.
    private mutating func startLine() -> ValueProblem? {
        guard flowDepth == 0, !inDoubleQuotes, !inSingleQuotes else { return nil }
        while let last = indents.last, last > indent { indents.removeLast() }
        if indents.last.map({ $0 < indent }) ?? true { indents.append(indent) }
        if indents.count > StructureLimits.maxBlockDepth {
            return ValueProblem(problem: "the file is nested more than \(StructureLimits.maxBlockDepth) levels deep here",
                                fix: "A case file needs only a few levels of indentation.")
        }
        return nil
    }

    private mutating func token(_ character: UInt8) -> ValueProblem? {
        let startsWord = wordStart == nil
        let atValueStart = startsWord && isValueStart
        if wordStart == nil { wordStart = character }
        wordEnd = character
        wordLength += 1
        if character == UInt8(ascii: "#"), startsWord {
            inComment = true
            return nil
        }
        if character == UInt8(ascii: ":") {
            colons += 1
            if colons > StructureLimits.maxColons {
                return ValueProblem(problem: "the file has more than \(StructureLimits.maxColons) fields",
                                    fix: "A case file has a few hundred fields; check that this is the right file.")
            }
        }
        if flowDepth > 0 {
            switch character {
            case UInt8(ascii: "["), UInt8(ascii: "{"): return open()
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth -= 1; return nil
            case UInt8(ascii: "\"") where atFlowTokenStart: inDoubleQuotes = true; return nil
            case UInt8(ascii: "'") where atFlowTokenStart: inSingleQuotes = true; return nil
            case UInt8(ascii: "*") where atFlowTokenStart: starPending = true; return nil
            default: return nil
            }
        }
        guard atValueStart else { return nil }
        switch character {
        case UInt8(ascii: "["), UInt8(ascii: "{"): return open()
        case UInt8(ascii: "\""): inDoubleQuotes = true
        case UInt8(ascii: "'"): inSingleQuotes = true
        case UInt8(ascii: "*"): starPending = true
        default: break
        }
        return nil
    }

    /// In block text a bracket, quote or alias only has meaning where a value begins: at
    /// the start of a line, or after `key:`, `-`, `?`, an anchor or a tag.
    private var isValueStart: Bool {
        guard let word = lastWord else { return true }
        return word.last == UInt8(ascii: ":") || word.last == UInt8(ascii: "-") || word.last == UInt8(ascii: "?")
            || word.first == UInt8(ascii: "&") || word.first == UInt8(ascii: "!")
    }

    private var atFlowTokenStart: Bool {
        guard let previous else { return true }
        switch previous {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private mutating func endWord() {
        guard let first = wordStart, let last = wordEnd else { return }
        if flowDepth == 0, !inDoubleQuotes, !inSingleQuotes, onlyOpenersSoFar, wordLength == 1,
           first == UInt8(ascii: "-") || first == UInt8(ascii: "?") {
            openersOnLine += 1
        } else {
            onlyOpenersSoFar = false
        }
        lastWord = (first, last)
        wordStart = nil
        wordEnd = nil
        wordLength = 0
    }

    private mutating func open() -> ValueProblem? {
        flowDepth += 1
        if flowDepth > StructureLimits.maxFlowDepth {
            return ValueProblem(problem: "more than \(StructureLimits.maxFlowDepth) brackets are open inside each other",
                                fix: "A case file needs only a few levels; check that every [ and { is closed.")
        }
        return nil
    }

    private var tooManyOpeners: ValueProblem {
        ValueProblem(problem: "this line opens more than \(StructureLimits.maxOpenersOnOneLine) lists inside each other",
                     fix: "A case file needs only a few levels of lists.")
    }

    /// What may follow `*` in an alias's name: anything but white space, a line break
    /// and the flow indicators.
    private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
             UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): return false
        default: return true
        }
    }

    private mutating func alias() -> ValueProblem? {
        aliases += 1
        guard aliases > StructureLimits.maxAliases else { return nil }
        return ValueProblem(problem: "the file uses more than \(StructureLimits.maxAliases) YAML aliases (*name)",
                            fix: "Case files need no YAML aliases; write the values out.")
    }
}
