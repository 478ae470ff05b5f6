/// Everything that can go wrong while rendering, with a message a person can act on.
public enum ReportKitError: Error, CustomStringConvertible, Equatable {
    /// Cairo reported an error; `status` is cairo's own description.
    case cairo(operation: String, status: String)
    /// A table row has a different number of cells than the table has columns.
    case tableRowCellCount(row: Int, expected: Int, actual: Int)
    /// A table with no columns.
    case tableWithoutColumns
    /// The margins leave no room for content.
    case pageTooSmall(contentWidth: Double, contentHeight: Double)
    /// The creation date is not ISO 8601.
    case invalidCreationDate(String)

    public var description: String {
        switch self {
        case let .cairo(operation, status):
            return "PDF rendering failed in \(operation): \(status)"
        case let .tableRowCellCount(row, expected, actual):
            return "table row \(row + 1) has \(actual) cells but the table has \(expected) columns"
        case .tableWithoutColumns:
            return "a table must have at least one column"
        case let .pageTooSmall(width, height):
            return "the margins leave no room for content (text area \(Int(width)) x \(Int(height)) points)"
        case let .invalidCreationDate(value):
            return "creation date \"\(value)\" is not ISO 8601 (expected e.g. 2026-03-02 or 2026-03-02T09:30:00Z)"
        }
    }
}
