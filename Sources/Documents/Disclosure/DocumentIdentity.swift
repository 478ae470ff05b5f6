import PlanBuilder

/// What every document of a case prints about whom it concerns and who wrote it — names,
/// reference, job, service, case manager, issue date — the same for every audience, so
/// the header, title and metadata of every document agree.
public struct DocumentIdentity: Sendable {
    public let reference: String
    public let name: String
    /// The name used in running text ("Jane"), the full name when none is given.
    public let preferredName: String
    public let jobTitle: String?
    public let employerName: String?
    public let service: Service?
    public let caseManager: Contact?
    public let issued: LocalDate?
    public let version: String?
    /// SHA-256 of the case file, carried in the PDF's keywords.
    public let fingerprint: String?
    /// The most recent date the case records about the plan: the PDF's creation date, so
    /// the same case file always gives the same bytes.
    public let creationDate: LocalDate
    let nation: Nation
    /// The client is still at work (`employment.status: at-work`, or referred to stay in
    /// work): every document speaks of staying in work, not of a return.
    public let staysInWork: Bool

    init(_ caseFile: CaseFile) {
        reference = caseFile.caseInfo.reference
        name = caseFile.client.name
        preferredName = caseFile.client.preferredName ?? caseFile.client.name
        jobTitle = caseFile.employment?.jobTitle
        employerName = caseFile.employment?.employer?.name
        service = caseFile.caseInfo.service
        caseManager = caseFile.caseInfo.caseManager
        issued = caseFile.caseInfo.issued
        version = caseFile.caseInfo.version
        fingerprint = caseFile.fingerprint
        let dates: [LocalDate?] = [caseFile.plan?.start, caseFile.caseInfo.assessed,
                                   caseFile.assessment?.date, caseFile.consent.recorded, caseFile.caseInfo.referral?.date]
        creationDate = caseFile.caseInfo.issued ?? dates.compactMap { $0 }.max() ?? LocalDate(year: 2026, month: 1, day: 1)!
        nation = Nation(caseFile: caseFile)
        staysInWork = caseFile.staysInWork
    }

    /// `key`, or its stay-in-work form (`intro_at_work`) for a client still at work.
    /// The plan's last day, when the document is issued after it: it is then a record of
    /// the plan, not a look ahead (every document says so in its own words).
    func endedOn(_ schedule: GradedSchedule?) -> LocalDate? {
        guard let issued, let last = schedule?.lastDay, issued > last else { return nil }
        return last
    }

    func opening(_ key: String) -> String {
        staysInWork ? key + "_at_work" : key
    }
}
