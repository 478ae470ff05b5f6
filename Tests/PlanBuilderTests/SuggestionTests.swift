import XCTest
@testable import PlanBuilder

/// Checks `AdjustmentSuggester` against hand-built case files, on both the shipped
/// catalogue and small catalogues built here so each ranking rule is tested alone.
final class SuggestionTests: XCTestCase {
    private func shipped() throws -> Catalogue {
        try Catalogue.load(templatesDirectory: CatalogueTests.templates)
    }

    private func caseFile(limitations: [Limitation], demands: [String] = [], listed: [Adjustment] = [],
                          contract: Contract? = nil) -> CaseFile {
        CaseFile(caseInfo: CaseInfo(reference: "VR-TEST-0001"),
                 client: Client(name: "Test Client"),
                 employment: Employment(contract: contract, jobDemands: demands.map { JobDemand(demand: $0) }),
                 assessment: Assessment(limitations: limitations),
                 adjustments: listed)
    }

    private func entry(_ code: String, limitations: [String], demands: [String] = [],
                       requires: [String] = []) -> AdjustmentEntry {
        AdjustmentEntry(code: code, title: "Title of \(code)", category: "support", involves: "Involves.",
                        why: "Why.", limitations: limitations, demands: demands, accessToWork: false,
                        requiresDemands: requires)
    }

    private func miniCatalogue(_ adjustments: [AdjustmentEntry]) -> Catalogue {
        let limitations = ["fatigue", "pain", "sitting", "vision", "sleep"].map {
            CatalogueEntry(code: $0, title: $0, description: $0)
        }
        let demands = ["lifting", "night-work", "prolonged-sitting", "shift-work", "long-shifts"].map {
            CatalogueEntry(code: $0, title: $0, description: $0)
        }
        return Catalogue(adjustments: adjustments, limitations: limitations, demands: demands)
    }

    /// The office worker with a sitting limitation from the back-pain example.
    private var officeCase: CaseFile {
        caseFile(limitations: [Limitation(code: "sitting", severity: .high),
                               Limitation(code: "lifting", severity: .moderate),
                               Limitation(code: "fatigue", severity: .moderate)],
                 demands: ["prolonged-sitting", "screen-work", "carrying", "travel", "Answering the phones"],
                 listed: [Adjustment(code: "sit-stand-desk"), Adjustment(code: "fixed-desk"),
                          Adjustment(code: "movement-breaks"), Adjustment(code: "later-start"),
                          Adjustment(code: "appointment-time-off")])
    }

    func testSuggestionsForOfficeCaseMatchItsLimitationsAndDemands() throws {
        let suggestions = AdjustmentSuggester(catalogue: try shipped()).suggest(for: officeCase)
        XCTAssertEqual(suggestions.count, 8)
        let listed: Set = ["sit-stand-desk", "fixed-desk", "movement-breaks", "later-start", "appointment-time-off"]
        for suggestion in suggestions {
            XCTAssertFalse(listed.contains(suggestion.entry.code), suggestion.entry.code)
            XCTAssertFalse(suggestion.matchedLimitations.isEmpty)
            XCTAssertTrue(Set(suggestion.matchedLimitations).isSubset(of: ["sitting", "lifting", "fatigue"]))
            let demands: Set = ["prolonged-sitting", "screen-work", "carrying", "travel"]
            XCTAssertTrue(Set(suggestion.matchedDemands).isSubset(of: demands))
            XCTAssertEqual(suggestion.reasons.count, suggestion.matchedLimitations.count + suggestion.matchedDemands.count)
        }
        XCTAssertTrue(suggestions[0].addressesJobDemand)
        let sitting = try XCTUnwrap(suggestions.first { $0.matchedLimitations.contains("sitting") })
        XCTAssertTrue(sitting.reasons.contains("limitation: sitting (high)"), "\(sitting.reasons)")
        XCTAssertTrue(suggestions.contains { $0.matchedDemands.contains("prolonged-sitting") })
        XCTAssertTrue(suggestions.contains {
            $0.matchedDemands.contains("carrying") && $0.matchedLimitations.contains("lifting")
        })
        assertRanked(suggestions)
    }

    func testListedAdjustmentsAreNeverSuggestedByCodeOrTitle() throws {
        let catalogue = try shipped()
        let base = caseFile(limitations: [Limitation(code: "fatigue", severity: .high)], demands: ["long-shifts"])
        let before = AdjustmentSuggester(catalogue: catalogue).suggest(for: base, limit: 100).map(\.entry.code)
        XCTAssertTrue(before.contains("rest-breaks"))
        XCTAssertTrue(before.contains("reduced-hours"))
        var listed = base
        listed.adjustments = [Adjustment(code: "rest-breaks"), Adjustment(title: "  reduced WORKING hours ")]
        let after = AdjustmentSuggester(catalogue: catalogue).suggest(for: listed, limit: 100).map(\.entry.code)
        XCTAssertFalse(after.contains("rest-breaks"))
        XCTAssertFalse(after.contains("reduced-hours"))
        XCTAssertEqual(after.count, before.count - 2)
    }

    func testMatchingLimitationAndDemandOutranksLimitationAlone() {
        let catalogue = miniCatalogue([
            entry("strong-limitation-only", limitations: ["fatigue", "sitting"]),
            entry("weak-but-both", limitations: ["pain"], demands: ["lifting"]),
            entry("demand-only", limitations: ["vision"], demands: ["lifting"]),
        ])
        let client = caseFile(limitations: [Limitation(code: "fatigue", severity: .high),
                                            Limitation(code: "sitting", severity: .high),
                                            Limitation(code: "pain", severity: .low)],
                              demands: ["lifting"])
        let suggestions = AdjustmentSuggester(catalogue: catalogue).suggest(for: client)
        XCTAssertEqual(suggestions.map(\.entry.code), ["weak-but-both", "strong-limitation-only"])
        XCTAssertEqual(suggestions.map(\.score), [3, 9])
        XCTAssertEqual(suggestions[0].reasons, ["limitation: pain (low)", "job demand: lifting"])
        XCTAssertEqual(suggestions[1].matchedLimitations, ["fatigue", "sitting"])
    }

    func testSeverityWeightsAndCodeBreaksTies() {
        let catalogue = miniCatalogue([
            entry("z-low", limitations: ["pain"]),
            entry("y-high", limitations: ["sitting"]),
            entry("b-moderate", limitations: ["fatigue"]),
            entry("a-moderate", limitations: ["fatigue"]),
            entry("unrecorded", limitations: ["sleep"]),
        ])
        let client = caseFile(limitations: [Limitation(code: "pain", severity: .low),
                                            Limitation(code: "sitting", severity: .high),
                                            Limitation(code: "fatigue", severity: .moderate),
                                            Limitation(code: "sleep")])
        let suggestions = AdjustmentSuggester(catalogue: catalogue).suggest(for: client)
        XCTAssertEqual(suggestions.map(\.entry.code), ["y-high", "a-moderate", "b-moderate", "unrecorded", "z-low"])
        XCTAssertEqual(suggestions.map(\.score), [6, 4, 4, 2, 2])
        XCTAssertEqual(suggestions[3].reasons, ["limitation: sleep"])
    }

    func testMainLimitationWeighsDouble() {
        let catalogue = miniCatalogue([
            entry("a-side-effect", limitations: ["pain", "fatigue"]),
            entry("b-main-purpose", limitations: ["fatigue", "pain"]),
        ])
        let client = caseFile(limitations: [Limitation(code: "fatigue", severity: .high)])
        let suggestions = AdjustmentSuggester(catalogue: catalogue).suggest(for: client)
        XCTAssertEqual(suggestions.map(\.entry.code), ["b-main-purpose", "a-side-effect"])
        XCTAssertEqual(suggestions.map(\.score), [6, 3])
    }

    func testAMildLimitationIsNotCrowdedOut() {
        let catalogue = miniCatalogue([
            entry("fatigue-1", limitations: ["fatigue"]),
            entry("fatigue-2", limitations: ["fatigue"]),
            entry("fatigue-3", limitations: ["fatigue"]),
            entry("vision-side", limitations: ["fatigue", "vision"]),
            entry("vision-main", limitations: ["vision"]),
        ])
        let client = caseFile(limitations: [Limitation(code: "fatigue", severity: .high),
                                            Limitation(code: "vision", severity: .low)])
        let suggester = AdjustmentSuggester(catalogue: catalogue)
        XCTAssertEqual(suggester.suggest(for: client, limit: 3).map(\.entry.code), ["vision-side", "fatigue-1", "fatigue-2"])
        let onlyFatigue = miniCatalogue([
            entry("fatigue-1", limitations: ["fatigue"]),
            entry("fatigue-2", limitations: ["fatigue"]),
            entry("fatigue-3", limitations: ["fatigue"]),
            entry("vision-main", limitations: ["vision"]),
        ])
        XCTAssertEqual(AdjustmentSuggester(catalogue: onlyFatigue).suggest(for: client, limit: 2).map(\.entry.code),
                       ["fatigue-1", "vision-main"])
    }

    func testFreeTextDemandsAreIgnoredButCodesMatchWhateverTheCase() {
        let catalogue = miniCatalogue([entry("helps-lifting", limitations: ["pain"], demands: ["lifting"])])
        let freeText = caseFile(limitations: [Limitation(code: "pain")], demands: ["Lifting heavy boxes"])
        let suggested = AdjustmentSuggester(catalogue: catalogue).suggest(for: freeText)
        XCTAssertEqual(suggested.map(\.entry.code), ["helps-lifting"])
        XCTAssertEqual(suggested[0].matchedDemands, [])
        let coded = caseFile(limitations: [Limitation(code: "pain")], demands: [" Lifting"])
        XCTAssertEqual(AdjustmentSuggester(catalogue: catalogue).suggest(for: coded)[0].matchedDemands, ["lifting"])
    }

    func testEntriesNeedingAJobDemandWaitForIt() throws {
        let catalogue = try shipped()
        let suggester = AdjustmentSuggester(catalogue: catalogue)
        let sleepy = [Limitation(code: "sleep", severity: .high)]
        let dayJob = suggester.suggest(for: caseFile(limitations: sleepy, demands: ["screen-work"]), limit: 100)
        XCTAssertFalse(dayJob.contains { $0.entry.code == "no-nights" })
        XCTAssertFalse(dayJob.contains { $0.entry.code == "shorter-shifts" })
        let nights = suggester.suggest(for: caseFile(limitations: sleepy, demands: ["night-work"]), limit: 100)
        let noNights = try XCTUnwrap(nights.first { $0.entry.code == "no-nights" })
        XCTAssertEqual(noNights.matchedDemands, ["night-work"])
    }

    func testShiftContractImpliesShiftDemands() throws {
        let shifts = Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3)
        let client = caseFile(limitations: [Limitation(code: "fatigue", severity: .high)], contract: shifts)
        let suggestions = AdjustmentSuggester(catalogue: try shipped()).suggest(for: client, limit: 100)
        let shorter = try XCTUnwrap(suggestions.first { $0.entry.code == "shorter-shifts" })
        XCTAssertEqual(Set(shorter.matchedDemands), ["long-shifts", "shift-work"])
        XCTAssertTrue(shorter.reasons.contains("job demand: long-shifts (12-hour days in the contract)"),
                      "\(shorter.reasons)")
        let office = caseFile(limitations: [Limitation(code: "fatigue", severity: .high)],
                              contract: Contract(hoursPerWeek: 35, days: [.mon, .tue, .wed, .thu, .fri]))
        let officeCodes = AdjustmentSuggester(catalogue: try shipped()).suggest(for: office, limit: 100).map(\.entry.code)
        XCTAssertFalse(officeCodes.contains("shorter-shifts"))
    }

    func testShiftWorkerCaseCoversEveryLimitation() throws {
        let client = caseFile(limitations: [Limitation(code: "fatigue", severity: .high),
                                            Limitation(code: "lifting", severity: .moderate),
                                            Limitation(code: "heat-sensitivity", severity: .low)],
                              demands: ["prolonged-standing", "lifting", "night-work"],
                              listed: ["shorter-shifts", "no-nights", "rest-breaks", "uniform-change", "buddy"]
                                  .map { Adjustment(code: $0) },
                              contract: Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3))
        let suggestions = AdjustmentSuggester(catalogue: try shipped()).suggest(for: client)
        XCTAssertEqual(suggestions.count, 8)
        for limitation in ["fatigue", "lifting", "heat-sensitivity"] {
            XCTAssertTrue(suggestions.contains { $0.matchedLimitations.contains(limitation) }, limitation)
        }
        XCTAssertTrue(suggestions.contains { $0.entry.code == "cooling" }, "\(suggestions.map(\.entry.code))")
        XCTAssertTrue(suggestions.contains {
            $0.matchedLimitations.contains("lifting") && $0.matchedDemands.contains("lifting")
        })
        XCTAssertFalse(suggestions.contains { ["shorter-shifts", "no-nights", "rest-breaks"].contains($0.entry.code) })
        assertRanked(suggestions)
    }

    func testDeterministicWhateverTheCatalogueOrder() throws {
        let catalogue = try shipped()
        let first = AdjustmentSuggester(catalogue: catalogue).suggest(for: officeCase, limit: 100)
        let again = AdjustmentSuggester(catalogue: catalogue).suggest(for: officeCase, limit: 100)
        let reversed = Catalogue(adjustments: catalogue.adjustments.reversed(),
                                 limitations: catalogue.limitations, demands: catalogue.demands)
        let fromReversed = AdjustmentSuggester(catalogue: reversed).suggest(for: officeCase, limit: 100)
        XCTAssertEqual(first, again)
        XCTAssertEqual(first, fromReversed)
        XCTAssertGreaterThan(first.count, 8)
    }

    func testLimitsAndEmptyCases() throws {
        let suggester = AdjustmentSuggester(catalogue: try shipped())
        XCTAssertEqual(suggester.suggest(for: officeCase, limit: 3).map(\.entry.code),
                       Array(suggester.suggest(for: officeCase).prefix(3)).map(\.entry.code))
        XCTAssertEqual(suggester.suggest(for: officeCase, limit: 0), [])
        XCTAssertEqual(suggester.suggest(for: caseFile(limitations: [], demands: ["lifting"])), [])
        let noEmployment = CaseFile(caseInfo: CaseInfo(reference: "VR-TEST-0002"), client: Client(name: "A"),
                                    assessment: Assessment(limitations: [Limitation(code: "vision")]))
        let vision = suggester.suggest(for: noEmployment, limit: 100)
        XCTAssertTrue(vision.contains { $0.entry.code == "screen-magnification" })
        XCTAssertTrue(vision.allSatisfy { $0.matchedDemands.isEmpty && $0.entry.requiresDemands.isEmpty })
    }

    private func assertRanked(_ suggestions: [SuggestedAdjustment], file: StaticString = #filePath, line: UInt = #line) {
        for (a, b) in zip(suggestions, suggestions.dropFirst()) {
            let inOrder = a.addressesJobDemand != b.addressesJobDemand ? a.addressesJobDemand
                : a.score != b.score ? a.score > b.score : a.entry.code < b.entry.code
            XCTAssertTrue(inOrder, "\(a.entry.code) before \(b.entry.code)", file: file, line: line)
        }
    }

    /// The shipped catalogue's `not_suggested_with`: no "temporarily changed duties" when the
    /// plan already changes duties, no "permanent move" when it ends at full hours, no
    /// trolleys beside agreed lifting aids. Each comes back when its reason goes.
    func testWhatThePlanOrTheListedAdjustmentsCoverIsNotSuggested() throws {
        let catalogue = try shipped()
        var file = caseFile(limitations: [Limitation(code: "lifting", severity: .moderate), Limitation(code: "walking", severity: .moderate)],
                            demands: ["lifting", "walking"], listed: [Adjustment(code: "lifting-aids")])
        file.plan = PlanSpec(start: LocalDate(iso: "2026-03-16")!, duties: [DutyChange(duty: "Picking from high racking", when: .fromWeek(5))])
        let codes = { (file: CaseFile) in Set(AdjustmentSuggester(catalogue: catalogue).suggest(for: file, limit: 20).map(\.entry.code)) }
        let covered = codes(file)
        for code in ["amended-duties", "redeployment", "trolleys"] { XCTAssertFalse(covered.contains(code), code) }
        var open = file
        open.adjustments = []
        open.plan?.duties = []
        open.plan?.targetPercent = 80
        let uncovered = codes(open)
        for code in ["amended-duties", "redeployment", "trolleys"] { XCTAssertTrue(uncovered.contains(code), "\(code) in \(uncovered)") }
    }
}
