import Documents
import PlanBuilder

/// What changed between two versions of a case, in the terms the employer and client
/// live by: the weeks of the plan, the hours worked each week, the adjustments, the
/// review dates. Not a text diff: a reordered YAML file with the same plan has no changes.
public struct VersionComparison: Sendable {
    public struct WeekChange: Sendable, Equatable {
        public var week: Int
        /// "Mon 4 h, Thu 4 h (8 h)" before and after; nil when the week did not exist.
        public var before: String?
        public var after: String?
    }

    public var weeksBefore: Int
    public var weeksAfter: Int
    public var weekChanges: [WeekChange]
    public var adjustmentsAdded: [String]
    public var adjustmentsRemoved: [String]
    public var reviewsBefore: [LocalDate]
    public var reviewsAfter: [LocalDate]

    public var isEmpty: Bool {
        weeksBefore == weeksAfter && weekChanges.isEmpty && adjustmentsAdded.isEmpty && adjustmentsRemoved.isEmpty
            && reviewsBefore == reviewsAfter
    }

    /// Compares two planned case files; nil when either cannot be read or planned.
    public init?(before: DraftCheck, after: DraftCheck, catalogue: Catalogue) {
        guard case .planned(let oldFile, let oldSchedule, _) = before, case .planned(let newFile, let newSchedule, _) = after else { return nil }
        let oldWeeks = oldSchedule?.weeks ?? [], newWeeks = newSchedule?.weeks ?? []
        weeksBefore = oldWeeks.count
        weeksAfter = newWeeks.count
        var changes: [WeekChange] = []
        for number in 1...max(1, max(oldWeeks.count, newWeeks.count)) {
            let old = oldWeeks.first { $0.number == number }.map(Self.describe)
            let new = newWeeks.first { $0.number == number }.map(Self.describe)
            if old != new { changes.append(WeekChange(week: number, before: old, after: new)) }
        }
        weekChanges = changes
        let oldAdjustments = Set(oldFile.adjustments.map { Self.name($0, catalogue) })
        let newAdjustments = Set(newFile.adjustments.map { Self.name($0, catalogue) })
        adjustmentsAdded = newAdjustments.subtracting(oldAdjustments).sorted()
        adjustmentsRemoved = oldAdjustments.subtracting(newAdjustments).sorted()
        reviewsBefore = oldSchedule?.reviewPoints.map(\.date) ?? []
        reviewsAfter = newSchedule?.reviewPoints.map(\.date) ?? []
    }

    /// "2–8 Mar: Mon 4 h, Thu 4 h (8 h)".
    static func describe(_ week: WeekPlan) -> String {
        let days = week.days.map { day in
            day.date.weekday.rawValue.prefix(1).uppercased() + day.date.weekday.rawValue.dropFirst() + " " + HoursText.duration(minutes: day.minutes)
        }
        let list = days.isEmpty ? "no work" : days.joined(separator: ", ")
        return "\(week.start.iso) to \(week.end.iso): \(list) (\(HoursText.duration(minutes: week.totalMinutes)))"
    }

    static func name(_ adjustment: Adjustment, _ catalogue: Catalogue) -> String {
        if let title = adjustment.title { return title }
        if let code = adjustment.code { return catalogue.adjustment(code)?.title ?? code }
        return "adjustment"
    }
}
