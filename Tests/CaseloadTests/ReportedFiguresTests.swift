import Caseload
import Foundation
import PlanBuilder
import XCTest

/// What the report states beyond the hand-made sums: small cells suppressed, honest
/// headline denominators, a "not allocated" tier, and COPM reported like HADS.
final class ReportedFiguresTests: XCTestCase {
    private let reader = CaseFileReader()

    private func summary(_ yaml: String) throws -> CaseSummary {
        CaseSummary(try reader.read(bytes: Array(yaml.utf8), fileName: "x.yaml", baseDirectory: nil))
    }

    func testSmallCountsAreSuppressedAndSharesOfFewerThanFiveWithheld() {
        XCTAssertEqual(SmallCells.suppress(.count(0)), .count(0))
        XCTAssertEqual(SmallCells.suppress(.count(1)), .suppressed)
        XCTAssertEqual(SmallCells.suppress(.count(4)), .suppressed)
        XCTAssertEqual(SmallCells.suppress(.count(5)), .count(5))
        XCTAssertEqual(SmallCells.suppress(.share(3, of: 100)), .withheld)
        XCTAssertEqual(SmallCells.suppress(.share(0, of: 4)), .withheld)
        XCTAssertEqual(SmallCells.suppress(.share(0, of: 40)), .share(0, of: 40))
        XCTAssertEqual(SmallCells.suppress(.share(7, of: 40)), .share(7, of: 40))
        XCTAssertEqual(SmallCells.suppress(.countWithShare(2, of: 40)), .suppressed)
        XCTAssertEqual(SmallCells.suppress(.number(3.5, clients: 4)), .withheld)
        XCTAssertEqual(SmallCells.suppress(.number(3.5, clients: 5)), .number(3.5, clients: 5))
        XCTAssertEqual(FigureText.text(.suppressed), "<5")
        XCTAssertEqual(FigureText.text(.withheld), "*")
        XCTAssertEqual(StatTable.words(["clients": 3, "all": 12, "text": "x"]), ["clients": "<5", "all": "12", "text": "x"])
    }

    /// 10 clients: 6 discharged (4 at work, 2 off sick), 4 still open. At work at
    /// discharge is 4 of the 6 discharged, not 4 of 10.
    func testOutcomesAtDischargeAreSharesOfThoseDischarged() throws {
        var tally = CaseloadTally()
        for index in 0..<10 {
            var yaml = "format: 1\ncase:\n  reference: R\(index)\n  tier: 2\nclient:\n  name: Client\nemployment:\n  status: off-sick\n"
            if index < 6 { yaml += "outcome:\n  discharged: 2026-05-01\n  status: \(index < 4 ? "at-work" : "off-sick")\n" }
            tally.add(try summary(yaml))
        }
        let headline = Headline(tally)
        XCTAssertEqual(headline.discharged, 6)
        XCTAssertEqual(headline.stillOpen, 4)
        XCTAssertEqual(headline.atWorkAtDischarge, 4)
        XCTAssertEqual(headline.atWorkAtReferral, 0)
    }

    func testAClientWithNoTierAndNoAssessmentIsNotAllocated() throws {
        let bare = try summary("format: 1\ncase:\n  reference: N\nclient:\n  name: Client\n")
        XCTAssertEqual(bare.tier, .notAllocated)
        let assessed = try summary("format: 1\ncase:\n  reference: M\nclient:\n  name: Client\nassessment:\n  date: 2026-01-05\n")
        XCTAssertEqual(assessed.tier, .assessed(1))
        let given = try summary("format: 1\ncase:\n  reference: G\n  tier: 3\nclient:\n  name: Client\n")
        XCTAssertEqual(given.tier, .given(3))
        var tally = CaseloadTally()
        for item in [bare, assessed, given] { tally.add(item) }
        let tiers = CaseloadFigures(tally).tierMix
        XCTAssertEqual(tiers.rows.map(\.label), ["tier-1", "tier-2", "tier-3", "not-allocated", "total"])
        XCTAssertEqual(tiers.rows[3].cells, [.count(0), .count(0), .count(1), .share(1, of: 3)])
        XCTAssertNotNil(CaseloadFigures(tally).transitionTables.first { $0.id == "transitions-not-allocated" })
    }

    func testCOPMAndEveryOtherScoreTheFormatDefinesAreCompared() throws {
        let yaml = """
            format: 1
            case:
              reference: C
            client:
              name: Client
            assessment:
              measures:
                - instrument: COPM
                  date: 2026-01-05
                  performance: 3
                  satisfaction: 2
                - instrument: EQ-5D-5L
                  date: 2026-01-05
                  mobility: 4
            reviews:
              - date: 2026-03-01
                week: 4
                hours_worked: 20
                measures:
                  - instrument: COPM
                    date: 2026-03-01
                    performance: 7
                    satisfaction: 6.5
                  - instrument: EQ-5D-5L
                    date: 2026-03-01
                    mobility: 2

            """
        var tally = CaseloadTally()
        tally.add(try summary(yaml))
        let rows = CaseloadFigures(tally).measures.rows
        XCTAssertEqual(rows.map(\.label), ["eq5d-mobility", "copm-performance", "copm-satisfaction"])
        XCTAssertEqual(rows[1].cells, [.count(1), .number(3, clients: 1), .number(7, clients: 1), .number(4, clients: 1)])
        XCTAssertEqual(rows[2].cells, [.count(1), .number(2, clients: 1), .number(6.5, clients: 1), .number(4.5, clients: 1)])
        XCTAssertEqual(Set(MeasureScore.all.map(\.code)).count, MeasureScore.all.count)
        XCTAssertTrue(MeasureScore.all.map(\.code).contains("copm-performance"))
    }

    func testASectionWithNoDataSaysSo() {
        let figures = CaseloadFigures(CaseloadTally())
        XCTAssertFalse(figures.measures.hasData)
        XCTAssertFalse(figures.timeToAssessment.hasData)
        XCTAssertFalse(figures.hadsBand.hasData)
    }
}
