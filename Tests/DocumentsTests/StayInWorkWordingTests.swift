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
            "cy": (.clientCopy, ["Dyma eich cynllun ar gyfer aros yn y gwaith"], ["mynd yn ôl i'r gwaith", "dechrau yn ôl"]),
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
        XCTAssertTrue(report.contains("Adjusted hours and duties"), "the action named as the schedule is")
        XCTAssertFalse(report.contains("Phased hours"))
    }

    /// Nothing a stay-in-work client's documents say of their own accord speaks of a return:
    /// not the titles, the PDF's subject, the schedule's heading, a duty that comes back
    /// after the plan, nor the catalogue's reasons. The case's own words are the case
    /// manager's, and the fit note's "a phased return to work" is the form's own option.
    func testNoDocumentSpeaksOfAReturnOfItsOwnAccord() throws {
        let engine = try TestSupport.engine()
        for name in ["back-pain", "cancer"] {
            let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains(name) })
            // The case's own sentences that mention a return are reworded, so that every
            // "return" left is the documents' own.
            let yaml = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "Motivated to return", with: "Motivated to keep going")
                .replacingOccurrences(of: "Return to three", with: "Work three")
                .replacingOccurrences(of: "Previous return broke down", with: "Previous plan broke down")
                .replacingOccurrences(of: "during the return", with: "during the plan")
                .replacingOccurrences(of: "the end of the phased return", with: "the end of the plan")
                .replacingOccurrences(of: "Completed the phased return", with: "Completed the plan")
                .replacingOccurrences(of: "status: off-sick", with: "status: at-work")
            var file = try engine.reader.read(bytes: Array(yaml.utf8), fileName: "at-work.yaml", baseDirectory: nil)
            file.employment?.status = "at-work"
            file.plan?.duties.append(DutyChange(duty: "Night shifts", when: .fromWeek(30)))
            for language in ["en-GB", "cy"] {
                file.client.language = language
                let schedule = try engine.schedule(for: file)
                for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy, .review] {
                    let pdf = try engine.render(kind, caseFile: file, schedule: schedule)
                    let text = (try TestSupport.flowingText(of: pdf) + " " + TestSupport.pdfInfo(pdf))
                        .split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
                        .replacingOccurrences(of: "a phased return to work", with: "")
                        // The fit note's own tick box, in Welsh as in English.
                        .replacingOccurrences(of: "☒ dychwelyd fesul cam", with: "")
                        .replacingOccurrences(of: "☐ dychwelyd fesul cam", with: "")
                    for word in language == "cy" ? ["dychwel", "yn ôl i'r gwaith"] : ["return", "going back", "back to work"] {
                        XCTAssertFalse(text.contains(word), "\(name) \(language) \(kind): \(word) in \(text)")
                    }
                }
            }
        }
    }
}
