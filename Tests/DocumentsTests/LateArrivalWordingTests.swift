import XCTest
@testable import Documents
@testable import PlanBuilder

/// An adjustment that may not arrive by the day it is needed is said to be late in every
/// document that names it, not only in the employer's action table: the back-pain
/// example's sit-stand desk (2–6 weeks) is needed from 2 March, a week after an issue on
/// 23 February. Issued in good time, or as a draft, no document says so.
final class LateArrivalWordingTests: XCTestCase {
    private func texts(issued: LocalDate?) throws -> [DocumentKind: String] {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        caseFile.caseInfo.issued = issued
        let schedule = try engine.schedule(for: caseFile)
        var texts: [DocumentKind: String] = [:]
        for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy] {
            texts[kind] = try TestSupport.flowingText(of: try engine.render(kind, caseFile: caseFile, schedule: schedule))
        }
        return texts
    }

    private let late: [DocumentKind: String] = [
        .rtwPlan: "2 Mar 2026 may be late",
        .employerReport: "Order now (2–6 weeks): may arrive late",
        .clientCopy: "A sit-stand desk. Your employer will sort this out. It can take some weeks to arrange, so it may not be ready on 2 March 2026.",
    ]

    func testEveryDocumentSaysTheDeskMayBeLate() throws {
        let texts = try texts(issued: LocalDate(year: 2026, month: 2, day: 23))
        for (kind, phrase) in late { XCTAssertTrue(try XCTUnwrap(texts[kind]).contains(phrase), "\(kind.rawValue): \(phrase)") }
    }

    func testNoDocumentSaysSoWhenThereIsTimeOrNoIssueDate() throws {
        for issued in [LocalDate(year: 2026, month: 1, day: 5), nil] {
            let texts = try texts(issued: issued)
            XCTAssertFalse(try XCTUnwrap(texts[.rtwPlan]).contains("may be late"), "\(String(describing: issued))")
            XCTAssertFalse(try XCTUnwrap(texts[.employerReport]).contains("may arrive late"), "\(String(describing: issued))")
            XCTAssertFalse(try XCTUnwrap(texts[.clientCopy]).contains("may not be ready"), "\(String(describing: issued))")
        }
    }
}
