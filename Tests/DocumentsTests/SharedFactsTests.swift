import XCTest
import Documents
@testable import PlanBuilder

/// The plan, the employer report and the client copy are three wordings of one set of
/// facts: read back from the PDFs, they must agree on when the target is reached, when
/// each duty comes back and when the last review is.
final class SharedFactsTests: XCTestCase {
    func testEveryDocumentOfEveryExampleStatesTheSameFacts() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let caseFile = try engine.reader.read(path: path)
            let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
            var texts: [DocumentKind: String] = [:]
            for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy] {
                let pdf = try engine.render(kind, caseFile: caseFile, schedule: schedule)
                texts[kind] = try TestSupport.flowingText(of: pdf)
            }
            let target = try XCTUnwrap(schedule.targetWeek, path)
            XCTAssertTrue(texts[.rtwPlan]!.contains("reached in week \(target)"), "\(path): plan target week")
            XCTAssertTrue(texts[.clientCopy]!.contains("By week \(target)"), "\(path): client target week")
            XCTAssertTrue(texts[.employerReport]!.contains("reached in week \(target)"), "\(path): employer target week")

            let planStart = try XCTUnwrap(caseFile.plan?.start)
            for duty in caseFile.plan?.duties ?? [] {
                guard case .fromWeek(let week) = duty.when else { continue }
                let back = planStart.adding(days: 7 * (week - 1))
                for (kind, text) in texts where kind != .clientCopy || caseFile.plan != nil {
                    // The employer's action table writes its dates short, as its When column does.
                    let date = kind == .employerReport ? TestSupport.shortDate(back) : TestSupport.longDate(back)
                    XCTAssertTrue(text.contains(duty.duty), "\(path) \(kind): \(duty.duty)")
                    XCTAssertTrue(text.contains("week \(week) (\(date))"), "\(path) \(kind): \(duty.duty) back in week \(week) (\(date))")
                }
            }
            for review in schedule.reviewPoints.map(\.date) {
                for (kind, text) in texts {
                    XCTAssertTrue(text.contains(TestSupport.longDate(review)) || text.contains(TestSupport.shortWeekdayDate(review)),
                                  "\(path) \(kind): review \(review.iso)")
                }
            }
            // Every agreed adjustment, by its title, in every document.
            for adjustment in caseFile.adjustments {
                let title = try XCTUnwrap(adjustment.title ?? adjustment.code.flatMap { engine.catalogue.adjustment($0)?.title })
                for (kind, text) in texts {
                    XCTAssertTrue(text.replacingOccurrences(of: "-", with: "").contains(title.replacingOccurrences(of: "-", with: "")),
                                  "\(path) \(kind): adjustment \(title)")
                }
            }
            // The week each warning starts ("From week 3, days are longer than…") is the
            // same in the client's words and the employer's.
            let warningWeeks = Self.warningWeeks(in: texts[.rtwPlan]!)
            XCTAssertFalse(warningWeeks.isEmpty, "\(path): the examples go beyond the assessed capacity")
            for kind in [DocumentKind.employerReport, .clientCopy] {
                XCTAssertTrue(warningWeeks.isSubset(of: Self.warningWeeks(in: texts[kind]!)), "\(path) \(kind): warnings from weeks \(warningWeeks.sorted())")
            }
        }
    }

    /// The weeks of sentences that start "From week N".
    static func warningWeeks(in text: String) -> Set<Int> {
        var weeks: Set<Int> = []
        var rest = Substring(text)
        while let range = rest.range(of: "From week ") {
            let digits = rest[range.upperBound...].prefix { $0.isNumber }
            if let week = Int(digits) { weeks.insert(week) }
            rest = rest[range.upperBound...]
        }
        return weeks
    }
}
