import PlanBuilder

/// The running totals of a caseload: every figure of the report can be worked out from
/// these, and they take the same memory for ten files as for a million.
public struct CaseloadTally: Sendable, Equatable {
    public private(set) var clients = 0
    /// Referral source code (or `not-recorded`) → clients.
    public private(set) var referralSources = Counter<String>()
    /// Tiers set in the case file, and tiers assessed by vr-docs.
    public private(set) var tiersGiven = Counter<Int>()
    public private(set) var tiersAssessed = Counter<Int>()
    public private(set) var waits = Counter<AssessmentWait>()
    /// Clients whose wait could not be counted: a date missing, or the assessment dated
    /// before the first contact.
    public private(set) var waitsMissingDates = 0
    public private(set) var waitsOutOfOrder = 0
    /// Waits counted from the referral date because the first contact was not recorded.
    public private(set) var waitsFromReferral = 0
    /// Per tier, contacts → clients; the exact median comes from these counts.
    public private(set) var contactsByTier: [Int: Counter<Int>] = [:]
    public private(set) var contactsMissing = 0
    public private(set) var transitions: [CaseloadGroup: Counter<Transition>] = [:]
    /// Status at follow-up (or `not-recorded`) → clients.
    public private(set) var followUp = Counter<String>()
    /// Clients at work at discharge with a follow-up status, and of them those still at
    /// work at follow-up.
    public private(set) var atWorkAtDischargeFollowedUp = 0
    public private(set) var atWorkAtDischargeStillAtWork = 0
    public private(set) var measures = MeasureTally()
    /// The latest date recorded in any case file.
    public private(set) var latestDate: LocalDate?

    public init() {}

    public mutating func add(_ summary: CaseSummary) {
        clients += 1
        referralSources.add(summary.referralSource ?? StatusCodes.notRecorded)
        if summary.tierGiven { tiersGiven.add(summary.tier) } else { tiersAssessed.add(summary.tier) }
        if let days = summary.daysToAssessment {
            if let wait = AssessmentWait(days: days) {
                waits.add(wait)
                if summary.daysCountedFromReferral { waitsFromReferral += 1 }
            } else {
                waitsOutOfOrder += 1
            }
        } else {
            waitsMissingDates += 1
        }
        if let contacts = summary.contacts {
            contactsByTier[summary.tier, default: Counter()].add(contacts)
        } else {
            contactsMissing += 1
        }
        let transition = Transition(from: summary.statusAtReferral ?? StatusCodes.notRecorded, to: summary.discharge.code)
        for group in [CaseloadGroup.everyone, .tier(summary.tier), .deprivation(DeprivationBand(decile: summary.deprivationDecile))] {
            transitions[group, default: Counter()].add(transition)
        }
        followUp.add(summary.statusAtFollowUp ?? StatusCodes.notRecorded)
        if summary.discharge == .discharged(status: "at-work"), let status = summary.statusAtFollowUp {
            atWorkAtDischargeFollowedUp += 1
            if status == "at-work" { atWorkAtDischargeStillAtWork += 1 }
        }
        measures.add(summary.measures)
        latestDate = [latestDate, summary.latestDate].compactMap { $0 }.max()
    }

    public mutating func merge(_ other: CaseloadTally) {
        clients += other.clients
        referralSources.merge(other.referralSources)
        tiersGiven.merge(other.tiersGiven)
        tiersAssessed.merge(other.tiersAssessed)
        waits.merge(other.waits)
        waitsMissingDates += other.waitsMissingDates
        waitsOutOfOrder += other.waitsOutOfOrder
        waitsFromReferral += other.waitsFromReferral
        for (tier, counter) in other.contactsByTier { contactsByTier[tier, default: Counter()].merge(counter) }
        contactsMissing += other.contactsMissing
        for (group, counter) in other.transitions { transitions[group, default: Counter()].merge(counter) }
        followUp.merge(other.followUp)
        atWorkAtDischargeFollowedUp += other.atWorkAtDischargeFollowedUp
        atWorkAtDischargeStillAtWork += other.atWorkAtDischargeStillAtWork
        measures.merge(other.measures)
        latestDate = [latestDate, other.latestDate].compactMap { $0 }.max()
    }
}

/// Running sums of each before-and-after score, and of how many clients left the
/// abnormal HADS band (11 or more) by their latest review.
public struct MeasureTally: Sendable, Equatable {
    /// The HADS score from which a subscale counts as abnormal (definite case).
    public static let hadsAbnormal = 11.0

    public private(set) var hadsAnxiety = PairSum()
    public private(set) var hadsDepression = PairSum()
    public private(set) var wai = PairSum()
    public private(set) var eq5dVAS = PairSum()
    public private(set) var confidence = PairSum()
    public private(set) var anxietyAbnormal = BandShift()
    public private(set) var depressionAbnormal = BandShift()

    public init() {}

    mutating func add(_ pairs: MeasurePairs) {
        if let pair = pairs.hadsAnxiety { hadsAnxiety.add(pair); anxietyAbnormal.add(pair) }
        if let pair = pairs.hadsDepression { hadsDepression.add(pair); depressionAbnormal.add(pair) }
        if let pair = pairs.wai { wai.add(pair) }
        if let pair = pairs.eq5dVAS { eq5dVAS.add(pair) }
        if let pair = pairs.confidence { confidence.add(pair) }
    }

    mutating func merge(_ other: MeasureTally) {
        hadsAnxiety.merge(other.hadsAnxiety)
        hadsDepression.merge(other.hadsDepression)
        wai.merge(other.wai)
        eq5dVAS.merge(other.eq5dVAS)
        confidence.merge(other.confidence)
        anxietyAbnormal.merge(other.anxietyAbnormal)
        depressionAbnormal.merge(other.depressionAbnormal)
    }
}

/// Clients in the abnormal HADS band at assessment, and those of them below it at their
/// latest review.
public struct BandShift: Sendable, Equatable {
    public private(set) var abnormalAtAssessment = 0
    public private(set) var leftBand = 0

    public init() {}

    mutating func add(_ pair: ScorePair) {
        guard pair.atAssessment >= MeasureTally.hadsAbnormal else { return }
        abnormalAtAssessment += 1
        if pair.atLatestReview < MeasureTally.hadsAbnormal { leftBand += 1 }
    }

    mutating func merge(_ other: BandShift) {
        abnormalAtAssessment += other.abnormalAtAssessment
        leftBand += other.leftBand
    }
}
