import XCTest
@testable import Documents
import PlanBuilder

/// A row of the week grid is one week of the plan, which runs from the weekday the plan
/// starts on. Its day columns run in that order too: with Sunday last in a week that
/// starts on Sunday, the Sunday's hours would sit beside the wrong date.
final class WeekGridColumnOrderTests: XCTestCase {
    func testAPlanStartingMidweekReadsFromItsFirstDay() throws {
        let wednesday: (inout CaseFile) throws -> Void = { $0.plan?.start = try XCTUnwrap(LocalDate(iso: "2026-03-04")) }
        for kind in [DocumentKind.clientCopy, .employerReport] {
            let text = try TestSupport.flowingText(of: kind, example: "back-pain", changing: wednesday)
            XCTAssertTrue(text.contains("Wed Thu Fri Mon Tue"), "\(kind): \(text)")
            XCTAssertFalse(text.contains("Mon Tue Wed Thu Fri"), "\(kind)")
        }
    }

    func testAPlanStartingOnMondayKeepsTheCalendarWeek() throws {
        for kind in [DocumentKind.clientCopy, .employerReport] {
            let text = try TestSupport.flowingText(of: kind, example: "shift") { _ in }
            XCTAssertTrue(text.contains("Mon Tue Wed Thu Fri Sat Sun"), "\(kind)")
        }
    }

    func testAShiftPlanStartingOnSundayReadsSundayFirst() throws {
        let sunday: (inout CaseFile) throws -> Void = { $0.plan?.start = try XCTUnwrap(LocalDate(iso: "2026-03-08")) }
        for kind in [DocumentKind.clientCopy, .employerReport] {
            let text = try TestSupport.flowingText(of: kind, example: "shift", changing: sunday)
            XCTAssertTrue(text.contains("Sun Mon Tue Wed Thu Fri Sat"), "\(kind): \(text)")
        }
    }
}
