import XCTest
@testable import PlanBuilder

/// The diagnosis shared with the employer while nothing else is: the shared shift-worker
/// example (disclose_diagnosis: true) with its share list emptied.
final class DiagnosisAloneCheckTests: XCTestCase {
    func testTheDiagnosisAloneIsNamedAtItsField() throws {
        let alone = try ReadingPaths.example("cancer-shift-worker.yaml",
                                             replacing: "share_with_employer: [schedule, duties, adjustments, functional_effects, goals]",
                                             with: "share_with_employer: []")
        let warnings = DiagnosisAloneCheck().warnings(for: alone)
        XCTAssertEqual(warnings.map(\.field), ["consent.disclose_diagnosis"])
        XCTAssertTrue(warnings[0].problem.contains("names the diagnosis"), warnings[0].problem)
    }

    func testTheExamplesAsTheyAreAreNotNamed() throws {
        for name in ["cancer-shift-worker.yaml", "back-pain-admin.yaml"] {
            XCTAssertEqual(DiagnosisAloneCheck().warnings(for: try ReadingPaths.example(name)), [], name)
        }
    }
}
