/// A fault in one of the catalogue files under `templates/catalogue/`.
///
/// The catalogues decide which codes a case file may use and what the employer reads
/// about each adjustment, so a fault is never skipped over: loading stops and the error
/// names the file, the entry (by its code when it has one) and the line, so whoever
/// edits the templates can go straight to it.
public struct CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path of the catalogue file, as it was opened.
    public var file: String
    /// The entry at fault: its code, or `entry 3` when the code itself is missing or bad.
    /// Nil for problems with the file as a whole.
    public var entry: String?
    /// The line in the file, when the YAML parser knows it.
    public var line: Int?
    public var problem: Problem

    public init(file: String, entry: String? = nil, line: Int? = nil, problem: Problem) {
        self.file = file
        self.entry = entry
        self.line = line
        self.problem = problem
    }

    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        case empty
        case notAList
        case entryNotAMapping
        case missingField(String)
        case emptyField(String)
        case wrongType(field: String, expected: String)
        case unknownField(String, suggestion: String?)
        case invalidCode(String)
        case unknownCategory(String, known: [String])
        case unknownLimitation(String, field: String, nearest: [String])
        case unknownDemand(String, field: String, nearest: [String])
        case repeatedCode(String, field: String)
        case duplicateCode(String, firstLine: Int?)
        case invalidReviewWeeks(Int)
        case missingRequiredCode(String)
        case unknownExclusion(String, nearest: [String])

        public var description: String {
            switch self {
            case .empty:
                return "is empty; it should be a list of entries"
            case .notAList:
                return "should be a list of entries (each starting with '- code:')"
            case .entryNotAMapping:
                return "should be a mapping of fields (code, title, ...)"
            case .missingField(let field):
                return "is missing the required field '\(field)'"
            case .emptyField(let field):
                return "has an empty '\(field)'"
            case .wrongType(let field, let expected):
                return "'\(field)' should be \(expected)"
            case .unknownField(let field, let suggestion):
                let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                return "has an unknown field '\(field)'\(hint)"
            case .invalidCode(let code):
                return "code '\(code)' should be kebab-case: lower-case letters and digits joined by single hyphens"
            case .unknownCategory(let category, let known):
                return "unknown category '\(category)'; expected one of \(known.joined(separator: ", "))"
            case .unknownLimitation(let code, let field, let nearest):
                return "'\(field)' names unknown limitation '\(code)'" + CatalogueError.nearestHint(nearest)
            case .unknownDemand(let code, let field, let nearest):
                return "'\(field)' names unknown job demand '\(code)'" + CatalogueError.nearestHint(nearest)
            case .repeatedCode(let code, let field):
                return "'\(field)' lists '\(code)' more than once"
            case .duplicateCode(let code, let firstLine):
                let first = firstLine.map { " (first on line \($0))" } ?? ""
                return "code '\(code)' is used by more than one entry\(first)"
            case .invalidReviewWeeks(let weeks):
                return "'review_weeks' is \(weeks); it should be between 1 and \(CatalogueLimits.maxReviewWeeks)"
            case .unknownExclusion(let code, let nearest):
                return "'not_suggested_with' names '\(code)', which is neither an adjustment code nor "
                    + "\(AdjustmentEntry.CaseFact.allCases.map(\.rawValue).joined(separator: " or "))" + CatalogueError.nearestHint(nearest)
            case .missingRequiredCode(let code):
                return "lacks '\(code)', a code every vr-docs catalogue must have because case files already use it"
            }
        }
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let entry { text += ": entry '\(entry)'" }
        return text + " " + problem.description
    }

    private static func nearestHint(_ nearest: [String]) -> String {
        nearest.isEmpty ? "" : " (nearest known: \(nearest.joined(separator: ", ")))"
    }
}

/// Bounds the loader enforces, kept together so the messages quote the same numbers.
enum CatalogueLimits {
    /// The real catalogues are tens of kilobytes; anything far larger is a mistake.
    static let maxFileBytes = 2_000_000
    /// Two years: anything longer is a lasting adjustment and should leave the field out.
    static let maxReviewWeeks = 104
}
