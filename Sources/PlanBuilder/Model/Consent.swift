/// What the client agreed the employer may see. Documents for the employer are filtered
/// through this, never through ad-hoc checks.
public struct Consent: Sendable {
    public var recorded: LocalDate?
    public var shareWithEmployer: Set<ShareableItem>
    public var discloseDiagnosis: Bool
    /// Whether the case file records the client's choice (a `consent` section with
    /// `recorded` or `share_with_employer`). Without it, documents share only the format's
    /// defaults and must not say the client agreed to anything.
    public var isRecorded: Bool = false

    public init(recorded: LocalDate? = nil,
                shareWithEmployer: Set<ShareableItem> = ShareableItem.defaults,
                discloseDiagnosis: Bool = false) {
        self.recorded = recorded
        self.shareWithEmployer = shareWithEmployer
        self.discloseDiagnosis = discloseDiagnosis
    }
}

public enum ShareableItem: String, CaseIterable, Sendable, Hashable {
    case schedule, duties, adjustments
    case functionalEffects = "functional_effects"
    case goals, reviews

    public static let defaults: Set<ShareableItem> = [.schedule, .duties, .adjustments]
}
