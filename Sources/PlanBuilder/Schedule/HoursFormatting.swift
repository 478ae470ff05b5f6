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

    /// One decimal place, dropped when it is zero: `34.3`, `50`.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
