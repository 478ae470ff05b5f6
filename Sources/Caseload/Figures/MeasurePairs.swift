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

/// One score the case-file format defines: an instrument and one of its fields. The
/// report compares every one of them, so a measure the format adds (COPM, the EQ-5D
/// dimensions) is reported without anyone remembering to add it here.
public struct MeasureScore: Sendable, Equatable {
    public var instrument: Measure.Instrument
    public var field: String

    /// Every score of every instrument, in the format's order.
    public static let all: [MeasureScore] = Measure.Instrument.allCases.flatMap { instrument in
        instrument.fields.map { MeasureScore(instrument: instrument, field: $0.name) }
    }

    /// `hads-anxiety`, `copm-performance`, `eq5d-vas`; an instrument with a single
    /// `score` is just its name (`wai`, `confidence`).
    public var code: String {
        let prefix: String
        switch instrument {
        case .hads: prefix = "hads"
        case .eq5d: prefix = "eq5d"
        case .wai: prefix = "wai"
        case .copm: prefix = "copm"
        case .confidence: prefix = "confidence"
        }
        return field == "score" ? prefix : prefix + "-" + field.replacingOccurrences(of: "_", with: "-")
    }

    public static func index(of code: String) -> Int? { all.firstIndex { $0.code == code } }
}

/// The scores the caseload report compares before and after, for one client, indexed
/// as `MeasureScore.all`. A score is present only when the client has it both at
/// assessment and at a later review, so every mean in the report compares the same people.
public struct MeasurePairs: Sendable, Equatable {
    public var pairs: [ScorePair?]

    public init(_ byCode: [String: ScorePair] = [:]) {
        pairs = MeasureScore.all.map { byCode[$0.code] }
    }

    public subscript(_ code: String) -> ScorePair? {
        MeasureScore.index(of: code).flatMap { pairs[$0] }
    }

    /// The scores a case file pairs, reading the assessment's measures (the earliest of
    /// an instrument when there are several) and the reviews' measures (the latest review
    /// that recorded the score: by date, then by order in the file).
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
        func pair(_ score: MeasureScore) -> ScorePair? {
            let first = baseline.filter { $0.instrument == score.instrument && $0.scores[score.field] != nil }
                .enumerated().min { lhs, rhs in
                    switch (lhs.element.date, rhs.element.date) {
                    case let (l?, r?) where l != r: return l < r
                    default: return lhs.offset < rhs.offset
                    }
                }?.element.scores[score.field]
            guard let first else { return nil }
            for review in reviews.reversed() {
                if let latest = review.measures.last(where: { $0.instrument == score.instrument && $0.scores[score.field] != nil })?.scores[score.field] {
                    return ScorePair(first, latest)
                }
            }
            return nil
        }
        pairs = MeasureScore.all.map(pair)
    }
}
