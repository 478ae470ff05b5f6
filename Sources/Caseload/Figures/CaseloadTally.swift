import PlanBuilder

/// The running totals of a caseload: every figure of the report can be worked out from
/// these, and they take the same memory for ten files as for a million.
public struct CaseloadTally: Sendable, Equatable {
    public private(set) var clients = 0
    /// Referral source code (or `not-recorded`) → clients.
    public private(set) var referralSources = Counter<String>()
    /// Tiers set in the case file, tiers assessed by vr-docs, and clients with neither.
    public private(set) var tiersGiven = Counter<Int>()
    public private(set) var tiersAssessed = Counter<Int>()
    public private(set) var tiersNotAllocated = 0
    public private(set) var waits = Counter<AssessmentWait>()
    /// Clients whose wait could not be counted: a date missing, or the assessment dated
    /// before the first contact.
    public private(set) var waitsMissingDates = 0
    public private(set) var waitsOutOfOrder = 0
    /// Waits counted from the referral date because the first contact was not recorded.
    public private(set) var waitsFromReferral = 0
    /// Per tier code (`tier-1` … `not-allocated`), contacts → clients; the exact median
    /// comes from these counts.
    public private(set) var contactsByTier: [String: Counter<Int>] = [:]
    public private(set) var contactsMissing = 0
    public private(set) var transitions: [CaseloadGroup: Counter<Transition>] = [:]
    /// Status at follow-up (or `not-recorded`) → clients.
    public private(set) var followUp = Counter<String>()
    /// Clients at work at discharge with a follow-up status, and of them those still at
    /// work at follow-up.
    public private(set) var atWorkAtDischargeFollowedUp = 0
    public private(set) var atWorkAtDischargeStillAtWork = 0
    public private(set) var measures = MeasureTally()
    /// The latest date recorded in any case file read (a maximum, so it is not taken
    /// back when a duplicate is).
    public private(set) var latestDate: LocalDate?

    public init() {}

    /// Counts a client.
    public mutating func add(_ summary: CaseSummary) { apply(summary, sign: 1) }

    /// Takes a client back out: used when a client turns out to have been counted from
    /// the wrong one of two files with the same reference.
    public mutating func remove(_ summary: CaseSummary) { apply(summary, sign: -1) }

    private mutating func apply(_ summary: CaseSummary, sign: Int) {
        clients += sign
        referralSources.add(summary.referralSource ?? StatusCodes.notRecorded, sign)
        switch summary.tier {
        case .given(let tier): tiersGiven.add(tier, sign)
        case .assessed(let tier): tiersAssessed.add(tier, sign)
        case .notAllocated: tiersNotAllocated += sign
        }
        if let days = summary.daysToAssessment {
            if let wait = AssessmentWait(days: days) {
                waits.add(wait, sign)
                if summary.daysCountedFromReferral { waitsFromReferral += sign }
            } else {
                waitsOutOfOrder += sign
            }
        } else {
            waitsMissingDates += sign
        }
        if let contacts = summary.contacts {
            contactsByTier[summary.tier.code, default: Counter()].add(contacts, sign)
            if contactsByTier[summary.tier.code]?.isEmpty == true { contactsByTier[summary.tier.code] = nil }
        } else {
            contactsMissing += sign
        }
        let transition = Transition(from: summary.statusAtReferral ?? StatusCodes.notRecorded, to: summary.discharge.code)
        for group in [CaseloadGroup.everyone, .tier(summary.tier.code), .deprivation(DeprivationBand(decile: summary.deprivationDecile))] {
            transitions[group, default: Counter()].add(transition, sign)
            if transitions[group]?.isEmpty == true { transitions[group] = nil }
        }
        followUp.add(summary.statusAtFollowUp ?? StatusCodes.notRecorded, sign)
        if summary.discharge == .discharged(status: "at-work"), let status = summary.statusAtFollowUp {
            atWorkAtDischargeFollowedUp += sign
            if status == "at-work" { atWorkAtDischargeStillAtWork += sign }
        }
        measures.add(summary.measures, sign: sign)
        if sign > 0 { latestDate = [latestDate, summary.latestDate].compactMap { $0 }.max() }
    }

    public mutating func merge(_ other: CaseloadTally) {
        clients += other.clients
        referralSources.merge(other.referralSources)
        tiersGiven.merge(other.tiersGiven)
        tiersAssessed.merge(other.tiersAssessed)
        tiersNotAllocated += other.tiersNotAllocated
        waits.merge(other.waits)
        waitsMissingDates += other.waitsMissingDates
        waitsOutOfOrder += other.waitsOutOfOrder
        waitsFromReferral += other.waitsFromReferral
        for (tier, counter) in other.contactsByTier {
            contactsByTier[tier, default: Counter()].merge(counter)
            if contactsByTier[tier]?.isEmpty == true { contactsByTier[tier] = nil }
        }
        contactsMissing += other.contactsMissing
        for (group, counter) in other.transitions {
            transitions[group, default: Counter()].merge(counter)
            if transitions[group]?.isEmpty == true { transitions[group] = nil }
        }
        followUp.merge(other.followUp)
        atWorkAtDischargeFollowedUp += other.atWorkAtDischargeFollowedUp
        atWorkAtDischargeStillAtWork += other.atWorkAtDischargeStillAtWork
        measures.merge(other.measures)
        latestDate = [latestDate, other.latestDate].compactMap { $0 }.max()
    }

    /// Clients with a tier in `code` (`tier-2`, `not-allocated`).
    public func clients(inTier code: String) -> Int {
        guard let tier = TierAllocation.codes.firstIndex(of: code).map({ $0 + 1 }), tier <= 3 else { return tiersNotAllocated }
        return tiersGiven[tier] + tiersAssessed[tier]
    }
}

/// Running sums of every before-and-after score (indexed as `MeasureScore.all`), and of
/// how many clients left the abnormal HADS band (11 or more) by their latest review.
public struct MeasureTally: Sendable, Equatable {
    /// The HADS score from which a subscale counts as abnormal (definite case).
    public static let hadsAbnormal = 11.0

    public private(set) var sums = MeasureScore.all.map { _ in PairSum() }
    public private(set) var anxietyAbnormal = BandShift()
    public private(set) var depressionAbnormal = BandShift()

    public init() {}

    /// The running sum of one score, by code (`hads-anxiety`, `copm-performance`).
    public subscript(_ code: String) -> PairSum {
        MeasureScore.index(of: code).map { sums[$0] } ?? PairSum()
    }

    mutating func add(_ pairs: MeasurePairs, sign: Int) {
        for (index, pair) in pairs.pairs.enumerated() {
            if let pair { sums[index].add(pair, sign: sign) }
        }
        if let pair = pairs["hads-anxiety"] { anxietyAbnormal.add(pair, sign: sign) }
        if let pair = pairs["hads-depression"] { depressionAbnormal.add(pair, sign: sign) }
    }

    mutating func merge(_ other: MeasureTally) {
        for index in sums.indices { sums[index].merge(other.sums[index]) }
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

    mutating func add(_ pair: ScorePair, sign: Int = 1) {
        guard pair.atAssessment >= MeasureTally.hadsAbnormal else { return }
        abnormalAtAssessment += sign
        if pair.atLatestReview < MeasureTally.hadsAbnormal { leftBand += sign }
    }

    mutating func merge(_ other: BandShift) {
        abnormalAtAssessment += other.abnormalAtAssessment
        leftBand += other.leftBand
    }
}
