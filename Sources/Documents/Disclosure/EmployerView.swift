import PlanBuilder

/// What the employer may read of a case: the employer report and the signed rtw-plan are
/// built from this and nothing else.
///
/// It is an allow-list. Every field here was copied in by `EmployerView.init` under the
/// consent that allows it, so a field added to the case file later reaches the employer
/// only when someone adds it here and decides under which consent. Model types appear
/// only where every field of them is about the job rather than the person (a contract,
/// an organisation, a contact, a duty change, what the assessment found the person can
/// manage); anything that can carry health information has its own small type below.
public struct EmployerView: Sendable {
    public let identity: DocumentIdentity
    public let workplace: Workplace
    public let plan: EmployerPlan?
    /// The schedule as the employer sees it (`EmployerSchedule`), nil when not shared.
    public let schedule: GradedSchedule?
    public let assessmentDate: LocalDate?
    public let fitness: EmployerFitness?
    public let limitations: [EmployerLimitation]
    public let capacity: Capacity?
    public let medicationEffects: String?
    /// Descriptions of the barriers the employer may know about (`employerMaySee`).
    public let barriers: [String]
    public let strengths: [String]
    public let conditions: [EmployerCondition]
    public let treatments: [EmployerTreatment]
    public let goals: [EmployerGoal]
    public let adjustments: [EmployerAdjustment]
    public let reviews: [EmployerReview]
    /// What the client agreed to, printed as the consent statement.
    public let consent: Consent
    /// The allowed parts in the shape the adjustment suggester reads (`suggestionCase`).
    let suggestionCase: CaseFile

    /// Parts of the case the employer may not see; documents say so where they would have
    /// shown them. Only parts the case actually has are listed.
    public let withheld: Set<ShareableItem>
    /// True when the case names a condition, treatment or appointment purpose the
    /// employer may not see.
    public let diagnosisWithheld: Bool
    /// True when the schedule has points about what the assessment found the client can
    /// manage ("From week 3, days are longer than…") and consent keeps them back: the
    /// employer documents say a point is missing where the others are listed.
    public let capacityPointsWithheld: Bool
    /// Paths of employer-bound free text left out because it reads as health information
    /// (`plan.duties[1].duty`), so the case manager can be told to reword it.
    public let screened: [String]
    /// Of those, the fields whose opening words were kept ("Start at 10:00."), by path:
    /// only their reason read as health information.
    public let keptOpenings: [String: String]

    /// Whether a text at `path` (`reviews[0].note`) was left out as health information,
    /// so the document can say so where it would have been.
    public func wasScreened(_ path: String) -> Bool { screened.contains(path) }

    /// Whether any goal was left out as health information.
    public var goalScreened: Bool { screened.contains { $0.hasPrefix("goals[") } }

    public func isWithheld(_ item: ShareableItem) -> Bool { withheld.contains(item) }
    var nation: Nation { identity.nation }
}

/// The job: who employs the client, who manages them, the contract and the job's demands.
public struct Workplace: Sendable {
    public var employer: Organisation?
    public var jobTitle: String?
    public var lineManager: Contact?
    public var hr: Contact?
    public var occupationalHealth: Contact?
    public var contract: Contract?
    public var jobDemands: [JobDemand]

    /// The suffix of the pay wording keys for this contract: `_rota` when shifts can fall on
    /// more days than there are shifts, so a holiday is paid only when it costs a shift
    /// (`PayCalculator`); empty otherwise.
    var payWordingSuffix: String { isRota ? "_rota" : "" }

    /// Shifts can fall on any day of the pattern (`Contract.isRota`).
    var isRota: Bool { contract?.isRota == true }

    init(_ employment: Employment?) {
        employer = employment?.employer
        jobTitle = employment?.jobTitle
        lineManager = employment?.lineManager
        hr = employment?.hr
        occupationalHealth = employment?.occupationalHealth
        contract = employment?.contract
        jobDemands = employment?.jobDemands ?? []
    }
}

/// The plan's terms an employer acts on: when it starts, how hours build up, holidays,
/// pay, the start time of the day and, with consent, the duty changes.
public struct EmployerPlan: Sendable {
    public var start: LocalDate
    public var strategy: PlanSpec.Strategy
    public var holidays: HolidayRegion
    public var pay: PayPolicy?
    public var dayStart: TimeOfDay?
    public var duties: [DutyChange]
}

/// The fit-note style advice; the practitioner's comments only with consent to disclose
/// the diagnosis.
public struct EmployerFitness: Sendable {
    public var status: Fitness.Status
    public var with: [Fitness.Option]
    public var comments: String?
}

public struct EmployerLimitation: Sendable {
    public var code: String
    public var detail: String?
    public var severity: Severity?
}

public struct EmployerCondition: Sendable {
    public var name: String
    public var since: PartialDate?
}

public struct EmployerTreatment: Sendable {
    public var name: String
    public var from: LocalDate?
}

public struct EmployerGoal: Sendable {
    public var text: String
    public var by: LocalDate?
}

public struct EmployerAdjustment: Sendable {
    public var code: String?
    public var title: String?
    public var detail: String?
    public var category: String?
    public var responsible: String?
    public var from: LocalDate?
    public var review: LocalDate?
    public var permanent: Bool
    /// True when the case's detail was left out as health information, wholly (`detail`
    /// is nil) or all but its opening words; the documents say so where it would be.
    public var detailScreened: Bool = false
}

/// A review as the employer sees it: when, which week, hours worked and the note; never
/// the outcome measures.
public struct EmployerReview: Sendable {
    public var date: LocalDate?
    public var week: Int?
    public var hoursWorked: Double?
    public var note: String?
}
