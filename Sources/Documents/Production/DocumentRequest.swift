import PlanBuilder

/// Which documents a caller wants: one kind, or every kind the case file has enough
/// information for.
public enum DocumentChoice: Sendable, Equatable {
    case kind(DocumentKind)
    case all
}

/// PDF for the documents themselves; PNG, one image per page, for previews; iCalendar
/// for the client's working days and reviews in their own calendar (one file per case,
/// whichever documents were asked for).
public enum OutputFormat: Sendable, Equatable {
    case pdf
    case png(resolution: Double)
    case ics
}

/// Where a case file comes from: a path, bytes already in memory (standard input, an
/// upload), or a case file already read.
public enum CaseSource: Sendable {
    case file(String)
    /// `name` is used in messages; relative paths inside the file (a logo) are taken from
    /// `baseDirectory`.
    case bytes([UInt8], name: String, baseDirectory: String)
    case caseFile(CaseFile, name: String)

    /// How messages name this case file.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .bytes(_, let name, _), .caseFile(_, let name): return name
        }
    }
}
