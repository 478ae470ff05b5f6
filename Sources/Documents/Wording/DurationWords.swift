import Foundation
import PlanBuilder

/// Lengths of time in the document's language: "5 h 15 min" in English, "5 awr 15 mun"
/// in Welsh, from the wording's `unit_hours` and `unit_minutes`, never a decimal.
extension Wording {
    /// `HoursText.duration`'s form ("5 h 15 min") with this language's units; each
    /// number stays with its unit. `unbroken` keeps the whole length on one line.
    func duration(minutes: Int, unbroken: Bool = false) -> String {
        HoursText.duration(minutes: minutes, hours: lookup("units", "hours"), minuteUnit: lookup("units", "minutes"), unbroken: unbroken)
    }

    func duration(hours: Double) -> String { duration(minutes: Int((hours * 60).rounded())) }

    /// The short form for narrow calendar cells: "4¾ h".
    func fraction(minutes: Int) -> String {
        let hours = lookup("units", "hours"), text = HoursText.fraction(minutes: minutes)
        return hours == "h" ? text : text.replacingOccurrences(of: "\u{00A0}h", with: "\u{00A0}" + hours)
    }
}
