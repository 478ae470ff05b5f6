import PlanBuilder

/// The few figures the caseload report needs from one case file. A caseload of
/// 100,000 files is summarised one file at a time and only these figures are kept,
/// so memory does not grow with the text of the case files.
public struct CaseSummary: Sendable, Equatable {
    /// `case.reference`, so that two files for one client are counted once. It is kept
    /// only to find duplicates and never printed in the report.
    public var reference: String
    /// Where the tier came from, and the tier.
    public var tier: TierAllocation
    /// A referral source code, or nil when none was recorded.
    public var referralSource: String?
    /// Days from first contact (or, without it, the referral date) to the assessment;
    /// nil when either date is missing.
    public var daysToAssessment: Int?
    /// True when the referral date stood in for a missing first-contact date.
    public var daysCountedFromReferral: Bool
    public var contacts: Int?
    /// Employment status at referral; nil when not recorded.
    public var statusAtReferral: String?
    /// What the outcome section says about discharge.
    public var discharge: DischargeStatus
    /// Status at follow-up; nil when no follow-up status was recorded.
    public var statusAtFollowUp: String?
    /// Deprivation decile 1–10; nil when not recorded.
    public var deprivationDecile: Int?
    /// Measures at assessment paired with the latest review, for clients who have both.
    public var measures: MeasurePairs
    /// The latest date the case file records, so the report can say how recent its
    /// figures are without reading the clock (the same files give the same report).
    public var latestDate: LocalDate?

    public init(reference: String = "", tier: TierAllocation, referralSource: String? = nil, daysToAssessment: Int? = nil,
                daysCountedFromReferral: Bool = false, contacts: Int? = nil, statusAtReferral: String? = nil,
                discharge: DischargeStatus = .notDischarged, statusAtFollowUp: String? = nil,
                deprivationDecile: Int? = nil, measures: MeasurePairs = MeasurePairs(), latestDate: LocalDate? = nil) {
        self.reference = reference
        self.tier = tier
        self.referralSource = referralSource
        self.daysToAssessment = daysToAssessment
        self.daysCountedFromReferral = daysCountedFromReferral
        self.contacts = contacts
        self.statusAtReferral = statusAtReferral
        self.discharge = discharge
        self.statusAtFollowUp = statusAtFollowUp
        self.deprivationDecile = deprivationDecile
        self.measures = measures
        self.latestDate = latestDate
    }
}

/// A client's tier: set in the case file, assessed by vr-docs from the assessment, or
/// not allocated (no tier in the case file and no assessment to work one out from).
public enum TierAllocation: Sendable, Equatable {
    case given(Int)
    case assessed(Int)
    case notAllocated

    public var tier: Int? {
        switch self {
        case .given(let tier), .assessed(let tier): return tier
        case .notAllocated: return nil
        }
    }

    /// `tier-2`, or `not-allocated`: the row of the tier tables this client falls in.
    public var code: String { tier.map { "tier-\($0)" } ?? TierAllocation.notAllocatedCode }

    public static let notAllocatedCode = "not-allocated"
    /// Every tier row, in report order.
    public static let codes = ["tier-1", "tier-2", "tier-3", notAllocatedCode]
}

/// Where a client's episode stands: discharged with a status, discharged without one
/// recorded, or still open.
public enum DischargeStatus: Sendable, Equatable {
    case discharged(status: String)
    case dischargedStatusNotRecorded
    case notDischarged

    /// The column of the transition table this client falls in.
    public var code: String {
        switch self {
        case .discharged(let status): return status
        case .dischargedStatusNotRecorded: return StatusCodes.notRecorded
        case .notDischarged: return StatusCodes.notDischarged
        }
    }
}

/// The codes the report uses besides the case file's own status codes.
public enum StatusCodes {
    public static let notRecorded = "not-recorded"
    public static let notDischarged = "not-discharged"

    /// Every status a row or column of a transition table can hold, in report order.
    public static let all = Outcome.statuses + [notRecorded, notDischarged]
}

extension CaseSummary {
    /// Summarises a case file that has been read and checked. The tier comes from
    /// PlanBuilder's assessor when the case file leaves it as `auto` and records an
    /// assessment; with neither, the client has no tier yet ("not allocated") rather
    /// than the tier 1 an empty assessment would give.
    public init(_ caseFile: CaseFile) {
        let tier: TierAllocation
        if case .given(let given) = caseFile.caseInfo.tier {
            tier = .given(given)
        } else if caseFile.assessment != nil {
            tier = .assessed(TierAssessor.assess(caseFile).tier)
        } else {
            tier = .notAllocated
        }
        let info = caseFile.caseInfo
        var days: Int?
        var fromReferral = false
        if let assessed = info.assessed {
            if let contact = info.firstContact {
                days = contact.days(until: assessed)
            } else if let referred = info.referral?.date {
                days = referred.days(until: assessed)
                fromReferral = true
            }
        }
        let discharge: DischargeStatus
        if let status = caseFile.outcome?.status {
            discharge = .discharged(status: status)
        } else if caseFile.outcome?.discharged != nil {
            discharge = .dischargedStatusNotRecorded
        } else {
            discharge = .notDischarged
        }
        self.init(reference: info.reference, tier: tier, referralSource: info.referral?.source,
                  daysToAssessment: days, daysCountedFromReferral: fromReferral, contacts: info.contacts,
                  statusAtReferral: caseFile.employment?.status, discharge: discharge,
                  statusAtFollowUp: caseFile.outcome?.followUp?.status,
                  deprivationDecile: caseFile.client.deprivationDecile, measures: MeasurePairs(caseFile),
                  latestDate: Self.latestDate(caseFile))
    }

    static func latestDate(_ caseFile: CaseFile) -> LocalDate? {
        let info = caseFile.caseInfo
        let dates: [LocalDate?] = [info.referral?.date, info.firstContact, info.assessed, caseFile.assessment?.date,
                                   caseFile.outcome?.discharged, caseFile.outcome?.followUp?.date]
        return (dates.compactMap { $0 } + caseFile.reviews.compactMap(\.date)).max()
    }
}
