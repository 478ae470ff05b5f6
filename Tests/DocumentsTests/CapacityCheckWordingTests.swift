import XCTest
@testable import Documents
import PlanBuilder

/// A week beyond what the assessment found manageable is checked at a meeting the reader
/// can find: the review named by its date, or, when no review comes before that week,
/// before the week starts. Never "the review before week 2" when there is none.
final class CapacityCheckWordingTests: XCTestCase {
    /// The shift worker's shifts pass 6 h in week 4 (30 Mar) and her days a week pass 3 in
    /// week 9 (4 May): the reviews before them are Fri 20 Mar and Fri 1 May.
    func testTheCheckNamesTheLastReviewBeforeThatWeek() throws {
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let text = try TestSupport.flowingText(of: kind, example: "shift") { _ in }
            XCTAssertTrue(text.contains("From week 4, shifts are longer than the 6 h a day the assessment found the employee could manage. Check at the review on Fri 20 Mar, before that week."), "\(kind): \(text)")
            XCTAssertTrue(text.contains("manageable. Check at the review on Fri 1 May, before that week."), "\(kind)")
            XCTAssertFalse(text.contains("review before that week"), "\(kind)")
        }
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift") { _ in }
        XCTAssertTrue(client.contains("From week 4, your shifts are longer than the 6 hours a day you could manage at your assessment. We will check how you are at your check-in on Friday 20 March 2026."), client)
        XCTAssertTrue(client.contains("We will check how you are at your check-in on Friday 1 May 2026."))
        XCTAssertFalse(client.contains("review before week"))
    }

    /// Assessed at 4½ h a day, her days pass it in week 2, and the first review is at the
    /// end of week 2: no review comes before, so the check is before the week starts.
    func testWithNoReviewBeforeTheWeekTheCheckIsBeforeItStarts() throws {
        let lower: (inout CaseFile) throws -> Void = { $0.assessment?.capacity?.hoursPerDay = 4.5 }
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let text = try TestSupport.flowingText(of: kind, example: "shift", changing: lower)
            XCTAssertTrue(text.contains("From week 2, shifts are longer than the 4½ h a day the assessment found the employee could manage. No review comes before that week: the case manager checks with the employee before it starts."), "\(kind): \(text)")
        }
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift", changing: lower)
        XCTAssertTrue(client.contains("We will check how you are before week 2 starts."), client)
    }

    /// The review document is itself the check: it gives the point without sending the
    /// reader to another meeting.
    func testTheReviewDocumentGivesThePointWithoutACheck() throws {
        let text = try TestSupport.flowingText(of: .review, example: "back-pain") { _ in }
        XCTAssertTrue(text.contains("From week 3"), text)
        XCTAssertFalse(text.contains("Check at the review on"))
        XCTAssertFalse(text.contains("No review comes before"))
    }

    /// Issued once week 4 has begun, its check is past: the point stays, the check goes;
    /// week 9's check is still to come. The client's jobs already back are said to be back.
    func testAChecksAlreadyPastIsNotPromised() throws {
        let issued: (inout CaseFile) throws -> Void = { $0.caseInfo.issued = LocalDate(year: 2026, month: 4, day: 2) }
        for (kind, text) in try employerTexts(issued: LocalDate(year: 2026, month: 4, day: 2)) {
            XCTAssertTrue(text.contains("From week 4, shifts are longer than the 6 h a day the assessment found the employee could manage."), "\(kind)")
            XCTAssertFalse(text.contains("Check at the review on Fri 20 Mar"), "\(kind)")
            XCTAssertTrue(text.contains("Check at the review on Fri 1 May, before that week."), "\(kind)")
        }
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift", changing: issued)
        XCTAssertFalse(client.contains("Friday 20 March 2026."), client)
        let jobs = try TestSupport.flowingText(of: .clientCopy, example: "back-pain", changing: issued)
        XCTAssertTrue(jobs.contains("Covering the front desk (standing): came back in week 5 (30 March 2026)"), jobs)
        XCTAssertTrue(jobs.contains("Lifting or carrying archive boxes: from week 7 (13 April 2026)"))
    }

    /// Issued on 25 March, week 4 (from 30 March) is still ahead, but the review before it
    /// (Fri 20 Mar) is past: the check is before the week starts, not at a past review.
    func testAPastReviewIsNotOfferedAsTheCheck() throws {
        for (kind, text) in try employerTexts(issued: LocalDate(year: 2026, month: 3, day: 25)) {
            XCTAssertFalse(text.contains("Check at the review on Fri 20 Mar"), "\(kind): \(text)")
            XCTAssertTrue(text.contains("From week 4, shifts are longer than the 6 h a day the assessment found the employee could manage. The review before that week has passed: the case manager checks with the employee before it starts."), "\(kind)")
        }
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 25) }
        XCTAssertFalse(client.contains("at your check-in on Friday 20 March 2026"), client)
        XCTAssertTrue(client.contains("We will check how you are before week 4 starts."))
    }

    /// The nurse's signed plan and employer report issued on `date`, each with its kind.
    private func employerTexts(issued date: LocalDate?) throws -> [(DocumentKind, String)] {
        try [DocumentKind.rtwPlan, .employerReport].map { kind in
            (kind, try TestSupport.flowingText(of: kind, example: "shift") { $0.caseInfo.issued = date })
        }
    }
}
