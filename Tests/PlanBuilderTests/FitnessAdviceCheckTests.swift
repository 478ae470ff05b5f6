import Foundation
import XCTest
@testable import PlanBuilder

/// The fit-note advice is checked against what the case asks the employer to do, on the
/// shared examples and on copies with one tick box taken away.
final class FitnessAdviceCheckTests: XCTestCase {
    private func read(_ name: String, replacing old: String = "", with new: String = "") throws -> CaseFile {
        try ReadingPaths.example(name, replacing: old, with: new)
    }

    private func check() throws -> FitnessAdviceCheck {
        FitnessAdviceCheck(catalogue: try Catalogue.load(templatesDirectory: CatalogueTests.templates))
    }

    func testTheExamplesAdviceAgreesWithTheirPlans() throws {
        for name in ["back-pain-admin.yaml", "cancer-shift-worker.yaml"] {
            XCTAssertEqual(try check().warnings(for: try read(name)), [], name)
        }
    }

    func testAnUntickedBoxBesideWhatItCoversIsNamed() throws {
        let adaptations = try read("back-pain-admin.yaml", replacing: ", workplace-adaptations]", with: "]")
        XCTAssertEqual(try check().warnings(for: adaptations).map(\.field), ["assessment.fitness.with"])
        XCTAssertTrue(try check().warnings(for: adaptations)[0].problem.contains("'workplace-adaptations' is not ticked, but adjustments[0]"))

        let duties = try read("cancer-shift-worker.yaml", replacing: ", amended-duties]", with: "]")
        let warnings = try check().warnings(for: duties)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].problem.contains("'amended-duties' is not ticked, but plan.duties"))
        XCTAssertTrue(warnings[0].fix.contains("Add amended-duties to assessment.fitness.with"))
    }

    /// A client staying in work has a plan of adjusted hours: the fit note's box for it is
    /// altered hours, and no phased return is asked for.
    func testAClientStayingInWorkIsAskedForAlteredHoursNotAPhasedReturn() throws {
        var atWork = try read("back-pain-admin.yaml", replacing: "[phased-return, altered-hours, amended-duties, workplace-adaptations]",
                              with: "[amended-duties, workplace-adaptations]")
        atWork.employment?.status = "at-work"
        let warnings = try check().warnings(for: atWork)
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertTrue(warnings[0].problem.contains("'altered-hours' is not ticked, but the case has a plan of adjusted hours"), warnings[0].problem)
        atWork.employment?.status = "off-sick"
        XCTAssertTrue(try check().warnings(for: atWork).contains { $0.problem.contains("'phased-return' is not ticked") })
    }

    func testNotFitBesideAPlanIsNamedOnce() throws {
        let notFit = try read("back-pain-admin.yaml", replacing: "status: may-be-fit\n    with: [phased-return, altered-hours, amended-duties, workplace-adaptations]",
                              with: "status: not-fit")
        let warnings = try check().warnings(for: notFit)
        XCTAssertEqual(warnings.map(\.field), ["assessment.fitness.status"])
        XCTAssertTrue(warnings[0].problem.contains("returns the client to work from 2026-03-02"))
    }
}
