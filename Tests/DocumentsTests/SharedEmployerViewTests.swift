import XCTest
import ReportKit
@testable import Documents
@testable import PlanBuilder

/// A worker making employer documents screens the case once (`DocumentEngine.employerView`)
/// and hands the view to the warnings and to every employer document: the warnings and the
/// PDFs are the ones each made with a view of its own, with and without the case's own
/// issue date.
final class SharedEmployerViewTests: XCTestCase {
    func testSharedViewGivesTheSameWarningsAndDocuments() throws {
        let engine = try TestSupport.engine()
        var checkedScreening = false
        for path in TestSupport.sharedExamples {
            let read = try engine.reader.read(path: path)
            var undated = read
            undated.caseInfo.issued = nil
            for caseFile in [read, undated] {
                let schedule = try engine.schedule(for: caseFile)
                let view = engine.employerView(for: caseFile, schedule: schedule)
                let own = engine.caseWarnings(for: caseFile)
                XCTAssertEqual(engine.caseWarnings(for: caseFile, employerView: view), own, path)
                checkedScreening = checkedScreening || own.contains { $0.problem.contains("health information") }
                for kind in [DocumentKind.rtwPlan, .employerReport] where engine.supportedDocuments(for: caseFile).contains(kind) {
                    let alone = try PDFRenderer().render(try engine.build(kind, caseFile: caseFile, schedule: schedule))
                    let shared = try PDFRenderer().render(try engine.build(kind, caseFile: caseFile, schedule: schedule, employerView: view))
                    XCTAssertTrue(alone == shared, "\(path): \(kind.rawValue)")
                }
            }
        }
        XCTAssertTrue(checkedScreening, "an example has text screened out as health information")
    }
}
