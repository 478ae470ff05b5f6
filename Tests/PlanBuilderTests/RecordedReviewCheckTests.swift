import Foundation
import XCTest
@testable import PlanBuilder

/// A review recorded as held is checked against the issue date, on the shared back-pain
/// example (its review is on 13 March 2026).
final class RecordedReviewCheckTests: XCTestCase {
    private func backPain() throws -> CaseFile {
        let name = "back-pain-admin.yaml"
        let bytes = try Array(Data(contentsOf: ReadingPaths.examples.appendingPathComponent(name)))
        return try CaseFileReader(knownCodes: ReadingPaths.specCodes).read(bytes: bytes, fileName: name, baseDirectory: nil)
    }

    func testAReviewAfterTheIssueDateIsNamedAtItsDate() throws {
        let warnings = RecordedReviewCheck().warnings(for: try backPain(), issued: LocalDate(year: 2026, month: 2, day: 23))
        XCTAssertEqual(warnings.map(\.field), ["reviews[0].date"])
        XCTAssertTrue(warnings[0].problem.contains("the review of 2026-03-13 is recorded as held with the hours worked, "
                                                   + "but the documents are issued 2026-02-23, 18 days before it, so the progress review is not made"), warnings[0].problem)
        XCTAssertTrue(warnings[0].fix.contains("on 2026-03-13 or later"))
    }

    func testAReviewOnOrBeforeTheIssueDateOrWithNoIssueDateIsNotNamed() throws {
        let file = try backPain()
        XCTAssertEqual(RecordedReviewCheck().warnings(for: file, issued: LocalDate(year: 2026, month: 3, day: 13)), [])
        XCTAssertEqual(RecordedReviewCheck().warnings(for: file, issued: LocalDate(year: 2026, month: 4, day: 1)), [])
        XCTAssertEqual(RecordedReviewCheck().warnings(for: file, issued: nil), [])
    }
}
