import Foundation
import XCTest
@testable import PlanBuilder

/// Changing a case file's text through `YAMLEdit`: only what changes moves, and what
/// the reader gets back is the change.
final class YAMLEditTests: XCTestCase {
    private func example(_ name: String) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/examples/\(name)")
        let path = FileManager.default.fileExists(atPath: shared.path) ? shared : root.appendingPathComponent("examples/\(name)")
        return [UInt8](try Data(contentsOf: path))
    }

    private func read(_ bytes: [UInt8]) throws -> CaseFile {
        try CaseFileReader().read(bytes: bytes, fileName: "edited.yaml", baseDirectory: nil)
    }

    /// Every scalar path of a node, for setting each value to what is already written.
    private func scalarPaths(_ node: YAMLSpans.Node?, _ path: [String] = []) -> [[String]] {
        switch node {
        case .scalar?: return [path]
        case .mapping(let entries, _, _)?: return entries.flatMap { scalarPaths($0.value, path + [$0.key]) }
        case .sequence(let items, _, _)?: return items.enumerated().flatMap { scalarPaths($0.element, path + ["\($0.offset)"]) }
        case nil: return []
        }
    }

    func testSettingEveryValueToWhatIsWrittenChangesNoByte() throws {
        for name in ["back-pain-admin.yaml", "cancer-shift-worker.yaml"] {
            let bytes = try example(name)
            let spans = try XCTUnwrap(YAMLSpans(bytes))
            var edit = YAMLEdit(bytes)
            let paths = scalarPaths(spans.root)
            XCTAssertGreaterThan(paths.count, 100, name)
            for path in paths {
                guard case .scalar(_, _, let span)? = spans.node(at: path) else { continue }
                try edit.set(path, to: String(decoding: bytes[span.start..<span.end], as: UTF8.self))
            }
            XCTAssertEqual(edit.bytes, bytes, name)
        }
    }

    func testAValueIsReplacedWhereItStands() throws {
        let bytes = try example("cancer-shift-worker.yaml")
        var edit = YAMLEdit(bytes)
        try edit.set(["client", "name"], to: YAMLValueText.text("Siobhán Ní Bhriain-Walsh"))
        try edit.set(["plan", "max_day_hours"], to: YAMLValueText.typed("7.5"))
        let before = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let after = String(decoding: edit.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(before.count, after.count)
        XCTAssertEqual(zip(before, after).filter { $0 != $1 }.count, 2, "two lines change, nothing else")
        let caseFile = try read(edit.bytes)
        XCTAssertEqual(caseFile.client.name, "Siobhán Ní Bhriain-Walsh")
        XCTAssertEqual(caseFile.plan?.maxDayHours, 7.5)
    }

    func testMissingKeysAndSectionsAreAddedWithTheirParentsIndentation() throws {
        var edit = YAMLEdit(try example("back-pain-admin.yaml"))
        try edit.set(["plan", "day_start"], to: YAMLValueText.typed("09:30"))
        try edit.set(["case", "case_manager", "profession"], to: YAMLValueText.text("Occupational therapist"))
        XCTAssertEqual(try read(edit.bytes).plan?.pattern.dayStart, TimeOfDay(hour: 9, minute: 30))
        XCTAssertEqual(try read(edit.bytes).caseInfo.caseManager?.profession, "Occupational therapist")
        let text = String(decoding: edit.bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("\n  day_start: \"09:30\"\n") || text.contains("\n  day_start: 09:30\n"), text)

        var minimal = YAMLEdit(Array("format: 1\ncase:\n  reference: T-1\nclient:\n  name: Test Client\n".utf8))
        try minimal.set(["consent", "recorded"], to: "2026-01-20")
        try minimal.set(["consent", "share_with_employer"], to: YAMLValueText.list(["schedule", "duties"]))
        XCTAssertEqual(String(decoding: minimal.bytes, as: UTF8.self),
                       "format: 1\ncase:\n  reference: T-1\nclient:\n  name: Test Client\nconsent:\n  recorded: 2026-01-20\n  share_with_employer: [schedule, duties]\n")
        XCTAssertEqual(try read(minimal.bytes).consent.shareWithEmployer, [.schedule, .duties])
    }

    func testListsAreReplacedAppendedAndShortened() throws {
        let bytes = try example("back-pain-admin.yaml")
        var edit = YAMLEdit(bytes)
        try edit.set(["consent", "share_with_employer"], to: YAMLValueText.list(["schedule", "adjustments"]))
        XCTAssertEqual(try read(edit.bytes).consent.shareWithEmployer, [.schedule, .adjustments])
        let reviews = try read(bytes).reviews.count
        try edit.append(["reviews"], fields: [("date", "2026-03-27"), ("week", "4"), ("hours_worked", "23.5"), ("note", YAMLValueText.text("Week went well, tired on Friday"))])
        let appended = try read(edit.bytes)
        XCTAssertEqual(appended.reviews.count, reviews + 1)
        XCTAssertEqual(appended.reviews.last?.hoursWorked, 23.5)
        try edit.remove(["reviews", "0"])
        XCTAssertEqual(try read(edit.bytes).reviews.count, reviews)
        XCTAssertEqual(try read(edit.bytes).reviews.first?.week, 4, "the first review went, the new one stayed")
        try edit.remove(["client", "phone"])
        XCTAssertNil(try read(edit.bytes).client.phone)
    }

    func testAJSONCaseFileStaysJSON() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("Fixtures/cancer-shift-worker.json")))
        var edit = YAMLEdit(bytes)
        try edit.set(["client", "name"], to: YAMLValueText.text("Siobhán Walsh"))
        try edit.set(["client", "preferred_name"], to: YAMLValueText.text("2026"))
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(edit.bytes)), "still JSON")
        let caseFile = try CaseFileReader().read(bytes: edit.bytes, fileName: "case.json", baseDirectory: nil)
        XCTAssertEqual(caseFile.client.name, "Siobhán Walsh")
        XCTAssertThrowsError(try edit.set(["plan", "day_start"], to: "09:30"), "a key cannot be added inside JSON's braces") { error in
            guard case YAMLEdit.Refusal.unexpectedShape = error else { return XCTFail("\(error)") }
        }
    }

    func testAnUnreadableTextIsRefusedNotGuessedAt() {
        var edit = YAMLEdit(Array("client: [unclosed\n".utf8))
        XCTAssertThrowsError(try edit.set(["client", "name"], to: "A")) { error in
            XCTAssertEqual(error as? YAMLEdit.Refusal, .unreadable)
        }
    }
}
