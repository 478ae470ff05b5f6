import Foundation
import XCTest
import Documents
import PlanBuilder

/// The rtw-plan read back from the PDF, as the employer would read it.
final class RTWPlanDocumentTests: XCTestCase {
    func testEverySharedExampleRendersWithItsScheduleRows() throws {
        let engine = try TestSupport.engine()
        let examples = TestSupport.sharedExamples
        XCTAssertGreaterThanOrEqual(examples.count, 2)
        for path in examples {
            let (caseFile, maybeSchedule, pdf) = try TestSupport.render(path, engine: engine)
            let schedule = try XCTUnwrap(maybeSchedule)
            let pages = try TestSupport.pageTexts(of: pdf)
            let text = pages.joined(separator: "\n")
            let lines = text.components(separatedBy: "\n")
            XCTAssertTrue(text.contains("Phased return-to-work plan"), path)
            XCTAssertTrue(text.contains(caseFile.client.name), path)
            for week in schedule.weeks {
                // The week's hours as its table prints them ("16¾ h"), on the week's line.
                let total = HoursText.fraction(minutes: week.totalMinutes).filter { !$0.isWhitespace }
                let percent = HoursText.percent(week.percentOfContract) + "%"
                let row = lines.first { line in
                    let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                    let flat = line.filter { !$0.isWhitespace }
                    return cells.first == "\(week.number)" && flat.contains(total) && flat.contains(percent)
                }
                XCTAssertNotNil(row, "\(path): no row for week \(week.number) with \(total) h and \(percent)")
            }
            for (index, page) in pages.enumerated() {
                XCTAssertTrue(page.contains("Page \(index + 1) of \(pages.count)"), "\(path) page \(index + 1) footer")
                XCTAssertTrue(page.contains(caseFile.caseInfo.reference), "\(path) page \(index + 1) reference")
            }
        }
    }

    func testTheSameCaseFileGivesTheSameBytes() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first)
        let (_, _, first) = try TestSupport.render(path, engine: engine)
        let (_, _, second) = try TestSupport.render(path, engine: engine)
        XCTAssertEqual(first, second)
    }

    func testMetadataNamesTheDocumentAndTheClient() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (caseFile, _, pdf) = try TestSupport.render(path, engine: engine)
            let info = try TestSupport.pdfInfo(pdf)
            XCTAssertTrue(info.contains("Phased return-to-work plan: \(caseFile.client.name)"), info)
            XCTAssertTrue(info.split(separator: "\n").contains { $0.hasPrefix("Tagged:") && $0.hasSuffix("yes") }, info)
        }
    }

    func testShiftWorkerPlanKeepsItsEightHourLimitToTheEnd() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") })
        let (_, schedule, pdf) = try TestSupport.render(path, engine: engine)
        let weeks = try XCTUnwrap(schedule).weeks
        // The case's own adjustment: "No shift longer than 8 hours until the end of the
        // phased return". The target is worked on more shifts, one more a week.
        XCTAssertTrue(weeks.allSatisfy { $0.days.allSatisfy { $0.minutes <= 8 * 60 } }, "no shift over 8 h in any week")
        XCTAssertEqual(weeks.last?.totalMinutes, 36 * 60)
        let counts = weeks.filter { !$0.days.isEmpty }.map(\.days.count)
        for (before, after) in zip(counts, counts.dropFirst()) { XCTAssertLessThanOrEqual(after - before, 1, "\(counts)") }
        XCTAssertEqual(counts.max(), 5)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("Night shifts"))
        XCTAssertTrue(text.contains("up to 5 shifts a week instead of the contract's 3"), "the plan says why there are more shifts")
        XCTAssertTrue(text.contains("annual leave"), "leave is not health information and is shown")
    }

    /// A plan that starts on a bank holiday Monday starts work on the Tuesday, and the
    /// plan and the client copy say the same day.
    func testThePlanAndTheClientCopyGiveTheSameFirstWorkingDay() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var caseFile = try TestSupport.render(path, .rtwPlan, engine: engine).0
        caseFile.plan?.start = try XCTUnwrap(LocalDate(iso: "2026-05-04"))
        caseFile.health?.appointments = []
        caseFile.adjustments = caseFile.adjustments.map { var moved = $0; moved.from = nil; moved.review = nil; return moved }
        let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
        let plan = try TestSupport.flowingText(of: try engine.render(.rtwPlan, caseFile: caseFile, schedule: schedule))
        let copy = try TestSupport.flowingText(of: try engine.render(.clientCopy, caseFile: caseFile, schedule: schedule))
        XCTAssertTrue(plan.contains("First working day Tue 5 May 2026"), plan)
        XCTAssertTrue(copy.contains("You start back on Tuesday 5 May 2026"), copy)
    }

    /// With no pay policy, the signed plan says pay is to be agreed, as the employer
    /// report does, rather than leaving pay out.
    func testPayWithNoPolicyIsToBeAgreedInBothEmployerDocuments() throws {
        let noPay: (inout CaseFile) throws -> Void = { $0.plan?.pay = nil }
        let plan = try TestSupport.flowingText(of: .rtwPlan, example: "back-pain", changing: noPay)
        XCTAssertTrue(plan.contains("Pay during the plan To be agreed between the employee and the employer."), plan)
        XCTAssertTrue(try TestSupport.flowingText(of: .employerReport, example: "back-pain", changing: noPay).contains("Pay to be agreed"))
    }

    /// A plan issued part way through marks a review already past instead of listing it
    /// among those to come; issued before the plan starts, none is marked.
    func testAPastReviewIsMarkedAsPassed() throws {
        let later = try TestSupport.flowingText(of: .rtwPlan, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 20) }
        XCTAssertTrue(later.contains("Fri 13 March 2026 (end of week 2): this date has passed Fri 27 March 2026 (end of week 4) Fri 10 April"), later)
        let before = try TestSupport.flowingText(of: .rtwPlan, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 2, day: 23) }
        XCTAssertFalse(before.contains("this date has passed"))
    }

    /// Issued after the plan's last week, the signed plan is a record: it says when the plan
    /// ended and asks the signatures to confirm it, not to follow it.
    func testAPlanIssuedAfterItsEndIsARecord() throws {
        let after = try TestSupport.flowingText(of: .rtwPlan, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 5, day: 20) }
        XCTAssertTrue(after.contains("It ended on 19 April 2026; this copy is a record of what was agreed."), after)
        XCTAssertTrue(after.contains("By signing, we confirm that this is the plan we agreed, which ended on 19 April 2026."))
        XCTAssertFalse(after.contains("we agree to follow this plan"))
        XCTAssertFalse(after.contains("Please keep to the hours below"))
        let during = try TestSupport.flowingText(of: .rtwPlan, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 4, day: 19) }
        XCTAssertTrue(during.contains("we agree to follow this plan"), "the last day is 19 April")
    }
}
