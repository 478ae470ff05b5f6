/// The week-by-week phased return PlanBuilder derives from a `PlanSpec`: what the client
/// works each week, which days, for how long, and why a week is shorter than planned.
///
/// Hours are held in whole minutes so that a week's total is exactly the sum of its days.
public struct GradedSchedule: Sendable {
    public var weeks: [WeekPlan]
    public var strategy: PlanSpec.Strategy
    /// Contracted minutes per week: the base of every percentage.
    public var contractMinutes: Int
    public var targetPercent: Double
    public var startPercent: Double
    public var maxStepPercent: Double
    public var reviewPoints: [ReviewPoint]
    /// Things the case manager should know: flags, defaults that were applied.
    public var notes: [ScheduleNote]
    public var payPolicy: PayPolicy?
    public var holidayRegion: HolidayRegion
    /// The first week worked in full at the target: what every document says.
    public var targetWeek: Int?
    /// Facts each document words for its own reader: the step-up to full days and the
    /// weeks that go beyond the assessed capacity.
    public var warnings = ScheduleWarnings()
    /// The contract is counted in shifts (`contract.shift_hours`), so each document says
    /// "shift" where an office worker's says "day": a night worker's shift is not a day.
    public var countsShifts = false

    public var contractHours: Double { Double(contractMinutes) / 60 }
    public var firstDay: LocalDate? { weeks.first?.start }
    public var lastDay: LocalDate? { weeks.last?.end }
    /// The week whose dates hold `date`, if the plan covers it.
    public func week(containing date: LocalDate) -> WeekPlan? {
        weeks.first { $0.start <= date && date <= $0.end }
    }

    /// The first day worked that finishes after midnight: its finish time falls on the
    /// next day's date, which every document has to say once.
    public var firstOvernightDay: WorkDay? {
        weeks.lazy.flatMap(\.days).first(where: \.endsNextDay)
    }
}

/// One week of the return. `plannedMinutes` is where the graded progression puts the
/// week; `totalMinutes` is what is actually scheduled once holidays and unavailable
/// days are taken out.
public struct WeekPlan: Sendable {
    public var number: Int
    public var start: LocalDate
    public var end: LocalDate
    public var days: [WorkDay]
    /// Contract days in this week the client cannot work, and why.
    public var excluded: [ExcludedDay]
    public var plannedMinutes: Int
    public var contractMinutes: Int
    /// Expected % of usual pay, when the case file gives a pay policy.
    public var payPercent: Double?
    public var dutiesBack: [String]
    public var dutiesAvoided: [String]
    public var review: ReviewPoint?
    /// No two working days in a row this week.
    public var nonConsecutive: Bool
    public var flags: [String]
    /// A week of leave: nothing is worked and the plan resumes afterwards.
    public var isPause: Bool = false
    /// In a pause, the contract days the client is not away on: leave takes out most of
    /// the week, so these are not worked either, and the documents say so rather than
    /// "away all week".
    public var pauseFreeDays: Int = 0
    /// The week's pay counts a public holiday or leave paid as normal time, not only hours
    /// worked: a client who sees 87 % in a week of 23½ hours and 84 % in the next of 29¼ is
    /// told why (`PayCalculator`).
    public var payIncludesTimeOff: Bool = false

    public var totalMinutes: Int { days.reduce(0) { $0 + $1.minutes } }
    public var totalHours: Double { Double(totalMinutes) / 60 }
    public var percentOfContract: Double {
        contractMinutes == 0 ? 0 : Double(totalMinutes) * 100 / Double(contractMinutes)
    }
    public var plannedPercent: Double {
        contractMinutes == 0 ? 0 : Double(plannedMinutes) * 100 / Double(contractMinutes)
    }
    /// True when holidays or unavailable days made the week shorter than planned.
    public var isShortened: Bool { totalMinutes < plannedMinutes }
    /// The longest day worked this week.
    public var longestDayMinutes: Int { days.map(\.minutes).max() ?? 0 }
}

public struct WorkDay: Sendable, Equatable {
    public var date: LocalDate
    public var minutes: Int
    /// When the day starts, when the plan's pattern says (`plan.day_start`, `plan.days`).
    public var start: TimeOfDay?
    public init(date: LocalDate, minutes: Int, start: TimeOfDay? = nil) {
        self.date = date
        self.minutes = minutes
        self.start = start
    }
    public var hours: Double { Double(minutes) / 60 }
    public var finish: TimeOfDay? { start?.adding(minutes: minutes) }
    /// The day finishes after midnight, on the next day's date (a night shift).
    public var endsNextDay: Bool { start.map { $0.minutesSinceMidnight + minutes > 24 * 60 } ?? false }
}

/// A contract day that cannot be worked.
public struct ExcludedDay: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case publicHoliday(String)
        case unavailable(String?)
        case appointment(String?)
    }
    public var date: LocalDate
    public var reason: Reason
    /// The Saturday or Sunday of a UK holiday observed on a weekday: not worked on a
    /// 7-day rota, but the paid day off is the weekday.
    public var isWeekendDate: Bool = false
}

public struct ReviewPoint: Sendable, Equatable {
    public var date: LocalDate
    public var week: Int?
}

public struct ScheduleNote: Sendable, Equatable {
    public enum Kind: String, Sendable { case flag, info }
    /// What a note is about, so each audience can be given only the notes it may read:
    /// a note about the assessed capacity is health information.
    public enum Topic: String, Sendable { case capacity, contract, steps, pause, dayLength, reviews }
    public var kind: Kind
    public var topic: Topic
    /// The English sentence, for the terminal and `plan --json`.
    public var message: String
    /// The same note as data, so documents word it in their own language:
    /// `templates/wording/<language>/common.yaml` has `note_<key>` with `{placeholders}`.
    public var key: String
    public var values: [String: NoteValue]
    /// The week whose start this note asks to be checked before (a step beyond the
    /// assessed capacity), so each document can say when and at which review.
    public var checkBeforeWeek: Int?
    public init(kind: Kind, topic: Topic, message: String, key: String = "", values: [String: NoteValue] = [:],
                checkBeforeWeek: Int? = nil) {
        self.kind = kind
        self.topic = topic
        self.message = message
        self.key = key
        self.values = values
        self.checkBeforeWeek = checkBeforeWeek
    }
}

/// A value in a schedule note, kept as what it is so each document formats it its way.
public enum NoteValue: Sendable, Equatable {
    case minutes(Int)
    case number(Int)
    case percent(Double)
    case weekday(Weekday)
}
