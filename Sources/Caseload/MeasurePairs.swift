import PlanBuilder

/// One score at assessment and the same score at the latest review that recorded it.
public struct ScorePair: Sendable, Equatable {
    public var atAssessment: Double
    public var atLatestReview: Double
    public init(_ atAssessment: Double, _ atLatestReview: Double) {
        self.atAssessment = atAssessment
        self.atLatestReview = atLatestReview
    }
}

/// The scores the caseload report compares before and after, for one client. A score
/// is present only when the client has it both at assessment and at a later review, so
/// every mean in the report compares the same people.
public struct MeasurePairs: Sendable, Equatable {
    public var hadsAnxiety: ScorePair?
    public var hadsDepression: ScorePair?
    public var wai: ScorePair?
    public var eq5dVAS: ScorePair?
    public var confidence: ScorePair?

    public init(hadsAnxiety: ScorePair? = nil, hadsDepression: ScorePair? = nil, wai: ScorePair? = nil,
                eq5dVAS: ScorePair? = nil, confidence: ScorePair? = nil) {
        self.hadsAnxiety = hadsAnxiety
        self.hadsDepression = hadsDepression
        self.wai = wai
        self.eq5dVAS = eq5dVAS
        self.confidence = confidence
    }

    /// The scores a case file pairs, reading the assessment's measures (the earliest of
    /// an instrument when there are several) and the reviews' measures (the latest review
    /// that recorded the instrument: by date, then by order in the file).
    public init(_ caseFile: CaseFile) {
        let baseline = caseFile.assessment?.measures ?? []
        let reviews = caseFile.reviews.enumerated().sorted { lhs, rhs in
            let left = lhs.element.date ?? lhs.element.measures.compactMap(\.date).max()
            let right = rhs.element.date ?? rhs.element.measures.compactMap(\.date).max()
            switch (left, right) {
            case let (l?, r?) where l != r: return l < r
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
        func pair(_ instrument: Measure.Instrument, _ field: String) -> ScorePair? {
            let first = baseline.filter { $0.instrument == instrument && $0.scores[field] != nil }
                .enumerated().min { lhs, rhs in
                    switch (lhs.element.date, rhs.element.date) {
                    case let (l?, r?) where l != r: return l < r
                    default: return lhs.offset < rhs.offset
                    }
                }?.element.scores[field]
            guard let first else { return nil }
            for review in reviews.reversed() {
                if let latest = review.measures.last(where: { $0.instrument == instrument && $0.scores[field] != nil })?.scores[field] {
                    return ScorePair(first, latest)
                }
            }
            return nil
        }
        self.init(hadsAnxiety: pair(.hads, "anxiety"), hadsDepression: pair(.hads, "depression"),
                  wai: pair(.wai, "score"), eq5dVAS: pair(.eq5d, "vas"), confidence: pair(.confidence, "score"))
    }
}
