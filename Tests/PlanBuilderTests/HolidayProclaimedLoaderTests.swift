import XCTest
@testable import PlanBuilder

/// The proclaimed-holidays file is edited by hand, so its loader must reject mistakes
/// loudly and say which file and what is wrong.
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
            let failure = error as? ProclaimedHolidayError
            XCTAssertEqual(failure?.file, "/nonexistent/templates/holidays/proclaimed.yaml")
            XCTAssertTrue(failure?.problem.contains("cannot read") ?? false, "\(error)")
        }
    }

    func testRejectsMistakes() {
        let cases: [(yaml: String, problem: String, line: Int?)] = [
            ("- date: 2022-02-30\n  name: X\n  regions: [ireland]\n", "real date", 1),
            ("- date: 2022-06-03\n  name: X\n  regions: [wales]\n", "unknown region \"wales\"", 3),
            ("- date: 2022-06-03\n  name: X\n  regions: [none]\n", "unknown region \"none\"", 3),
            ("- date: 2022-06-03\n  name: X\n  regions: []\n", "non-empty list", 1),
            ("- date: 2022-06-03\n  regions: [scotland]\n", "\"name\"", 1),
            ("- name: X\n  regions: [scotland]\n", "missing \"date\"", 1),
            ("- date: 2022-06-03\n  name: X\n  regions: [scotland]\n  replace: 2022-05-30\n",
             "unknown key \"replace\"", 4),
            ("date: 2022-06-03\n", "list of holidays", 1),
            ("- date: 2022-06-03\n  name: X\n  regions: [scotland]\n"
                + "- date: 2022-06-03\n  name: Y\n  regions: [scotland, ireland]\n", "listed twice", 4),
            ("- date: [unclosed\n", "not valid YAML", nil),
        ]
        for (yaml, problem, line) in cases {
            XCTAssertThrowsError(try ProclaimedHolidays.parse(yaml: yaml, file: file), problem) { error in
                guard let failure = error as? ProclaimedHolidayError else {
                    return XCTFail("untyped error \(error)")
                }
                XCTAssertEqual(failure.file, file)
                XCTAssertTrue(failure.problem.contains(problem), "\(failure) should mention \(problem)")
                if let line { XCTAssertEqual(failure.line, line, "\(failure)") }
                XCTAssertTrue(failure.description.hasPrefix(file), failure.description)
            }
        }
    }
}
