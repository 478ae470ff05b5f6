import XCTest
@testable import Documents

/// A moved public holiday reads "Boxing Day, substitute day": every document puts
/// "(public holiday)" after the name, and "Boxing Day (substitute day) (public holiday)"
/// stacked two brackets.
final class HolidayNameTests: XCTestCase {
    func testAMovedDayIsNamedWithoutASecondBracket() throws {
        let english = try Wording.load(templates: TestSupport.templates, document: "rtw-plan", language: "en-GB")
        let welsh = try Wording.load(templates: TestSupport.templates, document: "rtw-plan", language: "cy")
        XCTAssertEqual(HolidayName(wording: english)("Boxing Day (substitute day)"), "Boxing Day, substitute day")
        XCTAssertEqual(HolidayName(wording: english)("Good Friday"), "Good Friday")
        XCTAssertEqual(HolidayName(wording: welsh)("Boxing Day (substitute day)"), "Gŵyl San Steffan, diwrnod amgen")
        XCTAssertEqual(HolidayName(wording: welsh)("St Patrick's Day"), "Dydd Gŵyl Padrig")
        XCTAssertEqual(try english.text("excluded_public_holiday", ["name": HolidayName(wording: english)("St Patrick's Day (substitute day)")]),
                       "St Patrick's Day, substitute day (public holiday)")
    }
}
