/// How long a client waited from first contact to assessment, in the bands
/// commissioners ask about. Each band counts only its own clients; the report adds them
/// up for the cumulative shares.
public enum AssessmentWait: String, CaseIterable, Sendable {
    case sameDay = "same-day"
    case withinOneWeek = "within-1-week"
    case withinTwoWeeks = "within-2-weeks"
    case withinFourWeeks = "within-4-weeks"
    case longer = "over-4-weeks"

    /// Nil for a negative wait: the assessment is dated before the first contact.
    public init?(days: Int) {
        switch days {
        case ..<0: return nil
        case 0: self = .sameDay
        case 1...7: self = .withinOneWeek
        case 8...14: self = .withinTwoWeeks
        case 15...28: self = .withinFourWeeks
        default: self = .longer
        }
    }
}

/// The deprivation bands the report compares: the most deprived fifth of areas
/// (deciles 1–2) against the rest, and clients whose decile is unknown.
public enum DeprivationBand: String, CaseIterable, Sendable {
    case mostDeprived = "deciles-1-2"
    case rest = "deciles-3-10"
    case unknown = "decile-unknown"

    public init(decile: Int?) {
        guard let decile else { self = .unknown; return }
        self = decile <= 2 ? .mostDeprived : .rest
    }
}

/// A slice of the caseload whose employment transitions are tabulated on their own.
public enum CaseloadGroup: Hashable, Sendable {
    case everyone
    /// A `TierAllocation` code: `tier-1` … `tier-3` or `not-allocated`.
    case tier(String)
    case deprivation(DeprivationBand)

    /// Used in CSV file names and wording keys.
    public var code: String {
        switch self {
        case .everyone: return "all"
        case .tier(let code): return code
        case .deprivation(let band): return band.rawValue
        }
    }

    /// Every group, in report order.
    public static let all: [CaseloadGroup] = [.everyone] + TierAllocation.codes.map { .tier($0) }
        + DeprivationBand.allCases.map { .deprivation($0) }
}

/// A move from one employment status at referral to one at discharge.
public struct Transition: Hashable, Sendable {
    public var from: String
    public var to: String
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
