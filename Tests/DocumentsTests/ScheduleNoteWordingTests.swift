import XCTest
import Documents
@testable import PlanBuilder

/// Every note the schedule can make is worded in every language the documents speak:
/// plans that pause, step back, step up to full shifts after a review, shorten days for a
/// finishing time and pass the assessed capacity are rendered in English and in Welsh,
/// and each note must come out in the language's own words, never the English message.
final class ScheduleNoteWordingTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    private func plans() -> [CaseFile] {
        var shift = PlanSpec(start: date("2026-03-09"), startHoursPerDay: 4, strategy: .shifts)
        shift.maxDayHours = 8
        shift.maxDayHoursUntilReview = 1
        shift.reviews = ReviewPlan(everyWeeks: 3)
        shift.unavailable = [UnavailableSpan(from: date("2026-03-23"), until: date("2026-03-29"), reason: "annual leave")]
        shift.afterPause = .stepBack
        var office = PlanSpec(start: date("2026-06-01"), strategy: .balanced)
        office.targetPercent = 80
        office.pattern = WorkPattern(dayStart: TimeOfDay(hour: 9, minute: 30), windows: [.fri: DayWindow(until: TimeOfDay(hour: 12, minute: 0))])
        office.unavailable = [UnavailableSpan(from: date("2026-06-15"), until: date("2026-06-26"), reason: "annual leave")]
        let capacity = Capacity(hoursPerDay: 3, daysPerWeek: 2)
        var partLeave = PlanSpec(start: date("2026-09-07"), startPercent: 50)
        partLeave.unavailable = [UnavailableSpan(from: date("2026-09-15"), until: date("2026-09-17"), reason: "annual leave")]
        return [
            CaseFile(caseInfo: CaseInfo(reference: "N-1"), client: Client(name: "Shift Worker"),
                     employment: Employment(contract: Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3)),
                     assessment: Assessment(capacity: Capacity(hoursPerDay: 4, daysPerWeek: 3)), plan: shift),
            CaseFile(caseInfo: CaseInfo(reference: "N-2"), client: Client(name: "Office Worker"),
                     employment: Employment(contract: Contract(hoursPerWeek: 37.5)), assessment: Assessment(capacity: capacity), plan: office),
            CaseFile(caseInfo: CaseInfo(reference: "N-3"), client: Client(name: "Part Leave"),
                     employment: Employment(contract: Contract(hoursPerWeek: 35)), plan: partLeave),
        ]
    }

    func testEveryNoteIsWordedInEnglishAndWelsh() throws {
        let engine = try TestSupport.engine()
        var keys = Set<String>()
        for var file in plans() {
            file.consent.shareWithEmployer.insert(.functionalEffects)
            let schedule = try XCTUnwrap(try engine.schedule(for: file))
            XCTAssertFalse(schedule.notes.isEmpty)
            keys.formUnion(schedule.notes.map(\.key))
            for language in ["en-GB", "cy"] {
                file.client.language = language
                let text = try TestSupport.flowingText(of: try engine.render(.rtwPlan, caseFile: file, schedule: schedule))
                for note in schedule.notes {
                    XCTAssertFalse(note.key.isEmpty, "a note without a key: \(note.message)")
                    if language == "cy" {
                        XCTAssertFalse(text.contains(String(note.message.prefix(30))), "\(file.caseInfo.reference): English note in Welsh: \(note.message)")
                    }
                }
            }
        }
        XCTAssertTrue(keys.contains { $0.hasPrefix("pause_single_partly") } && keys.contains { $0.hasPrefix("step_up_") }
                      && keys.contains { $0.hasPrefix("beyond_capacity") }, "the plans make the notes they are meant to: \(keys)")
    }

    /// The client whose leave takes out most of a week reads which days are left and that
    /// they are not worked either, in English and in Welsh.
    func testTheClientReadsThatAPartWeekOfLeaveIsNotWorked() throws {
        let engine = try TestSupport.engine()
        var file = try XCTUnwrap(plans().last)
        let schedule = try XCTUnwrap(try engine.schedule(for: file))
        let english = try TestSupport.flowingText(of: try engine.render(.clientCopy, caseFile: file, schedule: schedule))
        XCTAssertTrue(english.contains("You are off on 3 of your 5 working days that week, so you do not work the other days either."), english)
        file.client.language = "cy"
        let welsh = try TestSupport.flowingText(of: try engine.render(.clientCopy, caseFile: file, schedule: schedule))
        XCTAssertTrue(welsh.contains("Rydych chi i ffwrdd ar 3 o'ch 5 diwrnod gwaith yr wythnos honno"), welsh)
    }

    /// A shorter week (a public holiday, leave) says the next week repeats its level only
    /// when the next week really works it: in England and Wales Good Friday and Easter
    /// Monday shorten two weeks in a row, and the first must not promise the full level.
    func testAShorterWeekPromisesARepeatOnlyWhenTheNextWeekWorksIt() throws {
        let engine = try TestSupport.engine()
        var checked = 0
        for path in TestSupport.sharedExamples {
            for nation in ["england-and-wales", "scotland", "northern-ireland", "ireland"] {
                let yaml = try String(contentsOfFile: path, encoding: .utf8)
                    .replacingOccurrences(of: #"(?m)^  holidays: .*$"#, with: "  holidays: \(nation)", options: .regularExpression)
                let caseFile = try engine.reader.read(bytes: Array(yaml.utf8), fileName: "\(nation).yaml", baseDirectory: nil)
                let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
                let weeks = schedule.weeks
                let shortened = weeks.filter { $0.isShortened && !$0.isPause }
                let repeating = shortened.filter { week in
                    weeks.indices.contains(week.number) && weeks[week.number].plannedMinutes == week.plannedMinutes
                        && !weeks[week.number].isShortened && !weeks[week.number].isPause
                }
                let text = try TestSupport.flowingText(of: try engine.render(.rtwPlan, caseFile: caseFile, schedule: schedule))
                XCTAssertEqual(text.components(separatedBy: "Shorter week: ").count - 1, shortened.count, "\(path) \(nation)")
                XCTAssertEqual(text.components(separatedBy: "rather than stepping up").count - 1, repeating.count, "\(path) \(nation)")
                for week in repeating {
                    XCTAssertEqual(weeks[week.number].totalMinutes, week.plannedMinutes, "\(path) \(nation): week \(week.number + 1) repeats")
                }
                // The note gives the week's hours as its Hours column prints them ("23½ h").
                let plain = text.replacingOccurrences(of: "\u{00A0}", with: " ")
                for week in shortened {
                    let note = "Shorter week: " + HoursText.fraction(minutes: week.totalMinutes) + " instead of "
                        + HoursText.fraction(minutes: week.plannedMinutes)
                    XCTAssertTrue(plain.contains(note.replacingOccurrences(of: "\u{00A0}", with: " ")), "\(path) \(nation): \(note)")
                }
                checked += shortened.count
            }
        }
        XCTAssertGreaterThan(checked, 4)
    }
}
