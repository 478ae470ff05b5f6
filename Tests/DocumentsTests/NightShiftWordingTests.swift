import XCTest
@testable import Documents
import PlanBuilder

/// A night worker reads "21:00–01:00" beside a Monday: each document that prints times
/// says once that a time after midnight is the next morning, with the plan's first such
/// shift, and which day a shift belongs to when a holiday or leave takes a day out. A shift
/// worker is told about shifts, not days, though the assessment counted days.
final class NightShiftWordingTests: XCTestCase {
    private let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private func nightCase(starting start: TimeOfDay) throws -> (DocumentEngine, CaseFile, GradedSchedule) {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") }))
        caseFile.plan?.pattern.dayStart = start
        return (engine, caseFile, try XCTUnwrap(try engine.schedule(for: caseFile)))
    }

    private func text(_ kind: DocumentKind, _ engine: DocumentEngine, _ caseFile: CaseFile, _ schedule: GradedSchedule) throws -> String {
        try TestSupport.flowingText(of: try engine.render(kind, caseFile: caseFile, schedule: schedule))
    }

    func testEachDocumentSaysAShiftPastMidnightEndsTheNextMorning() throws {
        let (engine, caseFile, schedule) = try nightCase(starting: TimeOfDay(hour: 21, minute: 0))
        let first = try XCTUnwrap(schedule.firstOvernightDay)
        let finish = try XCTUnwrap(first.finish)
        // The example is the first shift to cross midnight: every shift before it ends by then.
        let worked = schedule.weeks.flatMap(\.days)
        XCTAssertTrue(worked.prefix { $0.date < first.date }.allSatisfy { $0.minutes <= 3 * 60 }, "\(worked.map(\.minutes))")
        let next = first.date.adding(days: 1)
        let (day, nextDay) = (weekdays[first.date.weekday.index], weekdays[next.weekday.index])

        let planSentence = "Times after midnight are the next morning: the shift starting on \(day) \(TestSupport.shortDate(first.date)) at 21:00 ends at \(finish) on \(nextDay) \(TestSupport.shortDate(next)). A shift belongs to the day it starts on, so a public holiday or leave on that day takes it out."
        let plan = try text(.rtwPlan, engine, caseFile, schedule)
        XCTAssertTrue(plan.contains("Shifts past midnight " + planSentence), plan)
        XCTAssertTrue(plan.contains("21:00–\(finish)"), "the table prints the time the sentence explains")
        let employer = try text(.employerReport, engine, caseFile, schedule)
        XCTAssertTrue(employer.contains(planSentence), employer)
        let client = try text(.clientCopy, engine, caseFile, schedule)
        XCTAssertTrue(client.contains("Your shifts end the next morning. For example, you start on \(day) \(TestSupport.longDate(first.date)) at 21:00 and finish at \(finish) on \(nextDay) \(TestSupport.longDate(next))."), client)
    }

    func testDayShiftsSayNothingAboutMidnight() throws {
        let (engine, caseFile, schedule) = try nightCase(starting: TimeOfDay(hour: 7, minute: 30))
        XCTAssertNil(schedule.firstOvernightDay)
        for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy] {
            let text = try text(kind, engine, caseFile, schedule)
            XCTAssertTrue(text.contains("07:30–"), "\(kind) prints times")
            XCTAssertFalse(text.contains("midnight") || text.contains("next morning"), "\(kind)")
        }
    }

    /// The nurse on 12-hour shifts reads "shifts" in every point about what she could
    /// manage; the office worker's documents keep "days".
    func testAShiftWorkerIsToldAboutShiftsAndAnOfficeWorkerAboutDays() throws {
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let shifts = try TestSupport.flowingText(of: kind, example: "shift") { _ in }
            XCTAssertTrue(shifts.contains("From week 4, shifts are longer than the 6 h a day"), "\(kind): \(shifts)")
            XCTAssertTrue(shifts.contains("the employee works more shifts a week than the 3 working days the assessment found manageable")
                          || shifts.contains("up to 5 shifts a week"), "\(kind)")
            XCTAssertFalse(shifts.contains("days are longer than"), "\(kind)")
            let days = try TestSupport.flowingText(of: kind, example: "back-pain") { _ in }
            XCTAssertTrue(days.contains("days are longer than"), "\(kind): \(days)")
            XCTAssertFalse(days.contains("shifts are longer"), "\(kind)")
        }
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift") { _ in }
        XCTAssertTrue(client.contains("From week 4, your shifts are longer than the 6 hours a day"), client)
        XCTAssertFalse(client.contains("your days are longer"))
    }
}
