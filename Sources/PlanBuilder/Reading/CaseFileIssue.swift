/// One problem found in a case file, written so that a case manager can find the line and
/// put it right without knowing YAML: where it is, which field, what is wrong, what to do.
public struct CaseFileIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is; nil when it concerns the file as a whole (it is empty, too big).
    public var location: SourceLocation?
    /// The field, as a path such as `plan.start` or `adjustments[2].code`; empty for the file.
    public var path: String
    /// What is wrong, e.g. "2026-02-31 is not a real date".
    public var problem: String
    /// What would put it right, e.g. "Write the date as YYYY-MM-DD, e.g. 2026-03-02."
    public var fix: String?

    public init(location: SourceLocation?, path: String, problem: String, fix: String? = nil) {
        self.location = location
        self.path = path
        self.problem = problem
        self.fix = fix
    }

    /// `back-pain.yaml:112:3: plan.strat: unknown key. Did you mean plan.start?`
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if !path.isEmpty { parts.append(path) }
        var text = parts.map { $0 + ": " }.joined() + CaseFileIssue.sentence(problem)
        if let fix, !fix.isEmpty { text += " " + CaseFileIssue.sentence(fix) }
        return text
    }

    /// Ends the text with a full stop unless it already ends a sentence.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!".contains(last) ? text : text + "."
    }
}

/// Every problem found in one case file. The reader reports them all at once so that a
/// case manager can fix a file in one pass rather than one error per run.
public struct CaseFileErrors: Error, CustomStringConvertible {
    /// The file's name as given to the reader.
    public var file: String
    /// Sorted by line, then column; problems with the whole file come first.
    public var issues: [CaseFileIssue]

    public init(file: String, issues: [CaseFileIssue]) {
        self.file = file
        self.issues = issues
    }

    public var description: String {
        issues.map { issue in
            issue.location == nil && !issue.description.hasPrefix(file) ? "\(file): \(issue)" : issue.description
        }.joined(separator: "\n")
    }
}
