import Caseload
import PlanBuilder
import XCTest

/// The figures of the hand-made caseload, checked against sums done by hand.
final class CaseloadFiguresTests: XCTestCase {
    private var folder: URL!
    private var scan: CaseloadScan!

    override func setUpWithError() throws {
        folder = try HandMadeCaseload.folder(extra: [
            "broken.yaml": "format: 1\ncase:\n  reference: X\n  referal: {}\nclient:\n  name: X\n",
            "notes.txt": "not a case file",
            ".hidden.yaml": "format: 1\n",
        ])
        scan = try CaseloadScanner(reader: CaseFileReader(), jobs: 2).scan([folder.path])
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private var figures: CaseloadFigures { CaseloadFigures(scan.tally) }

    private func row(_ table: StatTable, _ label: String) -> [StatCell]? { table.rows.first { $0.label == label }?.cells }

    func testInvalidFilesAreListedWithTheirProblemsAndTheOthersCounted() {
        XCTAssertEqual(scan.filesRead, 7)
        XCTAssertEqual(scan.duplicates, [])
        XCTAssertEqual(scan.overlaps, [])
        XCTAssertEqual(scan.tally.clients, 6)
        XCTAssertEqual(scan.invalid.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["broken.yaml"])
        XCTAssertTrue(scan.invalid[0].problems.contains { $0.contains("case.referal") && $0.contains("referral") }, "\(scan.invalid[0].problems)")
    }

    func testReferralSourcesAndTiers() {
        let referrals = figures.referralSources
        XCTAssertEqual(row(referrals, "gp"), [.count(2), .share(2, of: 6)])
        XCTAssertEqual(row(referrals, "self"), [.count(1), .share(1, of: 6)])
        XCTAssertEqual(row(referrals, "not-recorded"), [.count(1), .share(1, of: 6)])
        XCTAssertEqual(row(figures.tierMix, "tier-3"), [.count(2), .count(0), .count(2), .share(2, of: 6)])
    }

    /// Waits of 0, 7, 14 (from the referral date: no first contact), 28 and 45 days;
    /// one client has no dates. Five counted, so each band is 20 %.
    func testTimeToAssessmentBandsAreCumulative() {
        let table = figures.timeToAssessment
        XCTAssertEqual(row(table, "same-day"), [.count(1), .share(1, of: 5), .share(1, of: 5)])
        XCTAssertEqual(row(table, "within-1-week"), [.count(1), .share(1, of: 5), .share(2, of: 5)])
        XCTAssertEqual(row(table, "within-2-weeks"), [.count(1), .share(1, of: 5), .share(3, of: 5)])
        XCTAssertEqual(row(table, "within-4-weeks"), [.count(1), .share(1, of: 5), .share(4, of: 5)])
        XCTAssertEqual(row(table, "over-4-weeks"), [.count(1), .share(1, of: 5), .share(5, of: 5)])
        XCTAssertEqual(scan.tally.waitsMissingDates, 1)
        XCTAssertEqual(scan.tally.waitsFromReferral, 1)
        XCTAssertEqual(table.noteValues["missing"], "<5", "counts in notes are suppressed like cells")
    }

    /// Tier 1: 2 and 3 contacts; tier 2: 4 and 6; tier 3: 10 (one not recorded).
    /// All: 2, 3, 4, 6, 10 → mean 5.0, median 4.
    func testContactsMeanAndMedianByTier() {
        let table = figures.contactsByTier
        XCTAssertEqual(row(table, "tier-1"), [.count(2), .number(2.5, clients: 2), .number(2.5, clients: 2)])
        XCTAssertEqual(row(table, "tier-3"), [.count(1), .number(10, clients: 1), .number(10, clients: 1)])
        XCTAssertEqual(row(table, "all-tiers"), [.count(5), .number(5, clients: 5), .number(4, clients: 5)])
    }

    /// Off sick at referral: A and F at work, B off sick, D not discharged → 50 / 25 / 25 %
    /// of the row; 4 of 6 clients (66.7 %) were off sick at referral.
    func testTransitionTableCountsAndRowPercentages() throws {
        let table = try XCTUnwrap(figures.transitionTables.first)
        XCTAssertEqual(table.id, "transitions-all")
        XCTAssertEqual(table.columns, ["at-work", "off-sick", "unemployed", "not-discharged", "total"])
        XCTAssertEqual(row(table, "off-sick"), [.countWithShare(2, of: 4), .countWithShare(1, of: 4), .countWithShare(0, of: 4), .countWithShare(1, of: 4), .countWithShare(4, of: 6)])
        XCTAssertEqual(row(table, "unemployed"), [.countWithShare(1, of: 1), .countWithShare(0, of: 1), .countWithShare(0, of: 1), .countWithShare(0, of: 1), .countWithShare(1, of: 6)])
        XCTAssertEqual(row(table, "total"), [.countWithShare(4, of: 6), .countWithShare(1, of: 6), .countWithShare(0, of: 6), .countWithShare(1, of: 6), .countWithShare(6, of: 6)])
        let status = figures.employmentStatus
        XCTAssertEqual(row(status, "off-sick"), [.count(4), .share(4, of: 6), .count(1), .share(1, of: 6)])
        XCTAssertEqual(row(status, "not-discharged"), [.count(0), .share(0, of: 6), .count(1), .share(1, of: 6)])
    }

    func testTransitionsByTierAndDeprivation() throws {
        let tables = Dictionary(uniqueKeysWithValues: figures.transitionTables.map { ($0.id, $0) })
        let mostDeprived = try XCTUnwrap(tables["transitions-deciles-1-2"])
        XCTAssertEqual(mostDeprived.columns, ["at-work", "off-sick", "unemployed", "not-discharged", "total"], "every group has the same columns")
        XCTAssertEqual(row(mostDeprived, "off-sick"), [.countWithShare(1, of: 2), .countWithShare(1, of: 2), .countWithShare(0, of: 2), .countWithShare(0, of: 2), .countWithShare(2, of: 2)])
        let unknown = try XCTUnwrap(tables["transitions-decile-unknown"])
        XCTAssertEqual(row(unknown, "total")?.last, .countWithShare(1, of: 1))
        let tier3 = try XCTUnwrap(tables["transitions-tier-3"])
        XCTAssertEqual(tier3.columns, ["at-work", "off-sick", "unemployed", "not-discharged", "total"])
        XCTAssertEqual(tier3.rows.map(\.label), ["at-work", "off-sick", "unemployed", "total"], "every group has the same rows")
        XCTAssertEqual(row(tier3, "unemployed"), [.countWithShare(1, of: 1), .countWithShare(0, of: 1), .countWithShare(0, of: 1), .countWithShare(0, of: 1), .countWithShare(1, of: 2)])
    }

    /// Followed up: A at work, E at work, F off sick. All three were at work at discharge;
    /// two (66.7 %) still were.
    func testFollowUp() {
        let table = figures.followUp
        XCTAssertEqual(row(table, "at-work"), [.count(2), .share(2, of: 3)])
        XCTAssertEqual(row(table, "off-sick"), [.count(1), .share(1, of: 3)])
        XCTAssertEqual(scan.tally.atWorkAtDischargeFollowedUp, 3)
        XCTAssertEqual(scan.tally.atWorkAtDischargeStillAtWork, 2)
        XCTAssertEqual(table.noteValues["still_at_work_percent"], "*", "a share of fewer than 5 clients is withheld")
    }

    /// HADS pairs: A 12/9 → 8/10 (the latest review by date, listed first in the file),
    /// B 14/12 → 11/9; F has no review and is left out. Anxiety: 2 abnormal, A left the
    /// band (B is still 11). Depression: only B abnormal, and left it.
    func testMeasuresAndHADSBand() {
        let measures = figures.measures
        XCTAssertEqual(row(measures, "hads-anxiety"), [.count(2), .number(13, clients: 2), .number(9.5, clients: 2), .number(-3.5, clients: 2)])
        XCTAssertEqual(row(measures, "hads-depression"), [.count(2), .number(10.5, clients: 2), .number(9.5, clients: 2), .number(-1, clients: 2)])
        XCTAssertEqual(row(measures, "wai"), [.count(1), .number(20, clients: 1), .number(30, clients: 1), .number(10, clients: 1)])
        XCTAssertEqual(row(measures, "eq5d-vas"), [.count(1), .number(50, clients: 1), .number(70, clients: 1), .number(20, clients: 1)])
        XCTAssertEqual(row(measures, "confidence"), [.count(1), .number(3, clients: 1), .number(6, clients: 1), .number(3, clients: 1)])
        XCTAssertEqual(row(figures.hadsBand, "hads-anxiety"), [.count(2), .count(1), .share(1, of: 2)])
        XCTAssertEqual(row(figures.hadsBand, "hads-depression"), [.count(1), .count(1), .share(1, of: 1)])
    }

    func testTheSameFiguresOnOneThreadAsOnMany() throws {
        let single = try CaseloadScanner(reader: CaseFileReader(), jobs: 1).scan([folder.path])
        XCTAssertEqual(single.tally, scan.tally)
    }

    func testAMissingFolderIsNamed() {
        XCTAssertThrowsError(try CaseloadScanner(reader: CaseFileReader()).scan(["/no/such/folder"])) { error in
            XCTAssertEqual("\(error)", "/no/such/folder: there is no such folder or file. Check the path.")
        }
    }

    func testPercentagesRoundHalfUpInIntegers() {
        XCTAssertEqual(StatCell.tenths(1, of: 8), 125)
        XCTAssertEqual(StatCell.tenths(1, of: 3), 333)
        XCTAssertEqual(StatCell.tenths(2, of: 3), 667)
        XCTAssertEqual(StatCell.tenths(1, of: 0), nil)
        XCTAssertEqual(FigureText.percent(125), "12.5")
        XCTAssertEqual(FigureText.number(-3.5), "-3.5")
        XCTAssertEqual(FigureText.number(3.25), "3.3")
    }

    func testCSVHasOneColumnForTheCountAndOneForItsShareAndSuppressesSmallCells() throws {
        let table = try XCTUnwrap(figures.transitionTables.first)
        let lines = CaseloadCSV.text(table, label: { $0 }).split(separator: "\r\n").map(String.init)
        XCTAssertEqual(lines[0], "referral-vs-discharge,at-work csv-count,at-work csv-percent,off-sick csv-count,off-sick csv-percent,unemployed csv-count,unemployed csv-percent,not-discharged csv-count,not-discharged csv-percent,total csv-count,total csv-percent")
        XCTAssertEqual(lines[2], "off-sick,<5,*,<5,*,0,0.0,<5,*,<5,*")
        XCTAssertEqual(lines[3], "unemployed,<5,*,0,0.0,0,0.0,0,0.0,<5,*")
        XCTAssertEqual(lines[4], "total,<5,*,<5,*,0,0.0,<5,*,6,100.0")
    }
}
