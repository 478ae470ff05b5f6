/// What the initial assessment found: barriers, strengths, limitations, current
/// capacity, the fitness recommendation and outcome measures.
public struct Assessment: Sendable {
    public var date: LocalDate?
    public var barriers: [Barrier]
    public var strengths: [String]
    public var limitations: [Limitation]
    public var capacity: Capacity?
    public var fitness: Fitness?
    public var measures: [Measure]

    public init(date: LocalDate? = nil, barriers: [Barrier] = [], strengths: [String] = [],
                limitations: [Limitation] = [], capacity: Capacity? = nil, fitness: Fitness? = nil,
                measures: [Measure] = []) {
        self.date = date
        self.barriers = barriers
        self.strengths = strengths
        self.limitations = limitations
        self.capacity = capacity
        self.fitness = fitness
        self.measures = measures
    }
}

public enum Severity: String, Sendable, CaseIterable, Comparable {
    case low, moderate, high
    public var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

public struct Barrier: Sendable {
    public var domain: String
    public var description: String?
    public var severity: Severity?
    /// Private barriers never reach the employer.
    public var isPrivate: Bool

    public init(domain: String, description: String? = nil, severity: Severity? = nil, isPrivate: Bool = false) {
        self.domain = domain
        self.description = description
        self.severity = severity
        self.isPrivate = isPrivate
    }

    public static let domains = ["health", "physical", "psychological", "cognitive", "social",
                                 "financial", "workplace", "career"]
}

public struct Limitation: Sendable {
    public var code: String
    public var detail: String?
    public var severity: Severity?
    public init(code: String, detail: String? = nil, severity: Severity? = nil) {
        self.code = code
        self.detail = detail
        self.severity = severity
    }
}

/// Current tolerances; week 1 of a plan must stay within them.
public struct Capacity: Sendable, Equatable {
    public var hoursPerDay: Double?
    public var daysPerWeek: Int?
    public var liftingKg: Double?
    public var sittingMinutes: Int?
    public var standingMinutes: Int?
    public var walkingMinutes: Int?
    public var canDrive: Bool?

    public init(hoursPerDay: Double? = nil, daysPerWeek: Int? = nil, liftingKg: Double? = nil,
                sittingMinutes: Int? = nil, standingMinutes: Int? = nil, walkingMinutes: Int? = nil,
                canDrive: Bool? = nil) {
        self.hoursPerDay = hoursPerDay
        self.daysPerWeek = daysPerWeek
        self.liftingKg = liftingKg
        self.sittingMinutes = sittingMinutes
        self.standingMinutes = standingMinutes
        self.walkingMinutes = walkingMinutes
        self.canDrive = canDrive
    }
}

/// The health-and-work recommendation, in the fit note's own terms.
public struct Fitness: Sendable {
    public enum Status: String, Sendable, CaseIterable { case fit, mayBeFit = "may-be-fit", notFit = "not-fit" }
    public enum Option: String, Sendable, CaseIterable {
        case phasedReturn = "phased-return", alteredHours = "altered-hours"
        case amendedDuties = "amended-duties", workplaceAdaptations = "workplace-adaptations"
    }
    public var status: Status
    public var with: [Option]
    public var comments: String?
    public init(status: Status, with: [Option] = [], comments: String? = nil) {
        self.status = status
        self.with = with
        self.comments = comments
    }
}

/// One completed outcome measure. Scores are keyed by the case file's field names
/// (`anxiety`, `depression`, `score`, `vas`, ...); every score is confidential.
public struct Measure: Sendable {
    public var instrument: Instrument
    public var date: LocalDate?
    public var scores: [String: Double]

    public init(instrument: Instrument, date: LocalDate? = nil, scores: [String: Double] = [:]) {
        self.instrument = instrument
        self.date = date
        self.scores = scores
    }

    public enum Instrument: String, Sendable, CaseIterable {
        case hads = "HADS", eq5d = "EQ-5D-5L", wai = "WAI", copm = "COPM", confidence

        /// The scores each instrument has and their valid ranges.
        public var fields: [(name: String, range: ClosedRange<Double>)] {
            switch self {
            case .hads: return [("anxiety", 0...21), ("depression", 0...21)]
            case .eq5d: return [("mobility", 1...5), ("self_care", 1...5), ("usual_activities", 1...5),
                                ("pain_discomfort", 1...5), ("anxiety_depression", 1...5), ("vas", 0...100)]
            case .wai: return [("score", 7...49)]
            case .copm: return [("performance", 1...10), ("satisfaction", 1...10)]
            case .confidence: return [("score", 0...10)]
            }
        }
    }
}

public struct Goal: Sendable {
    public enum Horizon: String, Sendable, CaseIterable { case short, long }
    public var horizon: Horizon?
    public var text: String
    public var by: LocalDate?
    public init(horizon: Horizon? = nil, text: String, by: LocalDate? = nil) {
        self.horizon = horizon
        self.text = text
        self.by = by
    }
}
