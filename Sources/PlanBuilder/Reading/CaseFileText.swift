/// Turns the bytes of a case file into text, refusing anything that is not a reasonably
/// sized UTF-8 text file before a YAML parser ever sees it.
///
/// Each refusal says what the file seems to be (UTF-16 from Notepad, a Word document, a
/// Windows-1252 export) and how to save it so that vr-docs can read it.
enum CaseFileText {
    /// Real case files are a few kilobytes; this leaves room for long notes while keeping
    /// parsing of a wrong or malicious file well under a second.
    static let sizeLimit = 5 * 1024 * 1024

    static func decode(_ bytes: [UInt8], log: IssueLog) -> String? {
        if bytes.count > sizeLimit {
            reportTooLarge(bytes.count, log: log)
            return nil
        }
        if bytes.isEmpty {
            log.report("", at: nil, "the file is empty",
                       fix: "Start from one of the example case files, which begin with format: 1.")
            return nil
        }
        if let encoding = wideEncoding(bytes) {
            log.report("", at: nil, "the file is \(encoding); vr-docs reads UTF-8 text",
                       fix: "Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8).")
            return nil
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard checkCharacters(body, log: log) else { return nil }
        return String(decoding: body, as: UTF8.self)
    }

    static func reportTooLarge(_ size: Int, log: IssueLog) {
        log.report("", at: nil, "the file is \(megabytes(size)), more than the \(megabytes(sizeLimit)) a case file may be",
                   fix: "Check that this is the right file; a case file is usually well under 100 KB.")
    }

    static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// "UTF-16" or "UTF-32" when the bytes carry such a byte-order mark, or when every
    /// other byte is zero as in UTF-16 text saved without one.
    static func wideEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var zerosAtEven = 0, zerosAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sample.count / 2
        return max(zerosAtEven, zerosAtOdd) * 10 >= pairs * 4 ? "UTF-16" : nil
    }

    /// Checks that the bytes are UTF-8 text without the control characters YAML forbids,
    /// telling binary data (a PDF, a Word file) apart from text in another encoding.
    ///
    /// Valid UTF-8 is confirmed by the standard library in one fast pass; the slower
    /// character-by-character walk only runs to explain a file that fails.
    private static func checkCharacters(_ bytes: [UInt8], log: IssueLog) -> Bool {
        if String(validating: bytes, as: UTF8.self) != nil, !containsForbiddenCharacter(bytes) { return true }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        var firstProblem: (line: Int, column: Int, what: String)?
        var oddCount = 0, scalarCount = 0
        loop: while firstProblem == nil || scalarCount < 100_000 {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                scalarCount += 1
                if scalar == "\n" {
                    line += 1
                    column = 1
                    continue
                }
                if !isAllowed(scalar) {
                    oddCount += 1
                    if firstProblem == nil {
                        firstProblem = (line, column, "an invisible control character (U+\(hex(scalar.value)))")
                    }
                }
                column += 1
            case .error:
                oddCount += 1
                scalarCount += 1
                if firstProblem == nil { firstProblem = (line, column, "a character that is not UTF-8") }
                column += 1
            case .emptyInput:
                break loop
            }
        }
        guard let problem = firstProblem else { return true }
        if bytes.contains(0) || (oddCount > 4 && oddCount * 20 > scalarCount) {
            log.report("", at: nil, "this is not a text file (it holds binary data)",
                       fix: "A case file is plain text in YAML or JSON; check that this is the right file.")
        } else if problem.what.hasPrefix("a character that is not") {
            log.report("", at: location(problem, log), "the file is not UTF-8 text (it may be Windows-1252 or Latin-1)",
                       fix: "Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8).")
        } else {
            log.report("", at: location(problem, log), "the line holds \(problem.what)",
                       fix: "Delete it; such characters are often pasted in from another program.")
        }
        return false
    }

    /// Whether valid UTF-8 holds a character YAML forbids: C0 and C1 controls other than
    /// tab, line breaks and NEL, DEL, and the non-characters U+FFFE and U+FFFF.
    private static func containsForbiddenCharacter(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(buffer[index + 1]), buffer[index + 1] != 0x85 {
                    return true
                } else if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBF, buffer[index + 2] >= 0xBE {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    private static func location(_ problem: (line: Int, column: Int, what: String), _ log: IssueLog) -> SourceLocation {
        SourceLocation(file: log.fileName, line: problem.line, column: problem.column)
    }

    /// The characters YAML allows in a file: tab, line breaks and printable Unicode.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x85: return true
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
