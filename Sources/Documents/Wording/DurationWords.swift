import PlanBuilder

/// Lengths of time in the document's language: "5 h 15 min" in English, "5 awr 15 mun"
/// in Welsh, from the wording's `unit_hours` and `unit_minutes`, never a decimal.
extension Wording {
    func duration(minutes: Int) -> String {
        let hours = lookup("units", "hours"), mins = lookup("units", "minutes")
        return HoursText.duration(minutes: minutes)
            .replacingOccurrences(of: "\u{00A0}min", with: "\u{00A0}" + mins)
            .replacingOccurrences(of: "\u{00A0}h", with: "\u{00A0}" + hours)
    }

    func duration(hours: Double) -> String { duration(minutes: Int((hours * 60).rounded())) }

    /// The short form for narrow calendar cells: "4¾ h".
    func fraction(minutes: Int) -> String {
        HoursText.fraction(minutes: minutes).replacingOccurrences(of: "\u{00A0}h", with: "\u{00A0}" + lookup("units", "hours"))
    }
}
