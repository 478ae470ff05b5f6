import Foundation
import PlanBuilder

/// Lengths of time in the document's language: "5¼ h" or "5 h 20 min" in English, "5¼ awr"
/// or "5 awr 20 mun" in Welsh, with the wording's `units`, never a decimal.
extension Wording {
    /// A length as the schedules print it, so that a document gives one length one way:
    /// an hour or more in quarter hours as fractions ("9¾ h", as in every week's row),
    /// anything else in hours and minutes ("4 h 20 min", "45 min") with this language's
    /// units. Each number stays with its unit; `unbroken` keeps the whole length on one line.
    func duration(minutes: Int, unbroken: Bool = false) -> String {
        if minutes >= 60, minutes % 15 == 0 { return fraction(minutes: minutes) }
        return HoursText.duration(minutes: minutes, hours: lookup("units", "hours"), minuteUnit: lookup("units", "minutes"), unbroken: unbroken)
    }

    func duration(hours: Double, unbroken: Bool = false) -> String { duration(minutes: Int((hours * 60).rounded()), unbroken: unbroken) }

    /// Hours and minutes in words, for a plain-language sentence: "8 hours", "1 hour",
    /// "4 hours 15 minutes". A reader who finds "4¼ h" hard reads this; the calendar's
    /// narrow cells keep the short form. Units from the wording's counted nouns
    /// `count_hour` and `count_minute`, so that Welsh says "2 funud" but "3 munud".
    func spelledDuration(minutes: Int) -> String {
        let whole = minutes / 60, rest = minutes % 60
        func amount(_ count: Int, _ table: String) -> String {
            let form = countedForm(table, "\(count)") ?? "{n}"
            // The number stays with its unit.
            return Wording.fill(form, ["n": "\(count)"]).replacingOccurrences(of: " ", with: "\u{00A0}")
        }
        if rest == 0 { return amount(whole, "count_hour") }
        if whole == 0 { return amount(rest, "count_minute") }
        return amount(whole, "count_hour") + " " + amount(rest, "count_minute")
    }

    /// The short form for narrow calendar cells: "4¾ h".
    func fraction(minutes: Int) -> String {
        let hours = lookup("units", "hours"), text = HoursText.fraction(minutes: minutes)
        return hours == "h" ? text : text.replacingOccurrences(of: "\u{00A0}h", with: "\u{00A0}" + hours)
    }
}
