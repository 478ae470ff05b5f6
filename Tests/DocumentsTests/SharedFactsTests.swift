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

    /// Pay as each reader is told it, under every pay policy: the weeks of full pay, and
    /// that public holidays and leave are paid, in the plan, the employer's action table
    /// and the client's copy alike (the employer's table once said only "then pay for the
    /// hours worked" while the others paid holidays as normal days).
    func testEveryDocumentStatesTheSamePay() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let policies: [(PayPolicy, plan: [String], employer: [String], client: [String])] = [
            (PayPolicy(policy: .fullForWeeks, weeks: 3),
             ["Full pay for the first 3 weeks, then pay for the hours worked", "public holiday and day of annual leave is paid"],
             ["Full pay to the end of week 3, then for the hours worked, holidays and leave"],
             ["full pay for the first 3 weeks", "public holiday and day of annual leave is paid"]),
            (PayPolicy(policy: .hoursWorked),
             ["Pay for the hours worked each week", "public holiday and day of annual leave is paid"],
             ["Pay for the hours worked, holidays and leave"],
             ["You are paid for the hours you work", "public holiday and day of annual leave is paid"]),
            (PayPolicy(policy: .full), ["Full pay throughout the plan."], ["Full pay throughout"],
             ["Your employer pays you your full pay"]),
        ]
        for (pay, plan, employer, client) in policies {
            var caseFile = try engine.reader.read(path: path)
            caseFile.plan?.pay = pay
            let schedule = try engine.schedule(for: caseFile)
            for (kind, phrases) in [(DocumentKind.rtwPlan, plan), (.employerReport, employer), (.clientCopy, client)] {
                let text = try TestSupport.flowingText(of: try engine.render(kind, caseFile: caseFile, schedule: schedule))
                for phrase in phrases { XCTAssertTrue(text.contains(phrase), "\(pay.policy.rawValue) \(kind.rawValue): \(phrase)") }
            }
        }
        // A shift rota: a holiday is paid only when it costs a shift, in every document.
        let shifts = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") })
        let rota = try engine.reader.read(path: shifts)
        XCTAssertEqual(rota.employment?.contract?.isRota, true)
        let schedule = try engine.schedule(for: rota)
        for (kind, phrase) in [(DocumentKind.rtwPlan, "is paid as a shift only when the plan cannot work that shift on another day"),
                               (.employerReport, "Pay for the hours worked, and for shifts lost to holidays and leave"),
                               (.clientCopy, "is paid as a shift only when the plan cannot move that shift to another day")] {
            let text = try TestSupport.flowingText(of: try engine.render(kind, caseFile: rota, schedule: schedule))
            XCTAssertTrue(text.contains(phrase), "rota \(kind.rawValue): \(phrase)")
        }
    }

    /// Pay rules are stated only when the plan meets them, in the plan and the client copy
    /// alike: a plan with no public holiday, leave or appointment on a working day does not
    /// explain how they are paid ("Time off for appointments is not paid" used to be printed
    /// in every plan).
    func testPayRulesAreStatedOnlyWhenThePlanMeetsThem() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let timeOff = ["public holiday and day of annual leave is paid"]
        let appointments = ["Time off for appointments is not counted as hours worked", "Time off for appointments is not paid"]
        var caseFile = try engine.reader.read(path: path)
        for met in [true, false] {
            if !met {
                caseFile.health?.appointments = []
                caseFile.plan?.holidays = try XCTUnwrap(HolidayRegion(rawValue: "none"))
            }
            let schedule = try engine.schedule(for: caseFile)
            for kind in [DocumentKind.rtwPlan, .clientCopy] {
                let text = try TestSupport.flowingText(of: try engine.render(kind, caseFile: caseFile, schedule: schedule))
                XCTAssertEqual(timeOff.contains { text.contains($0) }, met, "\(kind.rawValue), holidays in the plan: \(met)")
                XCTAssertEqual(appointments.contains { text.contains($0) }, met, "\(kind.rawValue), appointments in the plan: \(met)")
                XCTAssertTrue(text.contains(kind == .rtwPlan ? "Full pay for the first 4 weeks" : "full pay for the first 4 weeks"), kind.rawValue)
            }
        }
    }

    /// On a shift rota a holiday on a day the plan did not use that week lost no shift:
    /// the employer's grid and the client's calendar show "–" there, not "Off", and both
    /// still list the holiday under the table. St Patrick's Day (Tuesday 17 March) in the
    /// shift worker's second week; the week of annual leave is still all "Off".
    func testARotaMarksOffOnlyTheShiftsItLost() throws {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") }))
        caseFile.plan?.holidays = .northernIreland
        let schedule = try engine.schedule(for: caseFile)
        let second = try XCTUnwrap(schedule?.weeks.first { $0.number == 2 })
        XCTAssertTrue(second.excluded.contains { $0.date == LocalDate(year: 2026, month: 3, day: 17) })
        XCTAssertFalse(second.isShortened)
        for kind in [DocumentKind.employerReport, .clientCopy] {
            let lines = try TestSupport.text(of: try engine.render(kind, caseFile: caseFile, schedule: schedule))
                .split(separator: "\n").map(String.init)
            let week2 = try XCTUnwrap(lines.first { $0.contains("4¾ h") }, kind.rawValue)
            XCTAssertFalse(week2.contains("Off"), "\(kind.rawValue): \(week2)")
            let week5 = try XCTUnwrap(lines.first { $0.components(separatedBy: "Off").count - 1 == 5 }, "\(kind.rawValue): the week of leave")
            XCTAssertFalse(week5.contains(" h "), week5)
            XCTAssertTrue(lines.joined(separator: " ").contains("St Patrick's Day"), kind.rawValue)
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
