import Yams

/// Rewrites the YAML parser's own error ("mapping values are not allowed in this context")
/// as what a case manager most likely did and how to put it right.
enum YAMLSyntaxExplanation {
    static let generalFix = "Check this line and the one above for a missing space after a colon, "
        + "a wrong indentation, or an unclosed quote or bracket."

    static func report(_ error: YamlError, in text: String, log: IssueLog) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let explained = explain(problem, at: mark, in: text)
            let place = explained.useContextMark ? (context?.mark ?? mark) : mark
            log.report("", at: log.location(of: place), explained.problem, fix: explained.fix)
        case .reader(let problem, _, _, _):
            log.report("", at: nil, "the file holds characters YAML cannot read (\(problem))",
                       fix: "Save the file as UTF-8 text.")
        default:
            log.report("", at: nil, "the file could not be read as YAML (\(error))", fix: generalFix)
        }
    }

    private struct Explained {
        var problem: String
        var fix: String
        var useContextMark = false
    }

    private static func explain(_ problem: String, at mark: Mark, in text: String) -> Explained {
        let has = { (fragment: String) in problem.contains(fragment) }
        if has("tab") || (has("cannot start any token") && character(at: mark, in: text) == "\t") {
            return Explained(problem: "a tab is used to indent this line",
                             fix: "Indent with spaces, not tabs.")
        }
        if has("mapping values are not allowed") {
            return Explained(problem: "a colon and space appear where YAML does not expect them",
                             fix: "Put text that contains ': ' in quotes, or line this key up with the keys above it.")
        }
        if has("did not find expected key") || has("did not find expected '-' indicator") {
            return Explained(problem: "this line does not line up with the lines above it",
                             fix: "Indent it by the same number of spaces as the other fields of its group.")
        }
        if has("cannot start any token") {
            return Explained(problem: "the value starts with a character YAML reserves (such as ` @ or %)",
                             fix: "Put the value in quotes.")
        }
        if has("undefined alias") {
            return Explained(problem: "a *name alias refers to nothing",
                             fix: "Case files need no YAML aliases; write the value out.")
        }
        if has("found another document") {
            return Explained(problem: "the file holds more than one document (a --- line after the first)",
                             fix: "A case file is one document: remove the --- line, or split the file.")
        }
        if has("unexpected end of stream") {
            return Explained(problem: "the file ends inside text that was opened with a quote here",
                             fix: "Add the closing quote.", useContextMark: true)
        }
        if has("expected ',' or ']'") || has("expected ',' or '}'") {
            return Explained(problem: "a [ ] or { } list is not closed, or its items are not separated by commas",
                             fix: "Close the bracket and separate items with commas.", useContextMark: true)
        }
        if has("could not find expected ':'") {
            return Explained(problem: "a key has no colon, or a line of text is not indented under its key",
                             fix: "Write key: value, and put long text in quotes.", useContextMark: true)
        }
        if has("unknown escape character") {
            return Explained(problem: "a backslash in double-quoted text starts an unknown escape",
                             fix: "Write \\\\ for a backslash, or use single quotes.")
        }
        if has("block sequence entries are not allowed") {
            return Explained(problem: "a list item (- ) appears where YAML does not expect one",
                             fix: "Start the list on a new line under its key, indented.")
        }
        if has("nesting level") {
            return Explained(problem: "the file is nested too deeply",
                             fix: "A case file needs only a few levels of indentation and brackets.")
        }
        return Explained(problem: "YAML cannot read this line (\(problem))", fix: generalFix)
    }

    /// The character at a parser mark (1-based line, column in Unicode scalars).
    private static func character(at mark: Mark, in text: String) -> Unicode.Scalar? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if line == mark.line && column == mark.column { return scalar }
            if line > mark.line { return nil }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}
