import Caseload
@testable import Documents
import Foundation
import PlanBuilder
import XCTest

/// The caseload report as a service lead reads it: the small-cell rule and the
/// definitions on the page, one line for a section with no data, honest headline
/// denominators, every status of a transition table shown, and no file name or value
/// from a case file anywhere.
final class CaseloadDocumentTests: XCTestCase {
    private func summary(_ index: Int, status: String, outcome: String?, tier: String = "2") throws -> CaseSummary {
        var yaml = "format: 1\ncase:\n  reference: R-\(index)\n  tier: \(tier)\nclient:\n  name: Alexandra Quennell\nemployment:\n  status: \(status)\n"
        if let outcome { yaml += "outcome:\n  discharged: 2026-05-01\n  status: \(outcome)\n" }
        return CaseSummary(try CaseFileReader().read(bytes: Array(yaml.utf8), fileName: "quennell.yaml", baseDirectory: nil))
    }

    private func report(_ summaries: [CaseSummary], invalid: Int = 0) throws -> String {
        var tally = CaseloadTally()
        for item in summaries { tally.add(item) }
        let invalidFiles = (0..<invalid).map { InvalidCaseFile(path: "/cases/Quennell-clinic-\($0).yaml", problems: ["diagnosis: schizophrenia"]) }
        let scan = CaseloadScan(tally: tally, invalid: invalidFiles, invalidNotListed: 0, filesRead: summaries.count + invalid)
        let wording = try CaseloadDocument.wording(templates: TestSupport.templates)
        let pdf = try DocumentWorker(engine: try TestSupport.engine()).renderCaseload(scan, wording: wording)
        return try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// 30 clients: 12 off sick → at work, 8 off sick still open, 6 unemployed → retired,
    /// 4 not known → not known.
    private func caseload() throws -> [CaseSummary] {
        var summaries: [CaseSummary] = []
        for index in 0..<30 {
            switch index {
            case ..<12: summaries.append(try summary(index, status: "off-sick", outcome: "at-work"))
            case ..<20: summaries.append(try summary(index, status: "off-sick", outcome: nil))
            case ..<26: summaries.append(try summary(index, status: "unemployed", outcome: "retired", tier: "3"))
            default: summaries.append(try summary(index, status: "not-known", outcome: "not-known", tier: "1"))
            }
        }
        return summaries
    }

    func testHeadlineOutcomesAreSharesOfThoseDischarged() throws {
        let text = try report(try caseload())
        XCTAssertTrue(text.contains("Discharged 22 of 30 (73.3 %); 8 still open"), text)
        XCTAssertTrue(text.contains("At work at discharge 12 of the 22 discharged (54.5 %); 8 still open are not counted"), text)
    }

    func testEveryStatusHasItsOwnColumnAndSmallCellsAreSuppressedWithTheRuleStated() throws {
        let text = try report(try caseload())
        for status in ["Retired", "Not known", "Not discharged", "Unemployed"] {
            XCTAssertTrue(text.contains(status), "\(status) is missing")
        }
        XCTAssertFalse(text.contains("Other"), "no status is lumped into Other")
        XCTAssertTrue(text.contains("a count of 1 to 4 is shown as <5"), text)
        XCTAssertTrue(text.contains("Not known <5"), "4 clients not known at referral are suppressed")
        XCTAssertTrue(text.contains("No client had these statuses at referral or at discharge"), text)
    }

    func testASectionWithNoDataIsOneLine() throws {
        let text = try report(try caseload())
        XCTAssertTrue(text.contains("No client has a measure both at assessment and at a later review, so there are no changes to show."), text)
        XCTAssertTrue(text.contains("No case file records case.contacts, so there are no contacts to show."), text)
        XCTAssertFalse(text.contains("Total 0 –"), text)
    }

    func testTheReportNamesNoFileAndQuotesNoCaseFile() throws {
        let text = try report(try caseload(), invalid: 3)
        XCTAssertTrue(text.contains("3 case files could not be read and are left out of every figure"), text)
        for secret in ["Quennell", "Alexandra", "clinic", "schizophrenia", "R-1", ".yaml"] {
            XCTAssertFalse(text.contains(secret), "the report shows \(secret)")
        }
        XCTAssertTrue(try report(try caseload(), invalid: 1).contains("1 case file could not be read"))
    }
}
