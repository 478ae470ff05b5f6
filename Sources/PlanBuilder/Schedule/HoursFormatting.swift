/// Hours and percentages written the way a case manager writes them: `7.5 h`, `34 %`,
/// never `7.500000001`.
public enum HoursText {
    /// `450` minutes -> `"7.5"`; `435` -> `"7.25"`; `440` -> `"7h20"`.
    public static func hours(minutes: Int) -> String {
        if minutes % 15 == 0 {
            let whole = minutes / 60
            switch minutes % 60 {
            case 0: return "\(whole)"
            case 15: return "\(whole).25"
            case 30: return "\(whole).5"
            default: return "\(whole).75"
            }
        }
        return "\(minutes / 60)h\((minutes % 60).zeroPadded(2))"
    }

    public static func hours(_ value: Double) -> String {
        hours(minutes: Int((value * 60).rounded()))
    }

    /// Hours as a case file writes them (`5.25`), for messages that name a field.
    public static func decimal(_ value: Double) -> String { hours(value) }

    /// A length of time a reader cannot misread: `5 h 15 min`, `6 h`, `45 min`.
    /// `hours` and `minutes` are the units in the reader's language ("awr", "mun" in
    /// Welsh); `unbroken` keeps the whole length on one line.
    public static func duration(minutes: Int, hours: String = "h", minuteUnit: String = "min", unbroken: Bool = false) -> String {
        let whole = minutes / 60, rest = minutes % 60
        if rest == 0 { return "\(whole)\u{00A0}\(hours)" }
        if whole == 0 { return "\(rest)\u{00A0}\(minuteUnit)" }
        return "\(whole)\u{00A0}\(hours)\(unbroken ? "\u{00A0}" : " ")\(rest)\u{00A0}\(minuteUnit)"
    }

    /// A short length for narrow calendar cells: `4¾ h`, `6 h`, `4 h 20`.
    public static func fraction(minutes: Int) -> String {
        let whole = minutes / 60
        switch minutes % 60 {
        case 0: return "\(whole)\u{00A0}h"
        case 15: return "\(whole)\u{00BC}\u{00A0}h"
        case 30: return "\(whole)\u{00BD}\u{00A0}h"
        case 45: return "\(whole)\u{00BE}\u{00A0}h"
        default: return "\(whole)\u{00A0}h\u{00A0}\((minutes % 60).zeroPadded(2))"
        }
    }

    /// Hours given as a decimal (a contract, a capacity, hours recorded at a review),
    /// written as `duration(minutes:)` writes them.
    public static func duration(hours: Double) -> String {
        duration(minutes: Int((hours * 60).rounded()))
    }

    /// A span of the day, `09:00–14:15`, with a non-breaking en dash.
    public static func span(_ start: TimeOfDay, minutes: Int) -> String {
        "\(start)\u{2013}\(start.adding(minutes: minutes))"
    }

    /// One decimal place, dropped when it is zero: `34.3`, `50`.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
