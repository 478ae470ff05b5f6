import XCTest
@testable import Documents

/// Every line of the shipped lead-time table reads as weeks: "0" (nothing to arrange) or
/// a number or range, so no adjustment loses its lead time to a typing slip.
final class LeadTimeTests: XCTestCase {
    func testEveryLeadTimeInTheTemplatesReadsAsWeeks() throws {
        let wording = try Wording.load(templates: TestSupport.templates, document: "employer-report", language: "en-GB")
        let table = wording.table("lead_time_weeks")
        XCTAssertFalse(table.isEmpty)
        for (key, value) in table where value != "0" {
            XCTAssertNotNil(LeadTime.of(code: key, category: "", in: wording), "\(key): \(value)")
        }
        XCTAssertEqual(LeadTime.of(code: "sit-stand-desk", category: "equipment", in: wording), LeadTime(fewestWeeks: 2, mostWeeks: 6))
        XCTAssertNil(LeadTime.of(code: "rest-breaks", category: "hours", in: wording), "nothing to arrange")
        XCTAssertEqual(try LeadTime(fewestWeeks: 0, mostWeeks: 1).words(wording), "A\u{00A0}few\u{00A0}days")
        XCTAssertEqual(try LeadTime(fewestWeeks: 3, mostWeeks: 3).words(wording), "3\u{00A0}weeks")
    }
}
