import XCTest
@testable import PlanBuilder

/// A file with many mistakes reports every one of them, each at its line and field, with
/// a suggestion a case manager can act on.
final class ReadingErrorTests: XCTestCase {
    private func issues(_ text: String, knownCodes: KnownCodes? = ReadingPaths.specCodes,
                        line: UInt = #line) -> [CaseFileIssue] {
        do {
            _ = try CaseFileReader(knownCodes: knownCodes).read(bytes: Array(text.utf8), fileName: "x.yaml", baseDirectory: nil)
            XCTFail("expected problems", line: line)
            return []
        } catch {
            return error.issues
        }
    }

    private func issue(_ issues: [CaseFileIssue], at path: String, line: UInt = #line) -> CaseFileIssue? {
        let found = issues.first { $0.path == path }
        XCTAssertNotNil(found, "no problem reported at \(path); found:\n\(issues.map(\.description).joined(separator: "\n"))",
                        line: line)
        return found
    }

    static let brokenFile = """
        format: 1
        case:
          reference: VR-2026-0999
        client:
          name: Jane Morrison
          deprivation_decile: 11
        employment:
          contract:
            hours_per_week: -35
            days: [mon, tue, wed, thu, fry]
        assessment:
          limitations:
            - code: fatige
          measures:
            - instrument: HADS
              anxiety: 25
              stress: 3
        plan:
          strat: 2026-03-02
          strategy: balanse
          start_percent: 60
          target_percent: 40
          weeks: 0
          rounding_minutes: 7
          unavailable:
            - from: 2026-02-31
              until: 2026-02-01
        adjustments:
          - detail: Nothing named
          - code: rest-brakes
        """

    func testEveryProblemIsReportedWithLineFieldAndSuggestion() {
        let found = issues(ReadingErrorTests.brokenFile)
        let strat = issue(found, at: "plan.strat")
        XCTAssertEqual(strat?.location?.line, 19)
        XCTAssertEqual(strat?.location?.column, 3)
        XCTAssertEqual(strat?.description, "x.yaml:19:3: plan.strat: unknown key. Did you mean plan.start?")
        XCTAssertEqual(issue(found, at: "plan.start")?.location?.line, 18, "missing start is reported at the plan line")

        let strategy = issue(found, at: "plan.strategy")
        XCTAssertEqual(strategy?.location?.line, 20)
        XCTAssertTrue(strategy?.fix?.contains("Did you mean balanced?") ?? false, strategy?.description ?? "")
        XCTAssertTrue(strategy?.fix?.contains("hours, days, shifts, balanced") ?? false)

        let date = issue(found, at: "plan.unavailable[0].from")
        XCTAssertEqual(date?.location?.line, 26)
        XCTAssertEqual(date?.problem, "2026-02-31 is not a real date: February 2026 has 28 days")
        XCTAssertEqual(date?.fix, "Write the date as YYYY-MM-DD, e.g. 2026-03-02.")

        let hours = issue(found, at: "employment.contract.hours_per_week")
        XCTAssertEqual(hours?.location?.line, 9)
        XCTAssertEqual(hours?.problem, "-35 hours a week is not possible")

        let target = issue(found, at: "plan.target_percent")
        XCTAssertEqual(target?.location?.line, 22)
        XCTAssertTrue(target?.problem.contains("below the start") ?? false)

        let code = issue(found, at: "assessment.limitations[0].code")
        XCTAssertEqual(code?.location?.line, 13)
        XCTAssertTrue(code?.fix?.hasPrefix("Did you mean fatigue?") ?? false, code?.description ?? "")

        XCTAssertTrue(issue(found, at: "employment.contract.days[4]")?.fix?.contains("Did you mean fri?") ?? false)
        XCTAssertEqual(issue(found, at: "client.deprivation_decile")?.location?.line, 6)
        XCTAssertEqual(issue(found, at: "assessment.measures[0].anxiety")?.location?.line, 16)
        XCTAssertEqual(issue(found, at: "assessment.measures[0].stress")?.problem, "unknown key")
        XCTAssertEqual(issue(found, at: "plan.weeks")?.location?.line, 23)
        XCTAssertEqual(issue(found, at: "plan.rounding_minutes")?.location?.line, 24)
        XCTAssertEqual(issue(found, at: "adjustments[0].code")?.location?.line, 29)
        XCTAssertTrue(issue(found, at: "adjustments[1].code")?.fix?.contains("rest-breaks") ?? false)
        XCTAssertEqual(found.count, 15, found.map(\.description).joined(separator: "\n"))
        let lines = found.compactMap { $0.location?.line }
        XCTAssertEqual(lines, lines.sorted(), "problems are listed in file order")
    }

    func testWithoutKnownCodesAnyCodeIsAccepted() {
        let found = issues(ReadingErrorTests.brokenFile, knownCodes: nil)
        XCTAssertFalse(found.contains { $0.path == "assessment.limitations[0].code" })
        XCTAssertFalse(found.contains { $0.path == "adjustments[1].code" })
    }

    func testUnknownKeyFarFromAnyKnownKeyListsTheValidKeys() {
        let found = issues("format: 1\ncase: {reference: A}\nclient: {name: B}\nzzzzqqq: 1\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.path, "zzzzqqq")
        XCTAssertTrue(found.first?.fix?.contains("The keys allowed at the top of the file are format, case,") ?? false,
                      found.first?.description ?? "")
    }

    func testMisspelledJobDemandCodeIsAnErrorButFreeTextIsAccepted() {
        let base = "format: 1\ncase: {reference: A}\nclient: {name: B}\nemployment:\n  job_demands:\n"
        let found = issues(base + "    - demand: prolonged-sittin\n    - demand: Climbing ladders on site\n    - demand: hoisting\n")
        XCTAssertEqual(found.map(\.path), ["employment.job_demands[0].demand"])
        XCTAssertTrue(found.first?.fix?.contains("prolonged-sitting") ?? false)
    }

    func testMissingRequiredFieldsAreReportedAtTheirParent() {
        let found = issues("# no format\ncase:\n  tier: 2\nclient:\n  pronouns: they/them\nplan:\n  weeks: 4\n")
        XCTAssertEqual(issue(found, at: "format")?.location?.line, 2)
        XCTAssertEqual(issue(found, at: "case.reference")?.location?.line, 2)
        XCTAssertEqual(issue(found, at: "client.name")?.location?.line, 4)
        XCTAssertEqual(issue(found, at: "plan.start")?.location?.line, 6)
        XCTAssertEqual(issue(found, at: "employment.contract.hours_per_week")?.location?.line, 7)
        XCTAssertEqual(found.count, 5)
    }

    func testWrongTypesSayWhatWasExpected() {
        let found = issues("""
            format: 1
            case: [VR-1]
            client: {name: B, large_print: maybe, email: not-an-email}
            employment: {contract: {hours_per_week: lots, shift_hours: 12}}
            assessment: {strengths: Kind}
            consent: {share_with_employer: [schedule, diagnosis]}
            """)
        XCTAssertEqual(issue(found, at: "case")?.problem, "expected a group of fields, found a list")
        XCTAssertEqual(issue(found, at: "client.large_print")?.problem, "expected true or false, found 'maybe'")
        XCTAssertNotNil(issue(found, at: "client.email"))
        XCTAssertEqual(issue(found, at: "employment.contract.hours_per_week")?.problem,
                       "expected a number of hours such as 37.5, found 'lots'")
        XCTAssertNotNil(issue(found, at: "employment.contract.shifts_per_week"))
        XCTAssertEqual(issue(found, at: "assessment.strengths")?.problem, "expected a list, found the text 'Kind'")
        XCTAssertNotNil(issue(found, at: "consent.share_with_employer[1]"))
    }

    func testImpossiblePlanNumbersAgainstTheContract() {
        let found = issues("""
            format: 1
            case: {reference: A}
            client: {name: B}
            employment: {contract: {hours_per_week: 30, days: [mon, tue, wed, thu, fri]}}
            plan:
              start: 2026-03-02
              start_hours_per_day: 7
              min_day_hours: 5
              max_day_hours: 4
              weeks: 105
              pay: {policy: full-for-weeks}
              duties:
                - duty: Lifting
                  from_week: 2
                  until_week: 4
            """)
        XCTAssertEqual(issue(found, at: "plan.start_hours_per_day")?.location?.line, 7)
        XCTAssertTrue(issue(found, at: "plan.min_day_hours")?.problem.contains("longest day") ?? false)
        XCTAssertNotNil(issue(found, at: "plan.weeks"))
        XCTAssertEqual(issue(found, at: "plan.pay.weeks")?.location?.line, 11)
        XCTAssertNotNil(issue(found, at: "plan.duties[0].until_week"))
    }

    func testUnsupportedFormat() {
        let found = issues("format: 2\ncase: {reference: A}\nclient: {name: B}\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.problem, "format 2 is not supported by this version of vr-docs, which reads format 1")
        XCTAssertEqual(found.first?.location?.line, 1)
    }

    func testDuplicateKeysAreEachReportedWithBothLines() {
        let found = issues("""
            format: 1
            case:
              reference: A
              reference: B
            client:
              name: C
            plan:
              start: 2026-03-02
              weeks: 4
              start: 2026-03-09
              strat: 1
            """)
        let reference = issue(found, at: "case.reference")
        XCTAssertEqual(reference?.location?.line, 4)
        XCTAssertTrue(reference?.problem.contains("given twice") ?? false)
        XCTAssertTrue(reference?.problem.contains("first on line 3") ?? false)
        XCTAssertEqual(issue(found, at: "plan.start")?.location?.line, 10)
        XCTAssertEqual(issue(found, at: "plan.strat")?.location?.line, 11, "the rest of the file is still checked")
        XCTAssertEqual(found.count, 4, found.map(\.description).joined(separator: "\n"))
    }

    func testDuplicateKeysOnOneLineAreStillReported() {
        let found = issues("format: 1\ncase: {reference: A, reference: B}\nclient: {name: C}\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.problem.contains("reference is given twice") ?? false, found.first?.description ?? "")
        XCTAssertEqual(found.first?.location?.line, 2)
    }

    func testSyntaxErrorHasALineAndAPlainExplanation() {
        let found = issues("format: 1\ncase:\n  reference: A\n   client: oops\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.location?.line, 4)
        XCTAssertFalse(found.first?.problem.contains("libyaml") ?? true)
        let tabs = issues("format: 1\ncase:\n\treference: A\n")
        XCTAssertEqual(tabs.first?.location?.line, 3)
        XCTAssertEqual(tabs.first?.problem, "a tab is used to indent this line")
        let quote = issues("format: 1\ncase: {reference: \"A}\nclient: {name: B}\n")
        XCTAssertEqual(quote.first?.location?.line, 2)
    }

    func testTopLevelMustBeAMappingAndOneDocument() {
        XCTAssertTrue(issues("- format: 1\n").first?.problem.hasPrefix("the file does not hold a case file") ?? false)
        XCTAssertTrue(issues("just some text\n").first?.problem.hasPrefix("the file does not hold a case file") ?? false)
        let two = issues("format: 1\ncase: {reference: A}\nclient: {name: B}\n---\nformat: 1\n")
        XCTAssertEqual(two.count, 1)
        XCTAssertTrue(two.first?.problem.contains("more than one document") ?? false)
        XCTAssertEqual(two.first?.location?.line, 4)
    }

    func testErrorsDescriptionListsOneProblemPerLine() {
        do {
            _ = try CaseFileReader().read(bytes: Array("format: 1\ncase: {reference: A}\nclient: {nmae: B}\n".utf8),
                                          fileName: "back-pain.yaml", baseDirectory: nil)
            XCTFail("expected problems")
        } catch {
            XCTAssertEqual(error.file, "back-pain.yaml")
            XCTAssertEqual(error.description, """
                back-pain.yaml:3:1: client.name: missing: every case file needs the client's name. Add name: under client, e.g. name: Jane Morrison.
                back-pain.yaml:3:10: client.nmae: unknown key. Did you mean client.name?
                """)
        }
    }
}
