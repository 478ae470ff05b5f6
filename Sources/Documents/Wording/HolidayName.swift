/// A public holiday's name in the document's language.
///
/// The holiday calendar names holidays in English ("Good Friday", "Christmas Day
/// (substitute day)") because it is shared by every document; the wording's
/// `holiday_name` table gives each name in another language. A name the table lacks
/// (English wording has no table) is printed as the calendar gives it. A moved day is
/// written "Christmas Day, substitute day": documents add "(public holiday)" after the
/// name, and two brackets in a row read badly.
struct HolidayName {
    let wording: Wording

    func callAsFunction(_ name: String) -> String {
        let table = wording.table("holiday_name")
        if let whole = table[name] { return whole }
        // A moved day: the holiday's name, then the kind of move.
        if let open = name.range(of: " (", options: .backwards), name.hasSuffix(")") {
            let base = String(name[..<open.lowerBound]), move = String(name[open.upperBound...].dropLast())
            return "\(table[base] ?? base), \(table[move] ?? move)"
        }
        return name
    }
}
