import Foundation
import PlanBuilder

/// Lengths of time in the document's language: "5 h 15 min" in English, "5 awr 15 mun"
/// in Welsh, from the wording's `unit_hours` and `unit_minutes`, never a decimal.
extension Wording {
    /// `HoursText.duration`'s form ("5 h 15 min") with this language's units; each
    /// number stays with its unit. `unbroken` keeps the whole length on one line.
    func duration(minutes: Int, unbroken: Bool = false) -> String {
        let hours = lookup("units", "hours"), mins = lookup("units", "minutes")
        let whole = minutes / 60, rest = minutes % 60
        if rest == 0 { return "\(whole)\u{00A0}\(hours)" }
        if whole == 0 { return "\(rest)\u{00A0}\(mins)" }
        return "\(whole)\u{00A0}\(hours)\(unbroken ? "\u{00A0}" : " ")\(rest)\u{00A0}\(mins)"
    }

    func duration(hours: Double) -> String { duration(minutes: Int((hours * 60).rounded())) }

    /// The short form for narrow calendar cells: "4¾ h".
    func fraction(minutes: Int) -> String {
        let hours = lookup("units", "hours"), text = HoursText.fraction(minutes: minutes)
        return hours == "h" ? text : text.replacingOccurrences(of: "\u{00A0}h", with: "\u{00A0}" + hours)
    }
}
