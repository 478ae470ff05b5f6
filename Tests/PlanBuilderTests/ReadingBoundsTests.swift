import Foundation
import XCTest
@testable import PlanBuilder

/// Dates, lengths and contract hours outside what a case can hold are refused when the
/// file is read, naming the field and the fix, instead of reaching the planner.
final class ReadingBoundsTests: XCTestCase {
    private func issues(_ text: String) -> [CaseFileIssue] {
        do {
            _ = try CaseFileReader().read(bytes: Array(text.utf8), fileName: "bounds.yaml", baseDirectory: nil)
            return []
        } catch {
            return error.issues
        }
    }

    private func plan(start: String, extra: String = "") -> String {
        "format: 1\ncase: {reference: VR-1}\nclient: {name: Ann}\n"
            + "employment: {contract: {hours_per_week: 30}}\nplan: {start: \(start)\(extra)}\n"
    }

    func testYearZeroIsNamedAsAYearOutOfRange() {
        let found = issues(plan(start: "0000-01-01"))
        XCTAssertEqual(found.map(\.path), ["plan.start"])
        XCTAssertEqual(found.first?.problem, "'0000-01-01' is in the year 0, outside the years a case file may use (1900 to 2199)")
        XCTAssertEqual(found.first?.location?.line, 5)
        XCTAssertFalse(found.first?.description.contains("January 0") ?? true)
    }

    func testTheLastYearsOfTheCalendarAreRefused() {
        for written in ["9999-12-31", "2200-01-01", "1899-12-31", "20266-03-02"] {
            XCTAssertEqual(issues(plan(start: written)).map(\.path), ["plan.start"], written)
        }
        XCTAssertEqual(issues(plan(start: "2199-12-31")), [])
        XCTAssertEqual(issues(plan(start: "1900-01-01")), [])
    }

    func testEveryKindOfDateIsBounded() {
        let text = "format: 1\ncase: {reference: VR-1, referral: {date: 9999-01-01}}\n"
            + "client: {name: Ann, date_of_birth: 1066-10-14}\nhealth: {conditions: [{name: Pain, since: 3000}]}\n"
        XCTAssertEqual(issues(text).map(\.path), ["case.referral.date", "client.date_of_birth", "health.conditions[0].since"])
    }

    func testAGivenPlanLengthMayNotRunPastTheLastYear() {
        let found = issues(plan(start: "2199-12-01", extra: ", weeks: 6"))
        XCTAssertEqual(found.map(\.path), ["plan.weeks"])
        XCTAssertTrue(found.first?.problem.contains("would run past 2199-12-31") ?? false)
        XCTAssertEqual(issues(plan(start: "2199-11-01", extra: ", weeks: 4")), [])
    }

    func testAComputedPlanThatWouldRunPastTheLastYearIsAConflict() {
        let start = LocalDate(year: 2199, month: 12, day: 1)!
        XCTAssertEqual(PlanHorizon.conflict(start: start, weeks: 6)?.field, "plan.start")
        XCTAssertNil(PlanHorizon.conflict(start: start, weeks: 4))
    }

    func testLessThanAnHourAWeekIsBlamedOnTheContract() {
        let text = "format: 1\ncase: {reference: VR-1}\nclient: {name: Ann}\n"
            + "employment: {contract: {hours_per_week: 0.01}}\nplan: {start: 2026-03-02}\n"
        let found = issues(text)
        XCTAssertEqual(found.map(\.path), ["employment.contract.hours_per_week"])
        XCTAssertTrue(found.first?.problem.contains("less than an hour") ?? false)
    }

    func testNamesReferencesAndFreeTextHaveLimits() {
        let longName = String(repeating: "a", count: FieldLimits.name + 1)
        let longReference = String(repeating: "R", count: FieldLimits.reference + 1)
        let longNote = String(repeating: "word ", count: FieldLimits.freeText / 5 + 1)
        let text = "format: 1\ncase: {reference: \(longReference)}\nclient: {name: \(longName)}\n"
            + "goals: [{horizon: short, text: \(longNote)}]\n"
        let found = issues(text)
        XCTAssertEqual(found.map(\.path), ["case.reference", "client.name", "goals[0].text"])
        XCTAssertTrue(found[1].problem.contains("301 characters long, more than the 300"), found[1].problem)
        XCTAssertEqual(found[1].location?.line, 3)
    }

    func testTextAtTheLimitIsRead() {
        let name = String(repeating: "ŵ", count: FieldLimits.name)
        let note = String(repeating: "x", count: FieldLimits.freeText)
        let text = "format: 1\ncase: {reference: VR-1}\nclient: {name: \(name), communication_needs: \(note)}\n"
        XCTAssertEqual(issues(text), [])
    }

    func testAReferenceTooLongForAFileNameIsRefused() {
        // 60 characters, but 180 bytes in UTF-8: too long for a file name with its suffix.
        let reference = String(repeating: "中", count: 60)
        let found = issues("format: 1\ncase: {reference: \(reference)}\nclient: {name: Ann}\n")
        XCTAssertEqual(found.map(\.path), ["case.reference"])
        XCTAssertTrue(found.first?.problem.contains("too long to be part of a file name") ?? false)
    }
}

extension CaseFileIssue: Equatable {
    public static func == (lhs: CaseFileIssue, rhs: CaseFileIssue) -> Bool { lhs.description == rhs.description }
}

/// Every number a case file can give has an upper bound, so no later arithmetic (hours to
/// minutes, sums over a caseload) can overflow on input.
final class ReadingNumberBoundsTests: XCTestCase {
    func testHugeLiftingWeightsAndContactCountsAreRefused() {
        let text = "format: 1\ncase: {reference: VR-1, contacts: 99999999999999}\nclient: {name: Ann}\n"
            + "assessment: {capacity: {lifting_kg: 1e300}}\n"
        do {
            _ = try CaseFileReader().read(bytes: Array(text.utf8), fileName: "big.yaml", baseDirectory: nil)
            XCTFail("expected the file to be refused")
        } catch {
            XCTAssertEqual(error.issues.map(\.path), ["case.contacts", "assessment.capacity.lifting_kg"])
        }
    }
}
