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
    /// A chart with no categories (x positions) to plot.
    case chartWithoutCategories
    /// A chart with no series.
    case chartWithoutSeries
    /// A chart whose alternative text is empty.
    case chartWithoutAltText
    /// A chart series with a different number of values than there are categories.
    case chartValueCount(series: String, expected: Int, actual: Int)
    /// The logo for the running header could not be read as a PNG image.
    case unreadableLogo(path: String, reason: String)
    /// The document language is not a BCP 47 tag such as "en-GB".
    case invalidLanguage(String)
    /// A PNG resolution outside 1...1200 pixels per inch.
    case invalidResolution(Double)
    /// One paragraph, cell, heading or label longer than `TextLimits.maxCharacters`.
    case textTooLong(characters: Int, limit: Int)

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
        case .chartWithoutCategories:
            return "a chart must have at least one category"
        case .chartWithoutSeries:
            return "a chart must have at least one series"
        case .chartWithoutAltText:
            return "a chart needs alternative text describing what it shows"
        case let .chartValueCount(series, expected, actual):
            return "chart series \"\(series)\" has \(actual) values but the chart has \(expected) categories"
        case let .unreadableLogo(path, reason):
            return "the logo \(path) could not be read as a PNG image: \(reason)"
        case let .invalidLanguage(tag):
            return "document language \"\(tag)\" is not a language tag such as en-GB or cy"
        case let .invalidResolution(value):
            return "PNG resolution \(value) is outside 1...1200 pixels per inch"
        case let .textTooLong(characters, limit):
            return "a text of \(characters) characters is longer than the \(limit) one paragraph, table cell or heading "
                + "may hold, so it cannot be laid out without being cut off; split it into shorter paragraphs"
        }
    }
}
