import XCTest
@testable import PlanBuilder

/// The proclaimed-holidays file is edited by hand, so its loader must reject mistakes
/// loudly and say which file and what is wrong, and the data in it must give the
/// published one-off and moved days.
final class HolidayProclaimedLoaderTests: XCTestCase {
    private let file = "templates/holidays/proclaimed.yaml"

    func testParsesMoveAndExtraDay() throws {
        let holidays = try ProclaimedHolidays.parse(yaml: """
            - date: 2022-06-02
              name: Spring bank holiday
              regions: [england-and-wales, scotland]
              replaces: 2022-05-30
            - date: 2022-03-18
              name: Day of remembrance and recognition
              regions: [ireland]
            """, file: file)
        XCTAssertEqual(holidays, [
            ProclaimedHoliday(date: LocalDate(year: 2022, month: 6, day: 2)!, name: "Spring bank holiday",
                              regions: [.englandAndWales, .scotland],
                              replaces: LocalDate(year: 2022, month: 5, day: 30)!),
            ProclaimedHoliday(date: LocalDate(year: 2022, month: 3, day: 18)!,
                              name: "Day of remembrance and recognition", regions: [.ireland]),
        ])
    }

    func testEmptyFileMeansNoHolidays() throws {
        XCTAssertEqual(try ProclaimedHolidays.parse(yaml: "# nothing yet\n", file: file), [])
    }

    func testMissingFileNamesTheFile() {
        XCTAssertThrowsError(try ProclaimedHolidays.load(templatesDirectory: "/nonexistent/templates")) { error in
            let failure = error as? TemplateErrors
            XCTAssertEqual(failure?.file, "/nonexistent/templates/holidays/proclaimed.yaml")
            XCTAssertTrue(failure?.description.contains("is missing or cannot be read") ?? false, "\(error)")
            XCTAssertTrue(failure?.description.contains("Restore it from the vr-docs templates") ?? false, "\(error)")
        }
    }

    func testReportsEveryMistakeInTheFileAtOnce() {
        let yaml = "- date: 2022-02-30\n  name: X\n  regions: [wales]\n- name: Y\n  regions: [ireland]\n"
        XCTAssertThrowsError(try ProclaimedHolidays.parse(yaml: yaml, file: file)) { error in
            let lines = (error as? TemplateErrors)?.issues.compactMap { $0.location?.line }
            XCTAssertEqual(lines, [1, 3, 4], "\(error)")
        }
    }

    func testRejectsMistakes() {
        let cases: [(yaml: String, problem: String, line: Int?)] = [
            ("- date: 2022-02-30\n  name: X\n  regions: [ireland]\n", "not a real date", 1),
            ("- date: 2022-06-03\n  name: X\n  regions: [wales]\n", "unknown region \"wales\"", 3),
            ("- date: 2022-06-03\n  name: X\n  regions: [none]\n", "unknown region \"none\"", 3),
            ("- date: 2022-06-03\n  name: X\n  regions: []\n", "at least one region", 3),
            ("- date: 2022-06-03\n  regions: [scotland]\n", "no name", 1),
            ("- name: X\n  regions: [scotland]\n", "no date", 1),
            ("- date: 2022-06-03\n  name: X\n  regions: [scotland]\n  replace: 2022-05-30\n",
             "replace: unknown key. Did you mean replaces?", 4),
            ("date: 2022-06-03\n", "expected a list", 1),
            ("- date: 2022-06-03\n  name: X\n  regions: [scotland]\n"
                + "- date: 2022-06-03\n  name: Y\n  regions: [scotland, ireland]\n", "listed twice", 4),
            ("- date: [unclosed\n", "bracket", nil),
        ]
        for (yaml, problem, line) in cases {
            XCTAssertThrowsError(try ProclaimedHolidays.parse(yaml: yaml, file: file), problem) { error in
                guard let failure = error as? TemplateErrors else {
                    return XCTFail("untyped error \(error)")
                }
                XCTAssertEqual(failure.file, file)
                XCTAssertTrue(failure.description.contains(problem), "\(failure) should mention \(problem)")
                if let line { XCTAssertEqual(failure.issues.first?.location?.line, line, "\(failure)") }
                XCTAssertTrue(failure.description.hasPrefix(file), failure.description)
            }
        }
    }

    // MARK: The template's data: one-off days and moves

    func testScotlandWorldCupBankHoliday2026() {
        let day = date("2026-06-15")
        XCTAssertEqual(calendar(.scotland).holiday(on: day)?.name, "Bank holiday for the FIFA World Cup")
        for region in [HolidayRegion.englandAndWales, .northernIreland, .ireland] {
            XCTAssertNil(calendar(region).holiday(on: day), "\(region)")
        }
        XCTAssertNil(HolidayCalendar(region: .scotland).holiday(on: day), "rules alone must not give it")
    }

    func testProclaimed2022And2023FromTemplate() {
        XCTAssertEqual(HolidayCalendarTests.listed(.englandAndWales, 2022), [
            "2022-01-01 New Year's Day [weekend date]", "2022-01-03 New Year's Day (substitute day)", "2022-04-15 Good Friday",
            "2022-04-18 Easter Monday", "2022-05-02 Early May bank holiday",
            "2022-06-02 Spring bank holiday", "2022-06-03 Platinum Jubilee bank holiday",
            "2022-08-29 Summer bank holiday",
            "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II",
            "2022-12-25 Christmas Day [weekend date]", "2022-12-26 Boxing Day",
            "2022-12-27 Christmas Day (substitute day)",
        ])
        XCTAssertEqual(HolidayCalendarTests.listed(.englandAndWales, 2023), [
            "2023-01-01 New Year's Day [weekend date]", "2023-01-02 New Year's Day (substitute day)", "2023-04-07 Good Friday",
            "2023-04-10 Easter Monday", "2023-05-01 Early May bank holiday",
            "2023-05-08 Bank holiday for the coronation of King Charles III",
            "2023-05-29 Spring bank holiday", "2023-08-28 Summer bank holiday",
            "2023-12-25 Christmas Day", "2023-12-26 Boxing Day",
        ])
        for region in [HolidayRegion.scotland, .northernIreland] {
            let uk = calendar(region)
            XCTAssertNil(uk.holiday(on: date("2022-05-30")), "\(region)")
            XCTAssertEqual(uk.holiday(on: date("2022-06-02"))?.name, "Spring bank holiday")
            XCTAssertNotNil(uk.holiday(on: date("2022-06-03")), "\(region)")
            XCTAssertNotNil(uk.holiday(on: date("2022-09-19")), "\(region)")
            XCTAssertNotNil(uk.holiday(on: date("2023-05-08")), "\(region)")
        }
        let ireland = calendar(.ireland)
        XCTAssertEqual(ireland.holiday(on: date("2022-03-18"))?.name, "Day of remembrance and recognition")
        XCTAssertNil(ireland.holiday(on: date("2022-09-19")))
        XCTAssertNil(calendar(.englandAndWales).holiday(on: date("2022-03-18")))
    }

    func testEarlierProclaimedMoves() {
        let ew = calendar(.englandAndWales)
        XCTAssertEqual(ew.holiday(on: date("2011-04-29"))?.name, "Royal wedding")
        XCTAssertNil(ew.holiday(on: date("2012-05-28")))
        XCTAssertEqual(ew.holiday(on: date("2012-06-04"))?.name, "Spring bank holiday")
        XCTAssertEqual(ew.holiday(on: date("2012-06-05"))?.name, "Queen's Diamond Jubilee")
        XCTAssertNil(ew.holiday(on: date("2020-05-04")))
        XCTAssertEqual(ew.holiday(on: date("2020-05-08"))?.name, "Early May bank holiday (VE day)")
    }

    /// A `replaces` that matches no rule-based holiday would silently leave both days
    /// off, so every move in the data must point at a real statutory date.
    func testEveryMoveReplacesARuleBasedHoliday() {
        for moved in HolidayCalendarTests.proclaimed {
            guard let replaced = moved.replaces else { continue }
            for region in moved.regions {
                let rulesOnly = HolidayCalendar(region: region)
                XCTAssertNotNil(rulesOnly.holiday(on: replaced),
                                "\(moved.name) \(moved.date) replaces \(replaced), not a \(region) holiday")
            }
        }
    }

    private func calendar(_ region: HolidayRegion) -> HolidayCalendar {
        HolidayCalendar(region: region, proclaimed: HolidayCalendarTests.proclaimed)
    }

    private func date(_ iso: String) -> LocalDate {
        guard let date = LocalDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return date
    }
}
