import Foundation
import XCTest
@testable import PlanBuilder

/// The step back to full-length shifts is named when the plan leaves it outside, on the
/// shared shift-worker example (8-hour shifts to the end, a 12-hour contract).
final class FullLengthStepCheckTests: XCTestCase {
    private func read(_ name: String, replacing old: String = "", with new: String = "") throws -> CaseFile {
        try ReadingPaths.example(name, replacing: old, with: new)
    }

    func testEightHourShiftsToTheEndOfATwelveHourContractAreNamed() throws {
        let warnings = FullLengthStepCheck().warnings(for: try read("cancer-shift-worker.yaml"))
        XCTAssertEqual(warnings.map(\.field), ["plan.max_day_hours"])
        XCTAssertTrue(warnings[0].problem.contains("no shift is longer than 8 h to the end of the plan, but the contract's shifts are 12 h"),
                      warnings[0].problem)
        XCTAssertTrue(warnings[0].fix.contains("plan.max_day_hours_until_review"))
    }

    func testAStepGradedInsideThePlanOrNoCapIsNotNamed() throws {
        let graded = try read("cancer-shift-worker.yaml", replacing: "  max_day_hours: 8\n", with: "  max_day_hours: 8\n  max_day_hours_until_review: 2\n")
        XCTAssertEqual(FullLengthStepCheck().warnings(for: graded), [])
        XCTAssertEqual(FullLengthStepCheck().warnings(for: try read("back-pain-admin.yaml")), [])
    }
}
