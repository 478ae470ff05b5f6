import Foundation
import XCTest
@testable import PlanBuilder

/// The catalogue's snapshot gives back exactly what the YAML gives, is used only for the
/// very files it was made from, and is never trusted when damaged.
final class CatalogueSnapshotTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        super.tearDown()
    }

    private func temporaryFolder(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        return folder.path
    }

    /// A copy of the shipped templates' catalogue folder, to edit.
    private func copiedTemplates() throws -> String {
        let root = try temporaryFolder("templates")
        try FileManager.default.copyItem(atPath: CatalogueTests.templates + "/catalogue", toPath: root + "/catalogue")
        return root
    }

    private func assertSame(_ a: Catalogue, _ b: Catalogue, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.adjustments, b.adjustments, file: file, line: line)
        XCTAssertEqual(a.limitations, b.limitations, file: file, line: line)
        XCTAssertEqual(a.demands, b.demands, file: file, line: line)
    }

    func testTheSnapshotGivesBackWhatTheYAMLGives() throws {
        let fromYAML = try Catalogue.load(templatesDirectory: CatalogueTests.templates, snapshots: nil)
        let format = CatalogueSnapshot.format
        let decoded = try XCTUnwrap(TemplateSnapshot.decode(TemplateSnapshot.encode(fromYAML, key: 7, format: format), key: 7, format: format))
        assertSame(decoded, fromYAML)
        XCTAssertTrue(fromYAML.adjustments.contains { $0.reviewWeeks == nil } && fromYAML.adjustments.contains { $0.reviewWeeks != nil })
        XCTAssertTrue(fromYAML.adjustments.contains { !$0.requiresDemands.isEmpty })

        let snapshots = try temporaryFolder("cache")
        let first = try Catalogue.load(templatesDirectory: CatalogueTests.templates, snapshots: snapshots)
        let kept = try FileManager.default.contentsOfDirectory(atPath: snapshots)
        XCTAssertEqual(kept.count, 1, "one snapshot is written")
        let second = try Catalogue.load(templatesDirectory: CatalogueTests.templates, snapshots: snapshots)
        assertSame(first, fromYAML)
        assertSame(second, fromYAML)
    }

    func testAnEditedCatalogueIsReadAgainAndCheckedEveryTime() throws {
        let templates = try copiedTemplates()
        let snapshots = try temporaryFolder("cache")
        _ = try Catalogue.load(templatesDirectory: templates, snapshots: snapshots)
        let path = templates + "/catalogue/adjustments.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Regular rest breaks", with: "title: Regular short breaks")
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Catalogue.load(templatesDirectory: templates, snapshots: snapshots).adjustment("rest-breaks")?.title,
                       "Regular short breaks", "the edit is read at once")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: snapshots).count, 1, "the old snapshot is removed")
        // A broken file is reported on every load: no snapshot stands in for it.
        try (text + "\n- code: Not Kebab\n").write(toFile: path, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            XCTAssertThrowsError(try Catalogue.load(templatesDirectory: templates, snapshots: snapshots))
        }
    }

    func testADamagedSnapshotIsIgnored() throws {
        let snapshots = try temporaryFolder("cache")
        let fromYAML = try Catalogue.load(templatesDirectory: CatalogueTests.templates, snapshots: snapshots)
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: snapshots).first)
        let path = snapshots + "/" + name
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let paths = CatalogueSnapshot.paths(catalogueFolder: CatalogueTests.templates + "/catalogue")
        let format = CatalogueSnapshot.format
        let key = try XCTUnwrap(TemplateSnapshot.key(of: paths, format: format))
        XCTAssertNotNil(TemplateSnapshot.decode(Array(bytes), key: key, format: format))
        // Cut short, a byte added, a byte changed in a text: each refused.
        var lengthChanged = Array(bytes)
        lengthChanged[bytes.count / 2] ^= 0xFF
        var letterChanged = Array(bytes)
        letterChanged[bytes.count - 40] ^= 0x01
        for damaged in [Array(bytes.prefix(bytes.count - 3)), Array(bytes) + [0], lengthChanged, letterChanged] {
            XCTAssertNil(TemplateSnapshot.decode(damaged, key: key, format: format))
        }
        XCTAssertNil(TemplateSnapshot.decode(Array(bytes), key: key &+ 1, format: format), "another key")
        // Whatever decoding a damaged file gives, a load still returns a checked catalogue.
        try Data(lengthChanged.prefix(100)).write(to: URL(fileURLWithPath: path))
        assertSame(try Catalogue.load(templatesDirectory: CatalogueTests.templates, snapshots: snapshots), fromYAML)
    }
}
