import Foundation
import XCTest
@testable import Documents
import PlanBuilder

/// The progress review read back from the PDF, as the case manager would read it.
final class ReviewDocumentTests: XCTestCase {
    func testPlannedAgainstActualHoursAndMeasuresWithBands() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (_, _, pdf) = try TestSupport.render(path, .review, engine: engine)
        let text = try TestSupport.text(of: pdf)
        // Hours read "12 h"; pdftotext drops the non-breaking space inside them.
        let lines = text.components(separatedBy: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let squeezed = lines.map { $0.filter { !$0.isWhitespace } }
        XCTAssertTrue(squeezed.contains { $0.hasPrefix("29–15Mar12h12h0h") }, "week 2: planned, actual, difference")
        XCTAssertTrue(squeezed.contains { $0.hasPrefix("12–8Mar8hnotrecorded") }, "week 1 has no actual")
        let flat = lines.joined(separator: " ")
        XCTAssertTrue(flat.contains("11 (high)"), "HADS anxiety band, in words the client reads")
        XCTAssertFalse(flat.contains("(abnormal)"), "the client reads this review")
        XCTAssertTrue(flat.contains("9 (borderline)"), "HADS depression band")
        XCTAssertTrue(flat.contains("24 (poor)"), "WAI band")
        XCTAssertTrue(flat.contains("+2, better"), "confidence rose from 4 to 6")
        // What the bands are, for the measures shown and no others.
        XCTAssertTrue(flat.contains("Bands: HADS anxiety and depression 0–7 normal"))
        XCTAssertTrue(flat.contains("Confidence 0–10, higher is better."))
        XCTAssertFalse(flat.contains("EQ-5D"), "the case has no EQ-5D-5L score")
        XCTAssertEqual(flat.components(separatedBy: "Managed all three days").count, 2, "the review's note, once (in the notes table)")
        XCTAssertTrue(flat.contains("Next, week 3"), "what changes next")
        XCTAssertTrue(flat.contains("Review “Later start time” by 30 March 2026"))
        // The review before week 3 is the one the plan's capacity warning asks for.
        XCTAssertTrue(flat.contains("To settle at this review, before week 3 starts: From week 3, days are longer than the 4 h a day"),
                      "the plan's warning, as this review's to settle")
    }

    /// The plan's step rule holds on the hours worked: Jane worked 12 h of week 2 as
    /// planned, and week 3's 17 h 45 min is within 20 % of 35 h (7 h) above them; had she
    /// worked 8 h, week 3 would be too big a step, and the review says to keep it to
    /// 15 h (8 h + 7 h) or repeat week 2.
    func testTheNextWeekIsCheckedAgainstTheHoursActuallyWorked() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var caseFile = try TestSupport.render(path, .review, engine: engine).0
        func nextSteps() throws -> String {
            let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
            XCTAssertEqual(schedule.maxStepPercent, 20)
            let text = try TestSupport.flowingText(of: try engine.render(.review, caseFile: caseFile, schedule: schedule))
            let start = try XCTUnwrap(text.range(of: "What changes next"))
            return String(text[start.upperBound...])
        }
        XCTAssertFalse(try nextSteps().contains("step above"), "12 h worked as planned: week 3 is a safe step")
        let latest = try XCTUnwrap(caseFile.reviews.indices.last)
        XCTAssertEqual(caseFile.reviews[latest].week, 2)
        caseFile.reviews[latest].hoursWorked = 8
        let short = try nextSteps()
        XCTAssertTrue(short.contains("Week 3’s 17¾ h planned is more than a 20 % step above the 8 h worked in week 2: keep week 3 to 15 h or less, or repeat week 2’s hours."), short)
        XCTAssertFalse(short.contains("talk about how it went"))
        // 20 h in week 2, against week 1's 8 h, is itself more than a 7 h step.
        caseFile.reviews[latest].hoursWorked = 20
        let long = try nextSteps()
        XCTAssertTrue(long.contains("The 20 h worked in week 2 is more than a 20 % step above week 1’s 8 h: talk about how it went before going further"), long)
        XCTAssertFalse(long.contains("keep week 3 to"))
        // The week before counts at the hours recorded for it: 10 h then 16 h is a 6 h
        // step, within 7 h; 6 h then 14½ h is 8½ h, too much.
        caseFile.reviews.insert(ReviewRecord(date: LocalDate(iso: "2026-03-06"), week: 1, hoursWorked: 10), at: 0)
        caseFile.reviews[latest + 1].hoursWorked = 16
        XCTAssertFalse(try nextSteps().contains("talk about how it went"), "16 h after 10 h worked is a safe step")
        caseFile.reviews[0].hoursWorked = 6
        caseFile.reviews[latest + 1].hoursWorked = 14.5
        let recorded = try nextSteps()
        XCTAssertTrue(recorded.contains("The 14½ h worked in week 2 is more than a 20 % step above week 1’s 6 h"), recorded)
    }

    /// Past a pause, the step rule holds for the next week worked: the shift worker who
    /// works 8 h of week 4 has a pause in week 5, and week 6's 19 h is more than 9 h
    /// (25 % of 36 h) above the 8 h.
    func testTheStepCheckLooksPastAPause() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("cancer") })
        var caseFile = try TestSupport.render(path, .clientCopy, engine: engine).0
        caseFile.outcome = nil
        caseFile.reviews = [ReviewRecord(date: LocalDate(iso: "2026-04-01"), week: 4, hoursWorked: 8)]
        let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
        XCTAssertTrue(schedule.weeks[4].isPause)
        let text = try TestSupport.flowingText(of: try engine.render(.review, caseFile: caseFile, schedule: schedule))
        XCTAssertTrue(text.contains("Week 6’s 19 h planned is more than a 25 % step above the 8 h worked in week 4: keep week 6 to 17 h or less"), text)
        XCTAssertTrue(text.contains("and what changes next."), "the introduction promises next steps while the case is open")
    }

    /// A discharged case has its outcome; its review neither lists nor promises next steps.
    func testADischargedCaseHasNoNextSteps() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var caseFile = try TestSupport.render(path, .review, engine: engine).0
        caseFile.outcome = Outcome(discharged: LocalDate(iso: "2026-04-24"), status: "at-work")
        let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
        let text = try TestSupport.flowingText(of: try engine.render(.review, caseFile: caseFile, schedule: schedule))
        XCTAssertFalse(text.contains("What changes next"))
        XCTAssertFalse(text.contains("what changes next"))
        XCTAssertTrue(text.contains("and the outcome."), text)
    }

    func testLaterMeasuresAreComparedWithTheAssessment() throws {
        let engine = try TestSupport.engine()
        let (_, _, pdf) = try TestSupport.render(TestSupport.fixture("probe-everything-shared.yaml"), .review, engine: engine)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("19 (high)"))
        XCTAssertTrue(text.contains("12 (high)"))
        XCTAssertTrue(text.contains("−7, better"), "HADS anxiety fell")
        XCTAssertTrue(text.contains("6 (normal)"), "HADS depression now normal")
        XCTAssertTrue(text.contains("31 (moderate)"), "WAI band")
        XCTAssertTrue(text.contains("47"), "EQ-5D VAS as a number")
    }

    func testBandBoundaries() {
        let hads: [(Double, String)] = [(0, "normal"), (7, "normal"), (8, "borderline"), (10, "borderline"), (11, "abnormal"), (21, "abnormal")]
        for (score, band) in hads {
            XCTAssertEqual(MeasureBands.band(.hads, field: "anxiety", value: score), band, "HADS \(score)")
        }
        let wai: [(Double, String)] = [(7, "poor"), (27, "poor"), (28, "moderate"), (36, "moderate"), (37, "good"), (43, "good"), (44, "excellent"), (49, "excellent")]
        for (score, band) in wai {
            XCTAssertEqual(MeasureBands.band(.wai, field: "score", value: score), band, "WAI \(score)")
        }
        XCTAssertNil(MeasureBands.band(.eq5d, field: "vas", value: 50))
        XCTAssertNil(MeasureBands.band(.confidence, field: "score", value: 5))
    }

    /// The next review after the latest recorded one is "next" only while it is still to
    /// come on the issue date; already due, it is named as missing from the case file.
    func testAReviewAlreadyDueIsNamedAsNotRecorded() throws {
        let onTime = try TestSupport.flowingText(of: .review, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 13) }
        XCTAssertTrue(onTime.contains("Next review: Fri 27 March 2026."), onTime)
        let late = try TestSupport.flowingText(of: .review, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 30) }
        XCTAssertTrue(late.contains("The review due on Fri 27 March 2026 is not recorded yet"), late)
        XCTAssertFalse(late.contains("Next review: Fri 27 March"))
        XCTAssertTrue(late.contains("Next review: Fri 10 April 2026."), late)
        // Weeks later every missing review is named, and a past adjustment review is overdue.
        let after = try TestSupport.flowingText(of: .review, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 5, day: 20) }
        XCTAssertTrue(after.contains("The reviews due on Fri 27 March 2026, Fri 10 April 2026, Fri 17 April 2026 are not recorded yet"), after)
        XCTAssertFalse(after.contains("Next review:"))
        XCTAssertTrue(after.contains("The review of “Later start time” was due by 30 March 2026: record how it is working."), after)
        XCTAssertFalse(after.contains("Review “Later start time” by"))
    }

    /// Issued once the week after the review had begun, the steps are said to be what the
    /// review agreed, with the week the plan had reached; issued on the day, nothing is added.
    func testAReviewIssuedLaterSaysTheStepsWereAgreedAtTheReview() throws {
        let later = try TestSupport.flowingText(of: .review, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 18) }
        XCTAssertTrue(later.contains("What changes next • Agreed at the review on Fri 13 March 2026. This record was issued on 18 March 2026, in week 3 of the plan. • Week 2:"), later)
        let onTheDay = try TestSupport.flowingText(of: .review, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 13) }
        XCTAssertFalse(onTheDay.contains("Agreed at the review on"), onTheDay)
    }

    /// More hours than planned are checked against rest days only in a week that keeps
    /// days apart (the example's week 2); otherwise the review asks how they were managed.
    func testExtraHoursMentionRestDaysOnlyWhenTheWeekHasThem() throws {
        let more: (inout CaseFile) throws -> Void = { $0.reviews[0].hoursWorked = 20; $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 13) }
        let restDays = try TestSupport.flowingText(of: .review, example: "back-pain", changing: more)
        XCTAssertTrue(restDays.contains("not at the cost of rest days"), restDays)
        let noRule = try TestSupport.flowingText(of: .review, example: "back-pain") { try more(&$0); $0.plan?.nonConsecutiveUntilWeek = nil }
        XCTAssertTrue(noRule.contains("Check how the extra hours were managed"), noRule)
        XCTAssertFalse(noRule.contains("rest days"))
    }
}
