/// An adjustment PlanBuilder proposes from the client's limitations and the job's
/// demands. Documents mark it as a suggestion: the case manager's own list wins.
public struct SuggestedAdjustment: Sendable, Equatable {
    public var entry: AdjustmentEntry
    /// Severity-weighted sum of the limitations it addresses (high 3, moderate 2, low or
    /// unrecorded 1; double for the entry's main limitation) plus a point for each job
    /// demand it addresses, at most two. See `AdjustmentSuggester`.
    public var score: Double
    /// Why it was suggested, in the order the matches were weighed, e.g.
    /// `limitation: sitting (high)`, `job demand: prolonged-sitting`.
    public var reasons: [String]
    /// The client's limitation codes it addresses, most severe first.
    public var matchedLimitations: [String]
    /// The job's demand codes it addresses, in the order the case file lists them.
    public var matchedDemands: [String]

    public init(entry: AdjustmentEntry, score: Double, reasons: [String],
                matchedLimitations: [String], matchedDemands: [String]) {
        self.entry = entry
        self.score = score
        self.reasons = reasons
        self.matchedLimitations = matchedLimitations
        self.matchedDemands = matchedDemands
    }

    /// True when it meets a job demand as well as a limitation; such suggestions are
    /// ranked above every one that meets a limitation alone, whatever the score.
    public var addressesJobDemand: Bool { !matchedDemands.isEmpty }
}
