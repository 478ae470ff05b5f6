import PlanBuilder

/// The case manager's view for the progress review: the whole case, since the case
/// manager holds it. The review is never sent to the employer.
public struct CaseManagerView: Sendable {
    public let identity: DocumentIdentity
    public let caseFile: CaseFile
    public let schedule: GradedSchedule?

    public init(_ caseFile: CaseFile, schedule: GradedSchedule?) {
        identity = DocumentIdentity(caseFile)
        self.caseFile = caseFile
        self.schedule = schedule
    }
}
