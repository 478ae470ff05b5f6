import Foundation
import XCTest
import Documents
import PlanBuilder

/// The client's own copy read back from the PDF, as the client would read it.
final class ClientCopyDocumentTests: XCTestCase {
    func testTheClientSeesTheirAppointmentsGoalsPayAndWhereToGetHelp() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (caseFile, schedule, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("Your return-to-work plan"))
        let weekFivePay = try XCTUnwrap(schedule?.weeks[4].payPercent)
        XCTAssertTrue(text.contains("Physiotherapy at 10:00 (an appointment)"), "appointments are named for the client")
        for goal in caseFile.goals { XCTAssertTrue(text.contains(goal.text), goal.text) }
        XCTAssertTrue(text.contains("You get your full pay for the first 4 weeks"))
        XCTAssertTrue(text.contains("\(Int(weekFivePay.rounded())) %"), "week 5 pay after full pay ends")
        XCTAssertTrue(text.contains("If you have a bad day"))
        // The example works under Scottish holidays, so Scottish services.
        for name in ["Access to Work", "Citizens Advice Scotland", "NHS 24", "Versus Arthritis", "SAMH"] { XCTAssertTrue(text.contains(name), name) }
        XCTAssertFalse(text.contains("Macmillan"), "a back-pain client is not sent to a cancer charity")
        XCTAssertTrue(text.contains("Your manager Peter Doyle"), "who to call")
        XCTAssertFalse(text.contains("decile"))
        XCTAssertFalse(text.contains("the employee"), "written to the client, not about them")
    }

    /// The shift worker's extra shifts are what pass the 3 days a week she could manage:
    /// one point says both, and when it is checked, rather than two points about week 9.
    func testExtraShiftsAndTheAssessedDaysAreOnePoint() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") })
        let (_, _, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("From week 9, you work up to 5 shifts a week instead of 3, so that no shift is longer than 8 hours."))
        XCTAssertTrue(text.contains("Working more than 3 shifts a week goes beyond the days a week you could manage at your assessment. We will check how you are at your check-in on Friday 1 May 2026."))
        XCTAssertFalse(text.contains("you work more shifts a week than the 3 days"), "not said twice")
        // "Your plan in short" in the order she lives through it: longer shifts from week 4,
        // the break in week 5, the extra shifts from week 9.
        let positions = ["From week 4, your shifts are longer", "Week 5 is a break", "From week 9, you work up to 5 shifts"].map {
            text.range(of: $0)?.lowerBound
        }
        XCTAssertFalse(positions.contains(nil), text)
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted(), "in week order: \(text)")
    }

    /// The shift worker's week of annual leave is a normal week's pay, not five days at a
    /// seventh of her 36 hours (71 %, as the copy once said). Her shifts are on a rota, so
    /// Good Friday, whose shift the plan works on the Saturday, is not paid as a shift as
    /// well (it once showed 86 % for 19 hours worked).
    func testAWeekAwayOnPaidLeaveIsAFullWeeksPay() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("cancer") })
        let (_, schedule, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
        let weeks = try XCTUnwrap(schedule).weeks
        let leave = weeks[4]
        XCTAssertTrue(leave.isPause)
        XCTAssertEqual(leave.totalMinutes, 0)
        XCTAssertEqual(leave.payPercent, 100)
        let goodFriday = weeks[3]
        XCTAssertEqual(goodFriday.totalMinutes, 19 * 60)
        XCTAssertEqual(try XCTUnwrap(goodFriday.payPercent), 19.0 * 100 / 36, accuracy: 0.01)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("is paid as a shift only when the plan cannot move that shift to another day of the week"))
        XCTAssertTrue(text.contains("A week off on leave is paid as a normal week"))
        XCTAssertFalse(text.contains("71 %"))
    }

    func testTheCalendarHasARowForEveryWeekWithItsTotal() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (_, schedule, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
            let lines = try TestSupport.text(of: pdf).components(separatedBy: "\n")
            for week in try XCTUnwrap(schedule).weeks {
                let total = HoursText.fraction(minutes: week.totalMinutes).filter { !$0.isWhitespace }
                let row = lines.first { line in
                    let cells = line.split(separator: " ").map(String.init)
                    return cells.first == "\(week.number)" && line.filter { !$0.isWhitespace }.contains(total)
                }
                XCTAssertNotNil(row, "\(path): week \(week.number) with \(total) hours")
            }
        }
    }

    func testLargePrintIsSetAtSixteenPointsOrMore() throws {
        let engine = try TestSupport.engine()
        let large = try engine.reader.read(path: TestSupport.fixture("probe-everything-shared.yaml"))
        XCTAssertTrue(large.client.largePrint)
        let document = try engine.build(.clientCopy, caseFile: large, schedule: try engine.schedule(for: large))
        XCTAssertGreaterThanOrEqual(document.theme.bodySize, 16)
        let standard = try engine.reader.read(path: TestSupport.fixture("probe-nothing-shared.yaml"))
        XCTAssertLessThan(try engine.build(.clientCopy, caseFile: standard, schedule: try engine.schedule(for: standard)).theme.bodySize, 16)
    }

    /// A copy issued after the first working day tells the client they started back, not
    /// that they will.
    func testACopyIssuedAfterTheStartSpeaksOfItInThePast() throws {
        for (issued, says) in [(LocalDate(year: 2026, month: 2, day: 23), "You start back on Monday 2 March 2026."),
                               (LocalDate(year: 2026, month: 3, day: 20), "You started back on Monday 2 March 2026.")] {
            let text = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = issued }
            XCTAssertTrue(text.contains(says), says)
        }
    }

    /// Check-ins dated before the copy was issued are marked, so the next one is easy to find.
    func testCheckInsAlreadyPastAreMarked() throws {
        let later = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 20) }
        XCTAssertTrue(later.contains("Friday 13 March 2026 (this date has passed)"), later)
        XCTAssertFalse(later.contains("Friday 27 March 2026 (this date has passed)"))
        let before = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 2, day: 23) }
        XCTAssertFalse(before.contains("this date has passed"))
    }
}

/// Short lists in the client copy are read whole.
final class ClientCopyShortListTests: XCTestCase {
    /// The shift worker's five check-ins, with their heading, stand on one page (they once
    /// split three at the foot of page 2 and two on page 3).
    func testTheCheckInsStandOnOnePageWithTheirHeading() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") })
        let (_, schedule, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
        let points = try XCTUnwrap(schedule?.reviewPoints)
        XCTAssertEqual(points.count, 5)
        let pages = try TestSupport.pageTexts(of: pdf)
        let holding = pages.indices.filter { page in
            // A check-in is a line of its own: "• Friday 20 March 2026". The same date may
            // also be named in a sentence elsewhere ("at your check-in on Friday 20 March").
            let lines = pages[page].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return pages[page].contains("Check-ins") || points.contains { point in
                lines.contains { $0.hasPrefix("•") && $0.hasSuffix("day " + TestSupport.longDate(point.date)) }
            }
        }
        XCTAssertEqual(holding.count, 1, "heading and dates on pages \(holding.map { $0 + 1 })")
    }
}

/// A pay figure that counts a paid holiday says so, so a rise in hours beside a fall in pay
/// does not read as a mistake.
final class ClientCopyPayMarkTests: XCTestCase {
    func testAWeekPaidForAHolidayIsMarkedAndExplained() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (_, schedule, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
        let weeks = try XCTUnwrap(schedule).weeks
        let marked = weeks.filter(\.payIncludesTimeOff)
        XCTAssertFalse(marked.isEmpty, "Good Friday falls after the weeks of full pay")
        for week in marked {
            let worked = Double(week.totalMinutes) * 100 / Double(week.contractMinutes)
            XCTAssertGreaterThan(try XCTUnwrap(week.payPercent), worked + 0.005, "week \(week.number) pays more than its hours")
        }
        let text = try TestSupport.text(of: pdf)
        XCTAssertEqual(text.components(separatedBy: "%*").count - 1 + text.components(separatedBy: "Full*").count - 1, marked.count)
        // The mark is explained before the table, so it is never left alone on the next page.
        let note = try XCTUnwrap(text.range(of: "A * after the pay marks a week with a paid public holiday or leave"))
        let table = try XCTUnwrap(text.range(of: "Your pay"))
        XCTAssertLessThan(note.lowerBound, table.lowerBound)
    }
}

/// The client's own appointments are all in their copy, even on a day already off.
final class ClientCopyAppointmentTests: XCTestCase {
    /// The shift worker's oncology follow-up falls in her week of annual leave: it is listed
    /// on its own, in date order, not hidden behind the leave.
    func testAnAppointmentDuringLeaveIsStillListed() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") })
        let (caseFile, _, pdf) = try TestSupport.render(path, .clientCopy, engine: engine)
        let appointment = try XCTUnwrap(caseFile.health?.appointments.first)
        XCTAssertEqual(appointment.date, LocalDate(year: 2026, month: 4, day: 8))
        let text = try TestSupport.flowingText(of: pdf)
        let leave = try XCTUnwrap(text.range(of: "Monday 6 April 2026 to Friday 10 April 2026: annual leave"))
        let listed = try XCTUnwrap(text.range(of: "Wednesday 8 April 2026: Oncology follow-up (an appointment)"))
        let bankHoliday = try XCTUnwrap(text.range(of: "Monday 4 May 2026: Early May bank holiday"))
        XCTAssertTrue(leave.upperBound <= listed.lowerBound && listed.upperBound <= bankHoliday.lowerBound, "in date order")
    }

    /// On the nurse's rota Good Friday falls on a day with no shift that week: the grid shows
    /// "–" there while the list under it names the holiday, and each grid's key says why.
    /// The office worker's holidays read "Off", and her key says nothing of rotas.
    func testARotaSaysWhyAListedDayOffShowsADash() throws {
        let client = try TestSupport.flowingText(of: .clientCopy, example: "shift") { _ in }
        XCTAssertTrue(client.contains("A day off on a day you were not working that week shows –, and is still listed below the table."), client)
        XCTAssertTrue(client.contains("Friday 3 April 2026: Good Friday"))
        let employer = try TestSupport.flowingText(of: .employerReport, example: "shift") { _ in }
        XCTAssertTrue(employer.contains("On the rota, a day off on a day with no shift that week takes no shift: it shows – and is still listed."), employer)
        for kind in [DocumentKind.clientCopy, .employerReport] {
            let office = try TestSupport.flowingText(of: kind, example: "back-pain") { _ in }
            XCTAssertFalse(office.contains("shows –"), "\(kind)")
        }
    }

    /// Issued after the plan's last week, the copy reads as a record of what was planned; a
    /// copy issued once some jobs are back does not tell the client to leave them.
    func testACopyIssuedAfterThePlanSaysItWasFollowed() throws {
        let after = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 5, day: 20) }
        XCTAssertTrue(after.contains("This is the plan you followed to go back to work at Northside Housing Association. It shows the days and hours planned for each week."), after)
        XCTAssertFalse(after.contains("you will work each week"))
        XCTAssertFalse(after.contains("Do not work more than the plan says"), "the plan is over")
        // Every job is back: the list no longer says to leave them.
        XCTAssertTrue(after.contains("Jobs left out at first These jobs were left out at first. All of them are back now."), after)
        XCTAssertFalse(after.contains("Jobs to leave for now"))
        let during = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 4, day: 19) }
        XCTAssertTrue(during.contains("It shows the days and hours you will work each week."), "the plan's last day is 19 April")
        let someBack = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 4, day: 1) }
        XCTAssertTrue(someBack.contains("Jobs left out at first Each job comes back in the week shown. Do not do a job before then."), someBack)
        let before = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") { $0.caseInfo.issued = LocalDate(year: 2026, month: 2, day: 23) }
        XCTAssertTrue(before.contains("Jobs to leave for now Do not do these jobs yet."), before)
    }

    /// Each change with a review date says when it is looked at again, so the nurse's "No
    /// night shifts" beside "Night shifts: from week 9" reads as a change with an end; a
    /// review date already past is not promised.
    func testAChangeSaysWhenItIsLookedAtAgain() throws {
        let text = try TestSupport.flowingText(of: .clientCopy, example: "shift") { _ in }
        XCTAssertTrue(text.contains("No night shifts. Your manager will sort this out. We will look at this again on 1 May 2026."), text)
        let later = try TestSupport.flowingText(of: .clientCopy, example: "shift") { $0.caseInfo.issued = LocalDate(year: 2026, month: 5, day: 4) }
        XCTAssertFalse(later.contains("We will look at this again on 1 May 2026"), later)
    }

    /// A job left out until a week's end, issued after that week, is said to be back, as
    /// the heading above it says.
    func testAJobLeftOutUntilAWeekIsBackOnceItEnds() throws {
        let text = try TestSupport.flowingText(of: .clientCopy, example: "back-pain") {
            $0.plan?.duties = [DutyChange(duty: "Answering the phones", when: .untilWeek(2))]
            $0.caseInfo.issued = LocalDate(year: 2026, month: 3, day: 20)
        }
        XCTAssertTrue(text.contains("These jobs were left out at first. All of them are back now."), text)
        XCTAssertTrue(text.contains("Answering the phones: back since the end of week 2 (15 March 2026)"), text)
    }
}
