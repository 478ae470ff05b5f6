import XCTest
import Documents
@testable import PlanBuilder

/// The plan, the employer report and the client copy are three wordings of one set of
/// facts: read back from the PDFs, they must agree on when the target is reached, when
/// each duty comes back and when the last review is.
final class SharedFactsTests: XCTestCase {
    func testEveryDocumentOfEveryExampleStatesTheSameFacts() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let caseFile = try engine.reader.read(path: path)
            let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
            var texts: [DocumentKind: String] = [:]
            for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy] {
                let pdf = try engine.render(kind, caseFile: caseFile, schedule: schedule)
                texts[kind] = try TestSupport.flowingText(of: pdf)
            }
            let target = try XCTUnwrap(schedule.targetWeek, path)
            XCTAssertTrue(texts[.rtwPlan]!.contains("reached in week \(target)"), "\(path): plan target week")
            XCTAssertTrue(texts[.clientCopy]!.contains("By week \(target)"), "\(path): client target week")
            XCTAssertTrue(texts[.employerReport]!.contains("reached in week \(target)"), "\(path): employer target week")

            let planStart = try XCTUnwrap(caseFile.plan?.start)
            for duty in caseFile.plan?.duties ?? [] {
                guard case .fromWeek(let week) = duty.when else { continue }
                let date = TestSupport.longDate(planStart.adding(days: 7 * (week - 1)))
                for (kind, text) in texts where kind != .clientCopy || caseFile.plan != nil {
                    XCTAssertTrue(text.contains(duty.duty), "\(path) \(kind): \(duty.duty)")
                    XCTAssertTrue(text.contains("week \(week) (\(date))"), "\(path) \(kind): \(duty.duty) back in week \(week) (\(date))")
                }
            }
            let lastReview = try XCTUnwrap(schedule.reviewPoints.last?.date)
            for (kind, text) in texts {
                XCTAssertTrue(text.contains(TestSupport.longDate(lastReview)) || text.contains(TestSupport.shortWeekdayDate(lastReview)),
                              "\(path) \(kind): last review \(lastReview.iso)")
            }
        }
    }
}
