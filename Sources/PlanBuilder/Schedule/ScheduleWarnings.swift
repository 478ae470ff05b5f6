/// What a reader must be warned of in a schedule, as facts rather than sentences, so
/// the plan, the employer report and the client copy each say it in their own words and
/// cannot disagree. Capacity is health information: documents for the employer carry
/// it only when the client agreed to share functional effects.
public struct ScheduleWarnings: Sendable, Equatable {
    /// Days step up from `max_day_hours` to full length from this week.
    public var stepUp: StepUp?
    /// More days (or shifts) a week than the contract's, so that no day passes
    /// `max_day_hours` before the plan ends.
    public var moreDays: MoreDays?
    /// The first week with a day longer than the assessed hours a day.
    public var capacityHours: (week: Int, minutes: Int)?
    /// The first week with more days than the assessed days a week.
    public var capacityDays: (week: Int, days: Int)?

    public init() {}

    public struct StepUp: Sendable, Equatable {
        public var week: Int
        public var riseMinutes: Int
        public var fullMinutes: Int
    }

    public struct MoreDays: Sendable, Equatable {
        public var week: Int
        public var mostDays: Int
        public var usualDays: Int
        public var limitMinutes: Int
        public var fullMinutes: Int
    }

    public static func == (lhs: ScheduleWarnings, rhs: ScheduleWarnings) -> Bool {
        lhs.stepUp == rhs.stepUp && lhs.moreDays == rhs.moreDays && lhs.capacityHours?.week == rhs.capacityHours?.week
            && lhs.capacityHours?.minutes == rhs.capacityHours?.minutes
            && lhs.capacityDays?.week == rhs.capacityDays?.week && lhs.capacityDays?.days == rhs.capacityDays?.days
    }
}
