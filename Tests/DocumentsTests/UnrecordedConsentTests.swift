import Foundation
import XCTest
import Documents
import PlanBuilder

/// A case file with no consent section: the employer documents promise nothing the
/// client did not agree to, and a schedule point kept back (what the assessment found the
/// client can manage) is said to be missing where the other points are listed.
final class UnrecordedConsentTests: XCTestCase {
    private func cancerCase(consent: Consent?) throws -> (DocumentEngine, CaseFile) {
        let engine = try TestSupport.engine()
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("cancer") }))
        if let consent { file.consent = consent } else { file.consent = Consent() }
        return (engine, file)
    }

    private func text(_ kind: DocumentKind, _ engine: DocumentEngine, _ file: CaseFile) throws -> String {
        let pdf = try engine.render(kind, caseFile: file, schedule: try engine.schedule(for: file))
        return try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testTheReportPromisesNothingWhenNoConsentIsRecorded() throws {
        let (engine, file) = try cancerCase(consent: nil)
        XCTAssertFalse(file.consent.isRecorded)
        let report = try text(.employerReport, engine, file)
        XCTAssertFalse(report.contains("agreed to share"), "nothing was agreed")
        XCTAssertTrue(report.contains("No consent from Siobhán to share health information is recorded"))
    }

    func testKeptBackCapacityPointsAreSaidToBeMissing() throws {
        let (engine, file) = try cancerCase(consent: nil)
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let text = try text(kind, engine, file)
            XCTAssertFalse(text.contains("the assessment found the employee could manage"), "\(kind): the point itself is kept back")
            XCTAssertTrue(text.contains("Points on what Siobhán could manage when assessed: not shared. No consent from Siobhán"),
                          "\(kind): the reader knows a point is missing")
            XCTAssertTrue(text.contains("No shift is longer than 8 h"), "\(kind): the other points stay")
        }
        // With consent to share functional effects, the point is printed and nothing is said missing.
        var consent = Consent(recorded: LocalDate(iso: "2026-02-02"), shareWithEmployer: [.schedule, .functionalEffects])
        consent.isRecorded = true
        let (shared, sharedFile) = try cancerCase(consent: consent)
        let plan = try text(.rtwPlan, shared, sharedFile)
        XCTAssertTrue(plan.contains("the assessment found the employee could manage"))
        XCTAssertFalse(plan.contains("could manage when assessed: not shared"))
    }
}
