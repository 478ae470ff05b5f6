/// The shape of a working day the client and employer agreed, written as structured
/// fields so that the schedule honours it instead of shortening every day: "start at
/// 10:00", "finish at 12:30 on Fridays", "Mondays, Wednesdays and Fridays only".
public struct WorkPattern: Sendable, Equatable {
    /// When a working day starts (`plan.day_start`); documents print start and finish
    /// times only when this or a weekday's own start is known.
    public var dayStart: TimeOfDay?
    /// Per-weekday start and latest finish (`plan.days: {fri: {until: "12:30"}}`).
    public var windows: [Weekday: DayWindow]
    /// The only weekdays worked during the return (`plan.working_days`), when given.
    public var workingDays: [Weekday]?

    public init(dayStart: TimeOfDay? = nil, windows: [Weekday: DayWindow] = [:], workingDays: [Weekday]? = nil) {
        self.dayStart = dayStart
        self.windows = windows
        self.workingDays = workingDays
    }

    /// When work starts on a weekday, if the case file says.
    public func start(on weekday: Weekday) -> TimeOfDay? { windows[weekday]?.start ?? dayStart }

    /// The longest day the pattern allows on a weekday, in minutes, when it has a finish.
    public func longestMinutes(on weekday: Weekday) -> Int? {
        guard let until = windows[weekday]?.until else { return nil }
        let start = start(on: weekday) ?? TimeOfDay(hour: 0, minute: 0)
        return max(0, until.minutesSinceMidnight - start.minutesSinceMidnight)
    }

    public var isEmpty: Bool { dayStart == nil && windows.isEmpty && workingDays == nil }
}

/// One weekday's agreed hours: when work starts and the latest it may finish.
public struct DayWindow: Sendable, Equatable {
    public var start: TimeOfDay?
    public var until: TimeOfDay?
    public init(start: TimeOfDay? = nil, until: TimeOfDay? = nil) {
        self.start = start
        self.until = until
    }
}

/// How the plan resumes after a pause for leave: at the level it had reached
/// (`repeat`, the default), or one step lower (`step-back`) for a gentler restart.
public enum AfterPause: String, Sendable, CaseIterable {
    case repeatLevel = "repeat"
    case stepBack = "step-back"
}

extension TimeOfDay {
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// The time `minutes` after this one, e.g. 09:00 + 330 → 14:30 (wrapping at midnight).
    public func adding(minutes: Int) -> TimeOfDay {
        let total = ((minutesSinceMidnight + minutes) % 1440 + 1440) % 1440
        return TimeOfDay(hour: total / 60, minute: total % 60)
    }
}
