import Foundation
import XCTest
@testable import PlanBuilder

/// Where the reading tests find the shared examples and their own fixtures.
enum ReadingPaths {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared examples beside the project when present (they are the contract),
    /// otherwise the project's own copies of them in `examples/`.
    static let examples: URL = {
        let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/examples")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : repoRoot.appendingPathComponent("examples")
    }()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A shared example read as a case file, with `old` replaced by `new` first (a copy
    /// moved to other holidays, a box unticked); fails the test when the example no longer
    /// has `old`.
    static func example(_ name: String, replacing old: String = "", with new: String = "") throws -> CaseFile {
        let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
        let changed = old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)
        XCTAssertTrue(old.isEmpty || changed != text, "the example still has \(old)")
        return try CaseFileReader(knownCodes: specCodes).read(bytes: Array(changed.utf8), fileName: name, baseDirectory: nil)
    }

    /// The codes every catalogue has, from the format's own list.
    static let specCodes = KnownCodes(
        limitations: ["fatigue", "pain", "lifting", "standing", "sitting", "walking", "fine-motor", "concentration",
                      "memory", "anxiety", "low-mood", "bowel-urgency", "vision", "hearing", "heat-sensitivity",
                      "travel", "dizziness", "sleep"],
        demands: ["lifting", "carrying", "prolonged-standing", "prolonged-sitting", "walking", "driving", "night-work",
                  "customer-facing", "screen-work", "concentration", "deadlines", "travel"],
        adjustments: ["rest-breaks", "movement-breaks", "later-start", "reduced-hours", "shorter-shifts", "no-nights",
                      "appointment-time-off", "home-working", "fixed-desk", "sit-stand-desk", "lifting-aids", "cooling",
                      "uniform-change", "toilet-access", "buddy", "regular-check-ins", "workload-review",
                      "travel-support", "quiet-space", "written-instructions", "assistive-software", "parking-space"])
}

final class ReadingTests: XCTestCase {
    private func readExample(_ name: String) throws -> CaseFile {
        let path = ReadingPaths.examples.appendingPathComponent(name).path
        do {
            return try CaseFileReader(knownCodes: ReadingPaths.specCodes).read(path: path)
        } catch {
            XCTFail("\(name) should read without problems:\n\(error)")
            throw error
        }
    }

    func testBackPainExampleReadsEveryField() throws {
        let file = try readExample("back-pain-admin.yaml")
        XCTAssertEqual(file.format, 1)
        XCTAssertEqual(file.caseInfo.reference, "VR-2026-0147")
        XCTAssertEqual(file.caseInfo.service?.email, "vr.service@example.org")
        XCTAssertEqual(file.caseInfo.caseManager?.name, "Morag Campbell")
        XCTAssertEqual(file.caseInfo.tier, .auto)
        XCTAssertEqual(file.caseInfo.referral?.source, "employer")
        XCTAssertEqual(file.caseInfo.referral?.date, LocalDate(year: 2026, month: 1, day: 12))
        XCTAssertEqual(file.caseInfo.contacts, 4)
        XCTAssertEqual(file.client.name, "Jane Morrison")
        XCTAssertEqual(file.client.dateOfBirth, LocalDate(year: 1979, month: 6, day: 14))
        XCTAssertEqual(file.client.phone, "07700 900123")
        XCTAssertEqual(file.client.deprivationDecile, 3)
        XCTAssertEqual(file.client.language, "en-GB")
        XCTAssertFalse(file.client.largePrint)

        let employment = try XCTUnwrap(file.employment)
        XCTAssertEqual(employment.status, "off-sick")
        XCTAssertEqual(employment.occupationGroup, 4)
        XCTAssertEqual(employment.hr?.email, "a.rahman@example.org")
        XCTAssertEqual(employment.contract, Contract(hoursPerWeek: 35, days: [.mon, .tue, .wed, .thu, .fri]))
        XCTAssertEqual(employment.jobDemands.map(\.demand), ["prolonged-sitting", "screen-work", "carrying", "travel"])
        XCTAssertNil(employment.jobDemands[1].detail)

        let health = try XCTUnwrap(file.health)
        XCTAssertEqual(health.conditions.first?.since, PartialDate(year: 2025, month: 9))
        XCTAssertEqual(health.treatment.first?.until, LocalDate(year: 2026, month: 4, day: 17))
        XCTAssertEqual(health.appointments.count, 2)
        XCTAssertEqual(health.appointments.first?.time, TimeOfDay(hour: 10, minute: 0))
        XCTAssertEqual(health.appointments.first?.date, LocalDate(year: 2026, month: 3, day: 4))

        XCTAssertEqual(file.consent.shareWithEmployer, [.schedule, .duties, .adjustments, .functionalEffects])
        XCTAssertFalse(file.consent.discloseDiagnosis)

        let assessment = try XCTUnwrap(file.assessment)
        XCTAssertEqual(assessment.barriers.count, 4)
        XCTAssertEqual(assessment.barriers.map(\.isPrivate), [false, true, true, false])
        XCTAssertEqual(assessment.barriers.first?.severity, .high)
        XCTAssertEqual(assessment.strengths.count, 2)
        XCTAssertEqual(assessment.limitations.map(\.code), ["sitting", "lifting", "fatigue"])
        XCTAssertEqual(assessment.capacity, Capacity(hoursPerDay: 4, daysPerWeek: 3, liftingKg: 5, sittingMinutes: 30,
                                                     canDrive: false))
        XCTAssertEqual(assessment.fitness?.status, .mayBeFit)
        XCTAssertEqual(assessment.fitness?.with.count, 4)
        XCTAssertEqual(assessment.measures.map(\.instrument), [.hads, .wai, .confidence])
        XCTAssertEqual(assessment.measures[0].scores, ["anxiety": 11, "depression": 9])
        XCTAssertEqual(assessment.measures[1].scores, ["score": 24])

        XCTAssertEqual(file.goals.map(\.horizon), [.short, .long])
        XCTAssertEqual(file.goals.last?.by, LocalDate(year: 2026, month: 5, day: 1))

        let plan = try XCTUnwrap(file.plan)
        XCTAssertEqual(plan.start, LocalDate(year: 2026, month: 3, day: 2))
        XCTAssertNil(plan.weeks)
        XCTAssertEqual(plan.startHoursPerDay, 4)
        XCTAssertNil(plan.startPercent)
        XCTAssertEqual(plan.targetPercent, 100)
        XCTAssertEqual(plan.strategy, .balanced)
        XCTAssertEqual(plan.maxStepPercent, 20)
        XCTAssertEqual(plan.minDayHours, 2)
        XCTAssertEqual(plan.roundingMinutes, 15)
        XCTAssertEqual(plan.nonConsecutiveUntilWeek, 2)
        XCTAssertEqual(plan.holidays, .scotland)
        XCTAssertEqual(plan.duties.map(\.when), [.fromWeek(7), .fromWeek(5)])
        XCTAssertEqual(plan.reviews.everyWeeks, 2)
        XCTAssertEqual(plan.pay?.policy, .fullForWeeks)
        XCTAssertEqual(plan.pay?.weeks, 4)
        XCTAssertFalse(plan.exceedCapacity)

        XCTAssertEqual(file.adjustments.count, 5)
        XCTAssertEqual(file.adjustments.first?.code, "sit-stand-desk")
        XCTAssertEqual(file.adjustments.first?.permanent, true)
        XCTAssertEqual(file.adjustments[3].review, LocalDate(year: 2026, month: 3, day: 30))
        XCTAssertEqual(file.interventions.map(\.status), ["in-progress", "referred", "completed", "in-progress"])
        XCTAssertEqual(file.reviews.first?.hoursWorked, 12)
        XCTAssertEqual(file.reviews.first?.measures.first?.scores["score"], 6)
        XCTAssertNil(file.outcome)
    }

    func testBackPainExampleRecordsWhereEachFieldWasWritten() throws {
        let file = try readExample("back-pain-admin.yaml")
        XCTAssertEqual(file.locations["plan.start"]?.line, 144)
        XCTAssertEqual(file.locations["plan.start"]?.column, 3)
        XCTAssertEqual(file.locations["plan"]?.line, 143)
        XCTAssertEqual(file.locations["adjustments[2].code"]?.line, 171)
        XCTAssertEqual(file.locations["adjustments[2]"]?.line, 171)
        XCTAssertEqual(file.locations["reviews[0].measures[0].score"]?.line, 208)
        XCTAssertEqual(file.locations["format"]?.line, 2)
        XCTAssertTrue(file.locations["plan.start"]?.file.hasSuffix("back-pain-admin.yaml") ?? false)
    }

    func testShiftWorkerExampleReadsEveryField() throws {
        let file = try readExample("cancer-shift-worker.yaml")
        assertShiftWorker(file)
    }

    func testShiftWorkerExampleAsJSONReadsTheSame() throws {
        let path = ReadingPaths.fixtures.appendingPathComponent("cancer-shift-worker.json").path
        let file = try CaseFileReader(knownCodes: ReadingPaths.specCodes).read(path: path)
        assertShiftWorker(file)
        XCTAssertEqual(file.locations["plan.weeks"]?.line, try jsonLine(of: "\"weeks\": 10", in: path))
    }

    private func jsonLine(of text: String, in path: String) throws -> Int? {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    private func assertShiftWorker(_ file: CaseFile, line: UInt = #line) {
        XCTAssertEqual(file.caseInfo.reference, "VR-2026-0212", line: line)
        XCTAssertEqual(file.client.name, "Siobhán Ní Bhriain", line: line)
        XCTAssertEqual(file.client.preferredName, "Siobhán", line: line)
        XCTAssertEqual(file.client.pronouns, "she/her", line: line)
        XCTAssertEqual(file.employment?.contract, Contract(hoursPerWeek: 36, shiftHours: 12, shiftsPerWeek: 3), line: line)
        XCTAssertEqual(file.employment?.contract?.isShiftWork, true, line: line)
        XCTAssertEqual(file.employment?.occupationalHealth?.name, "Dr Tom Fraser", line: line)
        XCTAssertEqual(file.health?.conditions.first?.since, PartialDate(year: 2025, month: 4), line: line)
        XCTAssertNil(file.health?.treatment.first?.until, line: line)
        XCTAssertNil(file.health?.appointments.first?.time, line: line)
        XCTAssertTrue(file.consent.discloseDiagnosis, line: line)
        XCTAssertEqual(file.consent.shareWithEmployer.count, 5, line: line)
        XCTAssertEqual(file.assessment?.measures.last?.instrument, .eq5d, line: line)
        XCTAssertEqual(file.assessment?.measures.last?.scores["vas"], 55, line: line)
        XCTAssertEqual(file.assessment?.measures.last?.scores.count, 6, line: line)
        XCTAssertEqual(file.plan?.weeks, 10, line: line)
        XCTAssertEqual(file.plan?.strategy, .shifts, line: line)
        XCTAssertEqual(file.plan?.maxDayHours, 8, line: line)
        XCTAssertEqual(file.plan?.unavailable.first?.until, LocalDate(year: 2026, month: 4, day: 10), line: line)
        XCTAssertEqual(file.plan?.unavailable.first?.reason, "annual leave", line: line)
        XCTAssertEqual(file.plan?.duties.last?.when, .fromWeek(11), line: line)
        XCTAssertEqual(file.plan?.pay?.policy, .hoursWorked, line: line)
        XCTAssertEqual(file.adjustments.count, 5, line: line)
        XCTAssertEqual(file.outcome?.status, "at-work", line: line)
        XCTAssertEqual(file.outcome?.followUp?.date, LocalDate(year: 2026, month: 12, day: 18), line: line)
        XCTAssertEqual(file.goals.count, 2, line: line)
        XCTAssertNil(file.goals.first?.by, line: line)
    }

    func testReviewsMayBeJustAListOfDates() throws {
        let file = try readText("""
            format: 1
            case: {reference: VR-1}
            client: {name: A Client}
            employment: {contract: {hours_per_week: 37.5}}
            plan:
              start: 2026-03-02
              reviews: [2026-03-13, 2026-03-27]
              exceed_capacity: true
              duties:
                - duty: Driving
                  until_week: 3
            case_extra_is_not_here: 1
            """, expectingIssues: 1)
        XCTAssertNil(file)
        let good = try readText("""
            format: 1
            case: {reference: VR-1, tier: 2}
            client: {name: A Client}
            employment: {contract: {hours_per_week: 37.5}}
            plan:
              start: 2026-03-02
              reviews: [2026-03-13, 2026-03-27]
              exceed_capacity: true
              duties:
                - duty: Driving
                  until_week: 3
            """, expectingIssues: 0)
        XCTAssertEqual(good?.plan?.reviews.dates.map(\.iso), ["2026-03-13", "2026-03-27"])
        XCTAssertEqual(good?.plan?.exceedCapacity, true)
        XCTAssertEqual(good?.plan?.duties.first?.when, .untilWeek(3))
        XCTAssertEqual(good?.caseInfo.tier, .given(2))
        XCTAssertEqual(good?.consent.shareWithEmployer, ShareableItem.defaults)
    }

    /// Reads `text` and checks the number of problems; returns the case file if there were none.
    func readText(_ text: String, expectingIssues count: Int, line: UInt = #line) throws -> CaseFile? {
        do {
            let file = try CaseFileReader(knownCodes: ReadingPaths.specCodes)
                .read(bytes: Array(text.utf8), fileName: "test.yaml", baseDirectory: nil)
            XCTAssertEqual(count, 0, "expected \(count) problems, found none", line: line)
            return file
        } catch {
            XCTAssertEqual(error.issues.count, count, "\(error)", line: line)
            return nil
        }
    }
}
