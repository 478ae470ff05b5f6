import Caseload
import PlanBuilder
import XCTest

/// The synthetic caseload: the same seed gives the same bytes, and every file is a
/// valid case file whose plan PlanBuilder can meet.
final class SynthTests: XCTestCase {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates").path

    func testTheSameSeedGivesTheSameBytesWhateverTheThreads() throws {
        let folders = (0..<2).map { _ in FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString)") }
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        try SyntheticCaseload(seed: 42).write(count: 40, to: folders[0].path, jobs: 1)
        try SyntheticCaseload(seed: 42).write(count: 40, to: folders[1].path, jobs: 4)
        for index in 1...40 {
            let name = SyntheticCaseload.fileName(index)
            let first = try Data(contentsOf: folders[0].appendingPathComponent(name))
            let second = try Data(contentsOf: folders[1].appendingPathComponent(name))
            XCTAssertEqual(first, second, name)
        }
        XCTAssertNotEqual(SyntheticCaseload(seed: 42).caseFile(1), SyntheticCaseload(seed: 43).caseFile(1))
        XCTAssertNotEqual(SyntheticCaseload(seed: 42).caseFile(1), SyntheticCaseload(seed: 42).caseFile(2))
    }

    func testEveryFileIsValidAndItsPlanCanBeMet() throws {
        let catalogue = try Catalogue.load(templatesDirectory: Self.templates)
        let proclaimed = try ProclaimedHolidays.load(templatesDirectory: Self.templates)
        let reader = CaseFileReader(knownCodes: catalogue.knownCodes)
        var plans = 0, shifts = 0, partTime = 0, discharged = 0, tiers = Set<String>(), sources = Set<String>()
        for index in 1...600 {
            let text = SyntheticCaseload(seed: 7).caseFile(index)
            let name = SyntheticCaseload.fileName(index)
            let caseFile: CaseFile
            do {
                caseFile = try reader.read(bytes: Array(text.utf8), fileName: name, baseDirectory: nil)
            } catch {
                return XCTFail("\(name) is not valid:\n\(error)\n\(text)")
            }
            if let plan = caseFile.plan {
                plans += 1
                let calendar = HolidayCalendar(region: plan.holidays, proclaimed: proclaimed)
                do {
                    _ = try ScheduleBuilder(holidayName: { calendar.holiday(on: $0)?.name }).build(caseFile)
                } catch {
                    return XCTFail("\(name): the plan cannot be met: \(error.conflicts.map { "\($0.field): \($0.problem)" })\n\(text)")
                }
            }
            if caseFile.employment?.contract?.isShiftWork == true { shifts += 1 }
            if let hours = caseFile.employment?.contract?.hoursPerWeek, hours < 30 { partTime += 1 }
            if caseFile.outcome?.discharged != nil { discharged += 1 }
            tiers.insert("\(caseFile.caseInfo.tier)")
            sources.insert(caseFile.caseInfo.referral?.source ?? "")
        }
        XCTAssertGreaterThan(plans, 450)
        XCTAssertGreaterThan(shifts, 60)
        XCTAssertGreaterThan(partTime, 40)
        XCTAssertGreaterThan(discharged, 350)
        XCTAssertEqual(tiers.count, 4)
        XCTAssertEqual(sources.count, Referral.sources.count)
    }

    func testSplitMix64MatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 1234567)
        XCTAssertEqual(random.next(), 6457827717110365317)
        XCTAssertEqual(random.next(), 3203168211198807973)
    }
}
