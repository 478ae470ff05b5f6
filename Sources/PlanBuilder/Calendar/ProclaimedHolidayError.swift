/// Why `templates/holidays/proclaimed.yaml` could not be used, naming the file and, where
/// known, the line, so whoever edited the data can fix it without reading code.
public struct ProclaimedHolidayError: Error, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based line in the file, when the problem can be pinned to one.
    public let line: Int?
    public let problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
