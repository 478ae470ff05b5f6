import Foundation
import PlanBuilder

/// The schedule for other programs: stable keys in snake_case, sorted, hours as decimals.
enum ScheduleJSON {
    struct Output: Encodable {
        var reference: String
        var strategy: String
        var contractHoursPerWeek: Double
        var targetPercent: Double
        /// The first week worked in full at the target.
        var targetWeek: Int?
        var holidays: String
        var weeks: [Week]
        var reviewDates: [String]
        var notes: [String]
        var tier: Tier
        var suggestedAdjustments: [Suggestion]
    }

    struct Tier: Encodable {
        var tier: Int
        var given: Bool
        var reasons: [String]
    }

    struct Suggestion: Encodable {
        var code: String
        var title: String
        var category: String
        var reasons: [String]
        var score: Double
    }

    struct Week: Encodable {
        var week: Int
        var start: String
        var end: String
        var days: [Day]
        var notWorking: [NotWorking]
        var totalHours: Double
        var plannedHours: Double
        var percentOfContract: Double
        var payPercent: Double?
        var dutiesBack: [String]
        var dutiesAvoided: [String]
        var review: String?
        var restDaysBetween: Bool
        var shortened: Bool
        /// A week of leave: nothing is worked and the plan resumes afterwards.
        var pause: Bool
    }

    struct Day: Encodable {
        var date: String
        var weekday: String
        var hours: Double
        var start: String?
        var finish: String?
    }

    struct NotWorking: Encodable {
        var date: String
        var reason: String
        var detail: String?
    }

    static func encode(_ schedule: GradedSchedule, caseFile: CaseFile, advice: CaseAdvice) throws -> String {
        let output = Output(
            reference: caseFile.caseInfo.reference,
            strategy: schedule.strategy.rawValue,
            contractHoursPerWeek: schedule.contractHours,
            targetPercent: schedule.targetPercent,
            targetWeek: schedule.targetWeek,
            holidays: schedule.holidayRegion.rawValue,
            weeks: schedule.weeks.map(week),
            reviewDates: schedule.reviewPoints.map(\.date.iso),
            notes: schedule.notes.map(\.message),
            tier: Tier(tier: advice.tier.tier, given: advice.tier.isGiven, reasons: advice.tier.reasons),
            suggestedAdjustments: advice.suggestions.map {
                Suggestion(code: $0.entry.code, title: $0.entry.title, category: $0.entry.category, reasons: $0.reasons, score: $0.score)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }

    private static func week(_ week: WeekPlan) -> Week {
        Week(week: week.number, start: week.start.iso, end: week.end.iso,
             days: week.days.map { Day(date: $0.date.iso, weekday: $0.date.weekday.rawValue, hours: $0.hours,
                                        start: $0.start?.description, finish: $0.finish?.description) },
             notWorking: week.excluded.map(notWorking),
             totalHours: week.totalHours, plannedHours: Double(week.plannedMinutes) / 60,
             percentOfContract: (week.percentOfContract * 10).rounded() / 10,
             payPercent: week.payPercent.map { ($0 * 10).rounded() / 10 },
             dutiesBack: week.dutiesBack, dutiesAvoided: week.dutiesAvoided,
             review: week.review?.date.iso, restDaysBetween: week.nonConsecutive, shortened: week.isShortened,
             pause: week.isPause)
    }

    private static func notWorking(_ day: ExcludedDay) -> NotWorking {
        switch day.reason {
        case .publicHoliday(let name): return NotWorking(date: day.date.iso, reason: "public-holiday", detail: name)
        case .appointment(let what): return NotWorking(date: day.date.iso, reason: "appointment", detail: what)
        case .unavailable(let why): return NotWorking(date: day.date.iso, reason: "unavailable", detail: why)
        }
    }
}
