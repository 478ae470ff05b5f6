import Foundation
import XCTest
import Documents
import PlanBuilder

/// A client still at work is not told about going back: every document's opening speaks
/// of staying in work, in English and Welsh.
final class StayInWorkWordingTests: XCTestCase {
    func testEveryOpeningSpeaksOfStayingInWork() throws {
        let engine = try TestSupport.engine()
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        file.employment?.status = "at-work"
        let expected: [String: (DocumentKind, [String], [String])] = [
            "en-GB": (.clientCopy, ["This is your plan for staying in work at", "Your plan starts on"], ["going back to work", "You start back"]),
            "cy": (.clientCopy, ["Dyma eich cynllun ar gyfer aros yn y gwaith yn"], ["mynd yn ôl i'r gwaith", "dechrau yn ôl"]),
        ]
        for (language, (kind, present, absent)) in expected {
            file.client.language = language
            let text = try TestSupport.text(of: try engine.render(kind, caseFile: file, schedule: try engine.schedule(for: file)))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for words in present { XCTAssertTrue(text.contains(words), "\(language): \(words)") }
            for words in absent { XCTAssertFalse(text.contains(words), "\(language): \(words)") }
        }
        file.client.language = "en-GB"
        let plan = try TestSupport.text(of: try engine.render(.rtwPlan, caseFile: file, schedule: try engine.schedule(for: file)))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(plan.contains("will stay in work while recovering, step by step"))
        XCTAssertTrue(plan.contains("a normal part of recovering while at work"), "if things get harder")
        XCTAssertFalse(plan.contains("returning to work"))
        let report = try TestSupport.text(of: try engine.render(.employerReport, caseFile: file, schedule: try engine.schedule(for: file)))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(report.contains("Our advice on how Jane can stay in work while recovering"))
        XCTAssertFalse(report.contains("Our advice on Jane's return to work"))
        XCTAssertTrue(report.contains("The adjusted hours last 7 weeks"), "the schedule's length")
        XCTAssertFalse(report.contains("The phased return lasts"))
    }
}
