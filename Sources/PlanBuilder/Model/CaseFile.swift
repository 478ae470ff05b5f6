/// One client's episode with a VR service, as read from a case file (format 1).
///
/// Every section except `caseInfo` and `client` is optional so that a document can be
/// built from whatever a case manager has recorded so far; absent sections are left out
/// of documents rather than printed empty.
public struct CaseFile: Sendable {
    public var format: Int
    public var caseInfo: CaseInfo
    public var client: Client
    public var employment: Employment?
    public var health: Health?
    public var consent: Consent
    public var assessment: Assessment?
    public var goals: [Goal]
    public var plan: PlanSpec?
    public var adjustments: [Adjustment]
    public var interventions: [Intervention]
    public var reviews: [ReviewRecord]
    public var outcome: Outcome?
    /// Where each field was written (`plan.weeks` -> line 112), so that later checks,
    /// such as an infeasible schedule, can point the case manager at the right line.
    /// SHA-256 of the file's bytes, when the reader was asked for it: recorded in every
    /// document's metadata so an issued PDF can be traced to the exact file.
    public var fingerprint: String?
    public var locations: [String: SourceLocation]

    public init(format: Int = 1, caseInfo: CaseInfo, client: Client,
                employment: Employment? = nil, health: Health? = nil,
                consent: Consent = Consent(), assessment: Assessment? = nil,
                goals: [Goal] = [], plan: PlanSpec? = nil, adjustments: [Adjustment] = [],
                interventions: [Intervention] = [], reviews: [ReviewRecord] = [],
                outcome: Outcome? = nil, locations: [String: SourceLocation] = [:]) {
        self.format = format
        self.caseInfo = caseInfo
        self.client = client
        self.employment = employment
        self.health = health
        self.consent = consent
        self.assessment = assessment
        self.goals = goals
        self.plan = plan
        self.adjustments = adjustments
        self.interventions = interventions
        self.reviews = reviews
        self.outcome = outcome
        self.locations = locations
    }
}

/// A place in a case file, for messages a case manager can act on.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
}

/// A person the documents name as a contact.
public struct Contact: Sendable, Equatable {
    public var name: String?
    public var role: String?
    public var phone: String?
    public var email: String?
    /// Optional extension for the case manager: profession and professional registration
    /// ("Occupational therapist", "HCPC OT12345"), printed with the signature on the
    /// employer's report as the AHP Health and Work Report asks.
    public var profession: String?
    public var registration: String?
    public init(name: String? = nil, role: String? = nil, phone: String? = nil, email: String? = nil,
                profession: String? = nil, registration: String? = nil) {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.profession = profession
        self.registration = registration
    }
}

/// A date as loosely as a case manager may know it: `2025`, `2025-09` or `2025-09-14`.
public struct PartialDate: Sendable, Equatable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
    public var description: String {
        var text = year.zeroPadded(4)
        if let month { text += "-" + month.zeroPadded(2) }
        if let day { text += "-" + day.zeroPadded(2) }
        return text
    }
}

/// A time of day such as an appointment at `10:00`.
public struct TimeOfDay: Sendable, Equatable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }
    public var description: String { "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))" }
}

extension CaseFile {
    /// The client is at work and the plan keeps them there (at work when referred, or
    /// referred to stay in work): documents speak of adjusted hours, not of a return, and
    /// the fit note's option for such a plan is altered hours.
    public var staysInWork: Bool {
        employment?.status == "at-work" || caseInfo.referral?.reason == "stay-in-work"
    }
}
