import Foundation

/// Normalises a caller-supplied ISO 8601 date into the form cairo accepts
/// for PDF metadata ("YYYY-MM-DDThh:mm:ss" plus optional "Z" or "±hh:mm").
enum CreationDate {
    static func normalize(_ value: String) throws -> String {
        // Spaces around the date dropped by hand (Foundation's trimming costs ~0.8M
        // instructions the first time a process uses it).
        var around = Substring(value).drop(while: \.isWhitespace)
        while around.last?.isWhitespace == true { around.removeLast() }
        let trimmed = String(around)
        let scalars = Array(trimmed.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && range.allSatisfy { ("0"..."9").contains(scalars[$0]) }
        }
        func char(_ index: Int, _ expected: Unicode.Scalar) -> Bool {
            index < scalars.count && scalars[index] == expected
        }
        guard digits(0..<4), char(4, "-"), digits(5..<7), char(7, "-"), digits(8..<10) else {
            throw ReportKitError.invalidCreationDate(value)
        }
        if scalars.count == 10 { return trimmed + "T00:00:00Z" }
        guard char(10, "T") || char(10, " "), digits(11..<13), char(13, ":"), digits(14..<16) else {
            throw ReportKitError.invalidCreationDate(value)
        }
        var index = 16
        var time = String(String.UnicodeScalarView(scalars[11..<16]))
        if char(16, ":") {
            guard digits(17..<19) else { throw ReportKitError.invalidCreationDate(value) }
            time += String(String.UnicodeScalarView(scalars[16..<19]))
            index = 19
            // Drop fractional seconds; PDF dates have none.
            if char(index, ".") {
                index += 1
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            }
        } else {
            time += ":00"
        }
        let zone = String(String.UnicodeScalarView(scalars[index...]))
        let validZone = zone.isEmpty || zone == "Z"
            || (zone.count == 6 && (zone.hasPrefix("+") || zone.hasPrefix("-"))
                && digits((index + 1)..<(index + 3)) && char(index + 3, ":") && digits((index + 4)..<(index + 6)))
        guard validZone else { throw ReportKitError.invalidCreationDate(value) }
        return String(String.UnicodeScalarView(scalars[0..<10])) + "T" + time + zone
    }
}
