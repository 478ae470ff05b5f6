/// The documents vr-docs can produce from one case file, named as on the command line.
public enum DocumentKind: String, CaseIterable, Sendable {
    case rtwPlan = "rtw-plan"

    /// The strictest reader of the document; its disclosure rules apply.
    public var audience: Audience {
        switch self {
        case .rtwPlan: return .employer
        }
    }
}
