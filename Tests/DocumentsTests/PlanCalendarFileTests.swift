import Foundation
import XCTest
@testable import Documents
import PlanBuilder

/// The client's calendar file (`render --format ics`), read back as a calendar program
/// would: lines unfolded, events parsed, and compared with the days and hours the plan
/// actually has the client work.
final class PlanCalendarFileTests: XCTestCase {
    /// One VEVENT's properties, unfolded and unescaped enough to compare.
    private struct Event {
        var properties: [String: String] = [:]
        func value(_ prefix: String) -> String? {
            properties.first { $0.key == prefix || $0.key.hasPrefix(prefix + ";") }?.value
        }
    }

    private func physicalLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append(current)
                current = []
                index += 2
                continue
            }
            XCTAssertNotEqual(bytes[index], 0x0A, "a bare LF: every line must end in CRLF")
            current.append(bytes[index])
            index += 1
        }
        XCTAssertTrue(current.isEmpty, "the file ends with CRLF")
        return lines
    }

    /// Content lines after unfolding (RFC 5545 3.1), checking the folding on the way.
    private func contentLines(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> [String] {
        var unfolded: [[UInt8]] = []
        for physical in physicalLines(bytes) {
            XCTAssertLessThanOrEqual(physical.count, 75, "a line longer than 75 octets", file: file, line: line)
            XCTAssertNotNil(String(validating: physical, as: UTF8.self), "a fold split a UTF-8 character", file: file, line: line)
            if physical.first == 0x20 {
                unfolded[unfolded.count - 1] += physical.dropFirst()
            } else {
                unfolded.append(physical)
            }
        }
        return unfolded.map { String(decoding: $0, as: UTF8.self) }
    }

    private func events(_ lines: [String]) -> [Event] {
        var events: [Event] = []
        var current: Event?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = Event(); continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            current!.properties[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return events
    }

    private func date(_ text: String) -> LocalDate {
        let digits = Array(text.prefix(8))
        return LocalDate(year: Int(String(digits[0..<4]))!, month: Int(String(digits[4..<6]))!, day: Int(String(digits[6..<8]))!)!
    }

    private func minutes(_ text: String) -> Int {
        let time = Array(text.split(separator: "T")[1])
        return Int(String(time[0..<2]))! * 60 + Int(String(time[2..<4]))!
    }

    private func calendar(_ caseFile: CaseFile, engine: DocumentEngine) throws -> (bytes: [UInt8], schedule: GradedSchedule) {
        let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
        return (try engine.calendar(caseFile: caseFile, schedule: schedule), schedule)
    }

    private func read(_ path: String, replacing original: String? = nil, with replacement: String = "",
                      engine: DocumentEngine) throws -> CaseFile {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if let original {
            XCTAssertNotNil(text.range(of: original), "the example still has \(original)")
            text = text.replacingOccurrences(of: original, with: replacement)
        }
        return try engine.reader.read(bytes: Array(text.utf8), fileName: path, baseDirectory: "/")
    }

    func testEveryWorkingDayAndReviewIsAnEventWithTheHoursWorked() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (bytes, schedule) = try calendar(try engine.reader.read(path: path), engine: engine)
            let lines = contentLines(bytes)
            XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
            XCTAssertEqual(lines.last, "END:VCALENDAR")
            XCTAssertEqual(lines.filter { $0.hasPrefix("BEGIN:") }.count, lines.filter { $0.hasPrefix("END:") }.count)
            let parsed = events(lines)
            let work = parsed.filter { $0.value("UID")?.hasSuffix("-work@vr-docs") == true }
            let reviews = parsed.filter { $0.value("UID")?.hasSuffix("-review@vr-docs") == true }
            XCTAssertEqual(work.count + reviews.count, parsed.count)
            let days = schedule.weeks.flatMap(\.days)
            XCTAssertEqual(work.map { date($0.value("DTSTART")!) }, days.map(\.date), path)
            for (event, day) in zip(work, days) {
                // Without a start time the day is an all-day note saying how long is worked.
                XCTAssertEqual(event.properties["DTSTART;VALUE=DATE"].map(date), day.date)
                // Quarter hours as the documents print them ("4¼ h"), other lengths in minutes.
                let length = day.minutes % 15 == 0 ? HoursText.fraction(minutes: day.minutes) : HoursText.duration(minutes: day.minutes)
                let hours = length.replacingOccurrences(of: "\u{00A0}", with: " ")
                XCTAssertEqual(event.value("SUMMARY")?.replacingOccurrences(of: "\u{00A0}", with: " "), "Work: \(hours)", path)
                XCTAssertNotNil(event.value("DTSTAMP"))
            }
            XCTAssertEqual(reviews.map { date($0.value("DTSTART")!) }, schedule.reviewPoints.map(\.date), path)
            XCTAssertEqual(Set(parsed.compactMap { $0.value("UID") }).count, parsed.count, "UIDs are unique")
        }
    }

    func testTimedShiftsRunFromStartToFinishAcrossMidnightAndTheClocksChanging() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.hasSuffix("cancer-shift-worker.yaml") })
        let caseFile = try read(path, replacing: "plan:\n  start:", with: "plan:\n  day_start: \"19:00\"\n  start:", engine: engine)
        let (bytes, schedule) = try calendar(caseFile, engine: engine)
        let work = events(contentLines(bytes)).filter { $0.value("UID")?.hasSuffix("-work@vr-docs") == true }
        let days = schedule.weeks.flatMap(\.days)
        XCTAssertEqual(work.count, days.count)
        var crossedMidnight = 0
        for (event, day) in zip(work, days) {
            let start = try XCTUnwrap(event.properties["DTSTART;TZID=Europe/London"])
            let end = try XCTUnwrap(event.properties["DTEND;TZID=Europe/London"])
            XCTAssertEqual(date(start), day.date)
            // Wall-clock length in Europe/London, which is what the client works: the
            // calendar program applies the zone's rules, so the local times are the plan's.
            let length = date(start).days(until: date(end)) * 1440 + minutes(end) - minutes(start)
            XCTAssertEqual(length, day.minutes, "\(day.date)")
            if date(end) > date(start) { crossedMidnight += 1 }
            XCTAssertEqual(event.value("SUMMARY"), "Work 19:00–\(day.finish!)")
        }
        XCTAssertGreaterThan(crossedMidnight, 0, "night shifts end the next morning")
        // The plan runs over the last Sunday of March, when the clocks go forward.
        XCTAssertTrue(days.contains { $0.date.month == 4 } && days.contains { $0.date.month == 3 })
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("TZID:Europe/London\r\n"))
        XCTAssertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"))
    }

    func testIrelandIsWrittenInDublinTime() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.hasSuffix("back-pain-admin.yaml") })
        var caseFile = try engine.reader.read(path: path)
        caseFile.plan?.holidays = .ireland
        caseFile.plan?.pattern.dayStart = TimeOfDay(hour: 9, minute: 30)
        let text = String(decoding: try calendar(caseFile, engine: engine).bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("X-WR-TIMEZONE:Europe/Dublin\r\n"))
        XCTAssertTrue(text.contains("DTSTART;TZID=Europe/Dublin:"))
        XCTAssertFalse(text.contains("Europe/London"))
    }

    func testWelshAndBilingualCalendars() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.hasSuffix("back-pain-admin.yaml") })
        var caseFile = try engine.reader.read(path: path)
        caseFile.client.language = "cy"
        let welsh = events(contentLines(try calendar(caseFile, engine: engine).bytes))
        XCTAssertTrue(welsh.allSatisfy { $0.value("SUMMARY")!.hasPrefix("Gwaith: ") || $0.value("SUMMARY")!.hasPrefix("Adolygiad") })
        XCTAssertTrue(welsh.contains { $0.value("SUMMARY")!.contains("awr") })
        caseFile.client.language = "cy-en"
        let both = events(contentLines(try calendar(caseFile, engine: engine).bytes))
        let first = try XCTUnwrap(both.first?.value("SUMMARY"))
        XCTAssertTrue(first.hasPrefix("Gwaith: ") && first.contains(" / Work: "), first)
    }

    func testSameCaseFileSameBytesAndNoHealthDetails() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let caseFile = try engine.reader.read(path: path)
            let once = try calendar(caseFile, engine: engine).bytes
            XCTAssertEqual(once, try calendar(caseFile, engine: engine).bytes)
            // A phone calendar is seen by more people than the client's own copy: no
            // condition, treatment or limitation reaches it.
            let text = String(decoding: once, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
            for condition in caseFile.health?.conditions ?? [] { XCTAssertFalse(text.contains(condition.name), condition.name) }
            for treatment in caseFile.health?.treatment ?? [] { XCTAssertFalse(text.contains(treatment.name), treatment.name) }
        }
    }

    func testTextIsEscapedAndFoldedWithoutSplittingCharacters() {
        var calendar = ICalendarText()
        calendar.text("DESCRIPTION", "Back slash \\, comma, semi;colon\nnew line\r\nand Welsh: " + String(repeating: "ŵŷ", count: 60))
        let lines = contentLines(calendar.bytes)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix(#"DESCRIPTION:Back slash \\\, comma\, semi\;colon\nnew line\nand Welsh: ŵŷ"#), lines[0])
        XCTAssertGreaterThan(calendar.bytes.count, 240, "long enough to fold several times")
    }
}
