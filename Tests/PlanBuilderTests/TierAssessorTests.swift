import XCTest
@testable import PlanBuilder

final class TierAssessorTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    private func file(barriers: [Barrier], absenceStart: String? = nil, assessed: String = "2026-02-02",
                      tier: TierChoice = .auto) -> CaseFile {
        CaseFile(caseInfo: CaseInfo(reference: "T", tier: tier), client: Client(name: "T"),
                 employment: Employment(status: absenceStart == nil ? "at-work" : "off-sick", absenceStart: absenceStart.map(date)),
                 assessment: Assessment(date: date(assessed), barriers: barriers))
    }

    func testSingleLowBarrierAtWorkIsTierOne() {
        let result = TierAssessor.assess(file(barriers: [Barrier(domain: "workplace", description: "Chair", severity: .low)]))
        XCTAssertEqual(result.tier, 1)
        XCTAssertFalse(result.isGiven)
    }

    func testModerateMultiDomainShortAbsenceIsTierTwo() {
        let result = TierAssessor.assess(file(barriers: [
            Barrier(domain: "physical", severity: .high), Barrier(domain: "psychological", severity: .moderate),
        ], absenceStart: "2025-12-01"))
        XCTAssertEqual(result.tier, 2)
        XCTAssertTrue(result.reasons.contains { $0.contains("psychological barriers (moderate)") }, "\(result.reasons)")
        XCTAssertTrue(result.reasons.contains { $0.contains("off work for 9 weeks") }, "\(result.reasons)")
    }

    func testLongAbsenceWithSeveralDomainsIsTierThreeAndSaysWhy() {
        let result = TierAssessor.assess(file(barriers: [
            Barrier(domain: "health", severity: .high), Barrier(domain: "physical", severity: .moderate),
            Barrier(domain: "financial", severity: .moderate),
        ], absenceStart: "2025-05-12"))
        XCTAssertEqual(result.tier, 3)
        XCTAssertTrue(result.reasons.contains { $0.contains("beyond the 20-week point") }, "\(result.reasons)")
    }

    func testAPreviousReturnThatBrokeDownCounts() {
        let barriers = [Barrier(domain: "workplace", description: "Previous return broke down when full shifts resumed.", severity: .high),
                        Barrier(domain: "physical", severity: .moderate), Barrier(domain: "psychological", severity: .low)]
        let result = TierAssessor.assess(file(barriers: barriers, absenceStart: "2025-12-01"))
        XCTAssertEqual(result.tier, 3)
        XCTAssertTrue(result.reasons.contains { $0.contains("broke down") })
    }

    func testATierGivenInTheCaseFileWins() {
        let result = TierAssessor.assess(file(barriers: [Barrier(domain: "health", severity: .high)], absenceStart: "2024-01-01", tier: .given(1)))
        XCTAssertEqual(result.tier, 1)
        XCTAssertTrue(result.isGiven)
    }
}
