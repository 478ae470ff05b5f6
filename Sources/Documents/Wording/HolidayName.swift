/// A public holiday's name in the document's language.
///
/// The holiday calendar names holidays in English ("Good Friday", "Christmas Day
/// (substitute day)") because it is shared by every document; the wording's
/// `holiday_name` table gives each name in another language. A name the table lacks
/// (English wording has no table) is printed as the calendar gives it.
struct HolidayName {
    let wording: Wording

    func callAsFunction(_ name: String) -> String {
        let table = wording.table("holiday_name")
        if let whole = table[name] { return whole }
        // A moved day: the holiday's name, then the kind of move in brackets.
        if let open = name.range(of: " (", options: .backwards), name.hasSuffix(")"),
           let base = table[String(name[..<open.lowerBound])],
           let move = table[String(name[open.upperBound...].dropLast())] {
            return "\(base) (\(move))"
        }
        return name
    }
}
