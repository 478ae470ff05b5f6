/// Finds dates as `TextRules` keeps them whole: "18 March 2026", "3 Mawrth", "Wed 18 Mar",
/// "Mon, 3 March 2026", "March 2026", in English or Welsh.
///
/// It finds exactly what this regular expression found, which defined the rule first
/// (MONTH and WEEKDAY stand for the names below, in their order):
///
///     (?:\b(?:WEEKDAY),? )?\b\d{1,2} (?:MONTH)\b(?: \d{4}\b)?|\b(?:MONTH) \d{4}\b
enum DateScanner {
    /// The month names in the order the pattern tries them: a long form before its short one
    /// (`Jan(?:uary)?`), "Sept" before "September" (`Sep(?:t|tember)?`), the Welsh months last.
    private static let months: [StaticString] = [
        "January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun",
        "July", "Jul", "August", "Aug", "Sept", "September", "Sep", "October", "Oct",
        "November", "Nov", "December", "Dec",
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
        "Hydref", "Tachwedd", "Rhagfyr",
    ]
    /// Abbreviated weekdays stay with their date ("Wed 18 Mar"); a full name may end a
    /// line, or a narrow table column could not hold the date.
    private static let weekdays: [StaticString] = [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul",
    ]

    /// The capitals the names start with, a bit each (A is bit 0), to pass over a word at
    /// once when no name starts with its letter.
    private static let monthInitials = initials(of: months)
    private static let weekdayInitials = initials(of: weekdays)

    private static func initials(of names: [StaticString]) -> UInt32 {
        names.reduce(0) { mask, name in mask | name.withUTF8Buffer { initialBit($0[0]) } }
    }

    private static func initialBit(_ byte: UInt8) -> UInt32 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 1 << UInt32(byte - UInt8(ascii: "A")) : 0
    }

    /// Where dates are in `text`, left to right and never overlapping.
    static func matches(in text: String) -> [Range<String.Index>] {
        ScannedText.reading(text) { ScannedText.indices(of: matches(in: $0), in: text) }
    }

    /// Where dates are in `text`, as UTF-8 offsets.
    static func matches(in text: ScannedText) -> [Range<Int>] {
        text.leftmostMatches(next: text.offset(after:)) { match(in: text, at: $0) }
    }

    /// The end of the date that starts at `start`: with a weekday, from a day, or a month
    /// and year, in the pattern's order.
    private static func match(in text: ScannedText, at start: Int) -> Int? {
        // Every name is an ASCII capital and small letters; a day starts with a digit of any
        // script. Most places in a text are neither, and are passed over at once.
        let byte = text[start]
        if byte >= 0x80 {
            guard text.scalar(at: start)?.scalar.isDecimalDigit == true else { return nil }
        } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z"),
                  text[start + 1] >= UInt8(ascii: "a"), text[start + 1] <= UInt8(ascii: "z") else { return nil }
        }
        guard text.isWordBoundary(at: start) else { return nil }
        if let afterWeekday = weekdayEnd(in: text, at: start), let end = dayMonthEnd(in: text, at: afterWeekday) {
            return end
        }
        return dayMonthEnd(in: text, at: start) ?? monthYearEnd(in: text, at: start)
    }

    /// `(?:WEEKDAY),? `: where the day may start after a weekday at `start`.
    private static func weekdayEnd(in text: ScannedText, at start: Int) -> Int? {
        guard weekdayInitials & initialBit(text[start]) != 0 else { return nil }
        for weekday in weekdays where text.has(weekday, at: start) {
            let end = start + weekday.utf8CodeUnitCount
            if text[end] == UInt8(ascii: ",") {
                return text[end + 1] == UInt8(ascii: " ") ? end + 2 : nil
            }
            return text[end] == UInt8(ascii: " ") ? end + 1 : nil
        }
        return nil
    }

    /// `\b\d{1,2} (?:MONTH)\b(?: \d{4}\b)?`: "18 March", "3 Mawrth 2026".
    private static func dayMonthEnd(in text: ScannedText, at start: Int) -> Int? {
        guard text.isWordBoundary(at: start) else { return nil }
        // Only the whole run of digits can be followed by the space.
        let day = text.digits(from: start, limit: 3)
        guard (1...2).contains(day.count), text[day.end] == UInt8(ascii: " ") else { return nil }
        let monthStart = day.end + 1
        guard monthInitials & initialBit(text[monthStart]) != 0, let month = months.first(where: {
            text.has($0, at: monthStart) && text.isWordBoundary(at: monthStart + $0.utf8CodeUnitCount)
        }) else { return nil }
        let monthEnd = monthStart + month.utf8CodeUnitCount
        return yearEnd(in: text, afterSpaceAt: monthEnd) ?? monthEnd
    }

    /// `\b(?:MONTH) \d{4}\b`: "March 2026", "Medi 2026".
    private static func monthYearEnd(in text: ScannedText, at start: Int) -> Int? {
        guard monthInitials & initialBit(text[start]) != 0 else { return nil }
        for month in months where text.has(month, at: start) {
            if let end = yearEnd(in: text, afterSpaceAt: start + month.utf8CodeUnitCount) { return end }
        }
        return nil
    }

    /// ` \d{4}\b`: the end of a space and a four-digit year at `offset`.
    private static func yearEnd(in text: ScannedText, afterSpaceAt offset: Int) -> Int? {
        guard text[offset] == UInt8(ascii: " ") else { return nil }
        var end = offset + 1
        for _ in 0..<4 {
            guard let (scalar, next) = text.scalar(at: end), scalar.isDecimalDigit else { return nil }
            end = next
        }
        return text.isWordBoundary(at: end) ? end : nil
    }
}
