/// A workplace adjustment the case manager has agreed, by catalogue code or free title.
public struct Adjustment: Sendable {
    public var code: String?
    public var title: String?
    public var detail: String?
    public var category: String?
    public var responsible: String?
    public var from: LocalDate?
    public var review: LocalDate?
    public var permanent: Bool

    public init(code: String? = nil, title: String? = nil, detail: String? = nil, category: String? = nil,
                responsible: String? = nil, from: LocalDate? = nil, review: LocalDate? = nil,
                permanent: Bool = false) {
        self.code = code
        self.title = title
        self.detail = detail
        self.category = category
        self.responsible = responsible
        self.from = from
        self.review = review
        self.permanent = permanent
    }

    public static let categories = ["hours", "duties", "environment", "equipment", "support",
                                    "travel", "communication", "policy"]
    public static let responsibleRoles = ["employer", "line-manager", "client", "case-manager",
                                          "occupational-health", "access-to-work"]
}

public struct Intervention: Sendable {
    public var type: String
    public var provider: String?
    public var status: String?
    public var note: String?
    public init(type: String, provider: String? = nil, status: String? = nil, note: String? = nil) {
        self.type = type
        self.provider = provider
        self.status = status
        self.note = note
    }
    public static let statuses = ["proposed", "referred", "in-progress", "completed", "declined"]
}

/// What actually happened in a plan week, recorded at a review.
public struct ReviewRecord: Sendable {
    public var date: LocalDate?
    public var week: Int?
    public var hoursWorked: Double?
    public var daysWorked: Int?
    public var note: String?
    public var measures: [Measure]
    public init(date: LocalDate? = nil, week: Int? = nil, hoursWorked: Double? = nil,
                daysWorked: Int? = nil, note: String? = nil, measures: [Measure] = []) {
        self.date = date
        self.week = week
        self.hoursWorked = hoursWorked
        self.daysWorked = daysWorked
        self.note = note
        self.measures = measures
    }
}

public struct Outcome: Sendable {
    public var discharged: LocalDate?
    public var status: String?
    public var reason: String?
    public var followUp: FollowUp?
    public init(discharged: LocalDate? = nil, status: String? = nil, reason: String? = nil, followUp: FollowUp? = nil) {
        self.discharged = discharged
        self.status = status
        self.reason = reason
        self.followUp = followUp
    }

    public struct FollowUp: Sendable {
        public var date: LocalDate?
        public var status: String?
        public init(date: LocalDate? = nil, status: String? = nil) {
            self.date = date
            self.status = status
        }
    }

    public static let statuses = Employment.statuses + ["education", "deceased"]
}

/// The catalogue codes a case file may use, passed to the reader so that an unknown
/// code is reported with the nearest known ones.
public struct KnownCodes: Sendable {
    public var limitations: Set<String>
    public var demands: Set<String>
    public var adjustments: Set<String>
    public init(limitations: Set<String>, demands: Set<String>, adjustments: Set<String>) {
        self.limitations = limitations
        self.demands = demands
        self.adjustments = adjustments
    }
}
