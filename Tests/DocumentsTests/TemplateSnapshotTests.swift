import Foundation
import XCTest
@testable import Documents
@testable import PlanBuilder

/// Wording, the health-terms list and the proclaimed holidays read from their snapshots
/// are exactly what their YAML gives; a snapshot is used only for the very bytes it was
/// made from, a broken file is reported every time, and a damaged snapshot is ignored.
final class TemplateSnapshotTests: XCTestCase {
    private var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
        super.tearDown()
    }

    private func temporaryFolder() throws -> String {
        let folder = try TestSupport.temporaryFolder().path
        folders.append(folder)
        return folder
    }

    private var wordingFiles: [String] {
        let root = TestSupport.templates + "/wording"
        let names = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { root + "/" + $0 }
    }

    func testEveryWordingFileComesBackAsItsYAMLGivesIt() throws {
        let snapshots = try temporaryFolder()
        XCTAssertGreaterThan(wordingFiles.count, 10)
        for path in wordingFiles {
            let fromYAML = try Wording.parse(path: path)
            for round in ["written", "read"] {
                let kept = try TemplateSnapshot.value(of: path, format: WordingLibrary.snapshotFormat, folder: snapshots) { () throws(DocumentError) in
                    try Wording.parse(path: path)
                }
                XCTAssertEqual(kept, fromYAML, "\(path), snapshot \(round)")
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: snapshots).count, wordingFiles.count, "one snapshot a file")
    }

    func testHealthTermsAndHolidaysComeBackAsTheirYAMLGivesThem() throws {
        let snapshots = try temporaryFolder()
        let terms = try HealthTerms.load(templatesDirectory: TestSupport.templates, snapshots: nil)
        let holidays = try ProclaimedHolidays.load(templatesDirectory: TestSupport.templates, snapshots: nil)
        XCTAssertTrue(holidays.contains { $0.replaces != nil } && holidays.contains { $0.replaces == nil })
        for _ in 0..<2 {
            let keptTerms = try HealthTerms.load(templatesDirectory: TestSupport.templates, snapshots: snapshots)
            XCTAssertEqual(keptTerms.terms, terms.terms)
            XCTAssertEqual(keptTerms.ignored, terms.ignored)
            XCTAssertEqual(keptTerms.reasonWords, terms.reasonWords)
            XCTAssertEqual(try ProclaimedHolidays.load(templatesDirectory: TestSupport.templates, snapshots: snapshots), holidays)
        }
    }

    func testDocumentsAreTheSameBytesWithAndWithoutSnapshots() throws {
        let snapshots = try temporaryFolder()
        let plain = try DocumentEngine(templatesDirectory: TestSupport.templates, snapshots: nil)
        let writing = try DocumentEngine(templatesDirectory: TestSupport.templates, snapshots: snapshots)
        let reading = try DocumentEngine(templatesDirectory: TestSupport.templates, snapshots: snapshots)
        for example in TestSupport.sharedExamples {
            for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy] {
                let expected = try TestSupport.render(example, kind, engine: plain).2
                XCTAssertEqual(try TestSupport.render(example, kind, engine: writing).2, expected, "\(example) \(kind)")
                XCTAssertEqual(try TestSupport.render(example, kind, engine: reading).2, expected, "\(example) \(kind)")
            }
        }
    }

    func testAnEditedFileIsReadAgainAndABrokenOneReportedEveryTime() throws {
        let snapshots = try temporaryFolder()
        let templates = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: templates + "/disclosure", withIntermediateDirectories: true)
        let path = templates + "/disclosure/health-terms.yaml"
        let original = try String(contentsOfFile: TestSupport.templates + "/disclosure/health-terms.yaml", encoding: .utf8)
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertFalse(try HealthTerms.load(templatesDirectory: templates, snapshots: snapshots).terms.contains("zzgrommet"))

        try original.replacingOccurrences(of: "terms:\n", with: "terms:\n  - zzgrommet\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertTrue(try HealthTerms.load(templatesDirectory: templates, snapshots: snapshots).terms.contains("zzgrommet"), "the edit is read at once")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: snapshots).count, 1, "the old snapshot is removed")

        try "terms: []\n".write(toFile: path, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            XCTAssertThrowsError(try HealthTerms.load(templatesDirectory: templates, snapshots: snapshots), "an empty list fails closed every time")
        }
    }

    func testADamagedSnapshotIsIgnored() throws {
        let snapshots = try temporaryFolder()
        let fromYAML = try ProclaimedHolidays.load(templatesDirectory: TestSupport.templates, snapshots: snapshots)
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: snapshots).first)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: snapshots + "/" + name))
        let format = ProclaimedHolidays.snapshotFormat
        var input = SnapshotReader(bytes: Array(bytes))
        _ = input.take(TemplateSnapshot.magic.count)
        let key = try XCTUnwrap(input.integer())
        XCTAssertEqual(TemplateSnapshot.decode(Array(bytes), key: key, format: format), fromYAML)
        for damaged in [Array(bytes.prefix(bytes.count - 3)), Array(bytes) + [0], [UInt8](repeating: 0, count: 4) + Array(bytes.dropFirst(4))] {
            XCTAssertNil(TemplateSnapshot.decode(damaged, key: key, format: format))
        }
        XCTAssertNil(TemplateSnapshot.decode(Array(bytes), key: key &+ 1, format: format), "another key")
        // A letter changed inside a holiday's name would still decode: the checksum refuses it.
        for position in stride(from: bytes.count / 3, to: bytes.count, by: 97) {
            var changed = Array(bytes)
            changed[position] ^= 0x01
            XCTAssertNil(TemplateSnapshot.decode(changed, key: key, format: format), "byte \(position) changed")
        }
        var changed = Array(bytes)
        changed[bytes.count / 2] ^= 0x01
        try Data(changed).write(to: URL(fileURLWithPath: snapshots + "/" + name))
        XCTAssertEqual(try ProclaimedHolidays.load(templatesDirectory: TestSupport.templates, snapshots: snapshots), fromYAML)
    }
}
