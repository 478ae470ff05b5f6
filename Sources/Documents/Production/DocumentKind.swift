/// The documents vr-docs can produce from one case file, named as on the command line.
public enum DocumentKind: String, CaseIterable, Sendable {
    case rtwPlan = "rtw-plan"
    case employerReport = "employer-report"
    case clientCopy = "client-copy"
    case review

    /// The strictest reader of the document; its disclosure rules apply. The review is
    /// the case manager's record: the client may read it too, and the employer only
    /// what an employer document would show.
    public var audience: Audience {
        switch self {
        case .rtwPlan, .employerReport: return .employer
        case .clientCopy: return .client
        case .review: return .caseManager
        }
    }
}
