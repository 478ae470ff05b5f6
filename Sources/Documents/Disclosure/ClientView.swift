import PlanBuilder

/// What the client's own copy is made from: their plan, schedule, job, agreed changes,
/// goals, appointments and who to call. The client may read their own health details;
/// what is listed here is what their copy needs, so caseload-only fields (the
/// deprivation decile, outcome measures, the service's records of the case) never
/// reach it, and a new field reaches it only when someone adds it here.
public struct ClientView: Sendable {
    public let identity: DocumentIdentity
    public let largePrint: Bool
    /// Still at work (stay-in-work), so the copy never says "you start back".
    public var staysInWork: Bool { identity.staysInWork }
    public let workplace: Workplace
    public let plan: PlanSpec?
    public let schedule: GradedSchedule?
    public let goals: [Goal]
    public let adjustments: [Adjustment]
    /// Days off for appointments, named, since the client knows what they are for.
    public let appointments: [Appointment]
    /// The client's conditions, limitation codes and barrier domains, for matching the
    /// help list to them (a back-pain client is not sent to a cancer charity).
    public let helpTopics: [String]
    /// What the employer's documents carry, so the client's copy never promises that a
    /// manager will arrange what the client chose not to tell them.
    public let employerIsTold: Set<ShareableItem>
    /// Whether the client's choice is recorded (else the format's defaults are shared) and
    /// whether the employer may be told the diagnosis: the copy says so in the client's words.
    public let consentIsRecorded: Bool
    public let employerIsToldDiagnosis: Bool
    var nation: Nation { identity.nation }

    public init(_ caseFile: CaseFile, schedule: GradedSchedule?) {
        identity = DocumentIdentity(caseFile)
        largePrint = caseFile.client.largePrint
        workplace = Workplace(caseFile.employment)
        plan = caseFile.plan
        self.schedule = schedule
        goals = caseFile.goals
        adjustments = caseFile.adjustments
        appointments = caseFile.health?.appointments ?? []
        helpTopics = (caseFile.health?.conditions.map(\.name) ?? []) + (caseFile.assessment?.limitations.map(\.code) ?? [])
            + (caseFile.assessment?.barriers.map(\.domain) ?? [])
        employerIsTold = caseFile.consent.shareWithEmployer
        consentIsRecorded = caseFile.consent.isRecorded
        employerIsToldDiagnosis = caseFile.consent.discloseDiagnosis
            && !((caseFile.health?.conditions.isEmpty ?? true) && (caseFile.health?.treatment.isEmpty ?? true))
    }
}
