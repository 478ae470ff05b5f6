import XCTest
import Documents
@testable import PlanBuilder

/// The schedule's own notes and warnings follow consent like any other field: what the
/// assessment found the client can manage (hours a day, days a week) is a functional
/// effect, so the employer's documents carry it — numbers included — only when the
/// client agreed to share functional effects; the client's copy always does.
final class ScheduleNoteDisclosureTests: XCTestCase {
    private func caseFile(sharing: Set<ShareableItem>) throws -> (DocumentEngine, CaseFile) {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var file = try engine.reader.read(path: path)
        file.consent.shareWithEmployer = sharing
        // No start given: the plan starts at the assessed capacity and says so in a note.
        file.plan?.startHoursPerDay = nil
        file.plan?.startPercent = nil
        file.assessment?.capacity = Capacity(hoursPerDay: 3.25, daysPerWeek: 3)
        return (engine, file)
    }

    private func texts(_ engine: DocumentEngine, _ file: CaseFile) throws -> [DocumentKind: String] {
        let schedule = try engine.schedule(for: file)
        var texts: [DocumentKind: String] = [:]
        for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy] {
            let text = try TestSupport.text(of: try engine.render(kind, caseFile: file, schedule: schedule))
            texts[kind] = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return texts
    }

    func testCapacityNotesReachTheEmployerOnlyWithConsent() throws {
        let (engine, withheld) = try caseFile(sharing: [.schedule, .duties, .adjustments])
        let schedule = try XCTUnwrap(try engine.schedule(for: withheld))
        XCTAssertTrue(schedule.notes.contains { $0.topic == .capacity }, "the probe needs capacity notes to exist")
        let hidden = try texts(engine, withheld)
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let text = try XCTUnwrap(hidden[kind])
            XCTAssertFalse(text.contains("assessed capacity"), "\(kind) leaks the capacity note")
            XCTAssertFalse(text.contains("the assessment found"), "\(kind) leaks a capacity flag")
            XCTAssertFalse(text.contains("3.25 h") || text.contains("3 h 15 min a day") || text.contains("9.75 h a week"),
                           "\(kind) leaks the capacity figure")
        }
        XCTAssertTrue(hidden[.clientCopy]?.contains("you could manage at your assessment") ?? false, "the client is told")

        let (_, shared) = try caseFile(sharing: [.schedule, .duties, .adjustments, .functionalEffects])
        let shown = try texts(engine, shared)
        XCTAssertTrue(shown[.rtwPlan]?.contains("the assessment found") ?? false, "over-hiding: consent given, flag missing")
    }
}
