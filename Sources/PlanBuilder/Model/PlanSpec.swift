import Foundation

/// The `plan` section as written: what the case manager asked for. PlanBuilder turns it
/// into a `GradedSchedule` or explains why it cannot be met.
public struct PlanSpec: Sendable {
    public enum Strategy: String, Sendable, CaseIterable { case hours, days, shifts, balanced }

    public var start: LocalDate
    public var weeks: Int?
    public var startPercent: Double?
    public var startHoursPerDay: Double?
    public var targetPercent: Double
    public var strategy: Strategy
    public var maxStepPercent: Double
    public var minDayHours: Double
    public var maxDayHours: Double?
    public var nonConsecutiveUntilWeek: Int?
    public var roundingMinutes: Int
    public var holidays: HolidayRegion
    public var unavailable: [UnavailableSpan]
    public var duties: [DutyChange]
    public var reviews: ReviewPlan
    public var pay: PayPolicy?
    /// Optional extension: the case manager accepts a first week above the assessed
    /// capacity. The schedule then carries a flag instead of refusing.
    public var exceedCapacity: Bool
    /// Optional extension: how the plan resumes after a pause (a week of leave).
    public var afterPause: AfterPause
    /// Optional extension: days stay within `maxDayHours` until this review (1 = the
    /// first review), so that, e.g., 12-hour shifts come back only after it.
    public var maxDayHoursUntilReview: Int?
    /// Optional extension: how much longer a day may be than the longest day of the
    /// previous week worked (default 2 hours), so that no day length jumps.
    public var maxDayRiseHours: Double
    /// Optional extension: the agreed pattern of the day (start times, early finishes,
    /// the days worked during the return).
    public var pattern: WorkPattern
    /// Optional extension: the employer gives the next weekday off when an Irish public
    /// holiday falls at a weekend (Irish law does not require it).
    public var holidaysInLieu: Bool

    public init(start: LocalDate, weeks: Int? = nil, startPercent: Double? = nil,
                startHoursPerDay: Double? = nil, targetPercent: Double = 100,
                strategy: Strategy = .balanced, maxStepPercent: Double = 25,
                minDayHours: Double = 2, maxDayHours: Double? = nil,
                nonConsecutiveUntilWeek: Int? = nil, roundingMinutes: Int = 15,
                holidays: HolidayRegion = .englandAndWales, unavailable: [UnavailableSpan] = [],
                duties: [DutyChange] = [], reviews: ReviewPlan = ReviewPlan(), pay: PayPolicy? = nil,
                exceedCapacity: Bool = false, afterPause: AfterPause = .repeatLevel,
                maxDayHoursUntilReview: Int? = nil, maxDayRiseHours: Double = 2,
                pattern: WorkPattern = WorkPattern(), holidaysInLieu: Bool = false) {
        self.start = start
        self.weeks = weeks
        self.startPercent = startPercent
        self.startHoursPerDay = startHoursPerDay
        self.targetPercent = targetPercent
        self.strategy = strategy
        self.maxStepPercent = maxStepPercent
        self.minDayHours = minDayHours
        self.maxDayHours = maxDayHours
        self.nonConsecutiveUntilWeek = nonConsecutiveUntilWeek
        self.roundingMinutes = roundingMinutes
        self.holidays = holidays
        self.unavailable = unavailable
        self.duties = duties
        self.reviews = reviews
        self.pay = pay
        self.exceedCapacity = exceedCapacity
        self.afterPause = afterPause
        self.maxDayHoursUntilReview = maxDayHoursUntilReview
        self.maxDayRiseHours = maxDayRiseHours
        self.pattern = pattern
        self.holidaysInLieu = holidaysInLieu
    }
}

/// Whose public holidays the schedule skips.
public enum HolidayRegion: String, Sendable, CaseIterable {
    case englandAndWales = "england-and-wales"
    case scotland
    case northernIreland = "northern-ireland"
    case ireland
    case none
}

public struct UnavailableSpan: Sendable {
    public var from: LocalDate
    public var until: LocalDate
    public var reason: String?
    /// The case manager has decided the employer may read the reason (`share_reason`), as
    /// for a school's Easter closure: otherwise only leave words reach the employer. A
    /// reason that reads as health information is still kept back without the diagnosis.
    public var shareReason: Bool
    public init(from: LocalDate, until: LocalDate, reason: String? = nil, shareReason: Bool = false) {
        self.from = from
        self.until = until
        self.reason = reason
        self.shareReason = shareReason
    }
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= until }

    /// Whether a reason names ordinary leave ("annual leave", "holiday"): paid as normal,
    /// and not health information, so an employer may see it. Anything else ("treatment",
    /// "sick leave") is neither.
    public static func isLeave(_ reason: String) -> Bool {
        let words = reason.lowercased().trimmingCharacters(in: .whitespaces)
        return ["annual leave", "holiday", "holidays", "leave", "bank holiday", "vacation", "annual holiday",
                "gwyliau", "gwyliau blynyddol", "gŵyl banc", "absenoldeb", "absenoldeb blynyddol"].contains(words)
    }
}

/// A duty that comes back from a week (`from_week`), or is avoided up to and including
/// a week (`until_week`).
public struct DutyChange: Sendable {
    public enum When: Sendable, Equatable {
        case fromWeek(Int)
        case untilWeek(Int)
    }
    public var duty: String
    public var when: When
    public init(duty: String, when: When) {
        self.duty = duty
        self.when = when
    }

    /// Whether the duty is part of the work in the given plan week.
    public func isDone(inWeek week: Int) -> Bool {
        switch when {
        case .fromWeek(let first): return week >= first
        case .untilWeek(let last): return week > last
        }
    }
}

public struct ReviewPlan: Sendable {
    public var everyWeeks: Int?
    public var dates: [LocalDate]
    public init(everyWeeks: Int? = nil, dates: [LocalDate] = []) {
        self.everyWeeks = everyWeeks
        self.dates = dates
    }
}

/// What the employer pays during the phased return.
public struct PayPolicy: Sendable {
    public enum Policy: String, Sendable, CaseIterable {
        case full, hoursWorked = "hours-worked", fullForWeeks = "full-for-weeks"
    }
    public var policy: Policy
    public var weeks: Int?
    public init(policy: Policy, weeks: Int? = nil) {
        self.policy = policy
        self.weeks = weeks
    }
}
