/// The level of support a client needs, in the VR tiers services commission against:
/// 1 advice and signposting, 2 moderate support with assessment and return-to-work
/// planning, 3 intensive case management for complex, multi-domain needs.
public struct TierAssessment: Sendable, Equatable {
    public var tier: Int
    /// True when the case manager set the tier in the case file; it then stands as given.
    public var isGiven: Bool
    /// The facts that led to the tier, most important first.
    public var reasons: [String]
    /// The weight of need behind an assessed tier; nil when the tier was given.
    public var score: Double?

    public var summary: String {
        switch tier {
        case 1: return "Tier 1: advice and signposting (short, up to about 4 weeks)"
        case 2: return "Tier 2: moderate support with assessment and return-to-work planning (weeks to a few months)"
        default: return "Tier 3: intensive case management for complex, multi-domain needs (6 months or more)"
        }
    }
}
