import Foundation
import XCTest

/// `vr-docs serve --create-admin` and `vr-docs backup` as an administrator runs them.
final class ServeAndBackupTests: XCTestCase {
    func testTheFirstAdministratorAndABackup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("workspace.sqlite").path
        let templates = ["--templates", CommandLineTests.root.appendingPathComponent("templates").path]
        let created = try ToolProcess.run(["serve", "--db", db, "--create-admin", "boss"] + templates, input: Data("a long pass phrase\n".utf8))
        XCTAssertEqual(created.status, 0, created.error)
        XCTAssertTrue(created.text.contains("Created administrator boss"))
        let again = try ToolProcess.run(["serve", "--db", db, "--create-admin", "boss"] + templates, input: Data("a long pass phrase\n".utf8))
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.error.contains("already an account called boss"), again.error)
        let weak = try ToolProcess.run(["serve", "--db", db, "--create-admin", "other"] + templates, input: Data("short\n".utf8))
        XCTAssertEqual(weak.status, 1)
        XCTAssertTrue(weak.error.contains("at least 12 characters"), weak.error)

        let copy = folder.appendingPathComponent("copy.sqlite").path
        let backup = try ToolProcess.run(["backup", copy, "--db", db])
        XCTAssertEqual(backup.status, 0, backup.error)
        let header = try Data(contentsOf: URL(fileURLWithPath: copy)).prefix(16)
        XCTAssertEqual(header, Data("SQLite format 3\u{0}".utf8))
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.contains(".partial-") },
                       "no partial file left behind")
        XCTAssertEqual(try ToolProcess.run(["backup", copy, "--db", folder.appendingPathComponent("missing.sqlite").path]).status, 2)
        XCTAssertEqual(try ToolProcess.run(["serve", "--port", "70000"] + templates).status, 2)
    }

    /// `vr-docs serve` and `backup` are handed to `vr-docs-workspace` beside the real
    /// `vr-docs`, through a symbolic link on PATH too; without it, a clear misuse error.
    func testTheWorkspaceProgramIsFoundBesideVRDocs() throws {
        let files = FileManager.default
        let prefix = files.temporaryDirectory.appendingPathComponent("handover-\(UUID().uuidString)")
        defer { try? files.removeItem(at: prefix) }
        let bin = prefix.appendingPathComponent("bin"), onPath = prefix.appendingPathComponent("path")
        try files.createDirectory(at: bin, withIntermediateDirectories: true)
        try files.createDirectory(at: onPath, withIntermediateDirectories: true)
        try files.copyItem(at: ToolProcess.url, to: bin.appendingPathComponent("vr-docs"))
        try files.createSymbolicLink(at: onPath.appendingPathComponent("vr-docs"), withDestinationURL: bin.appendingPathComponent("vr-docs"))
        let linked = onPath.appendingPathComponent("vr-docs")
        let alone = try ToolProcess.run(["serve", "--demo"], executable: linked)
        XCTAssertEqual(alone.status, 2)
        XCTAssertTrue(alone.error.contains("vr-docs-workspace beside vr-docs"), alone.error)
        try files.copyItem(at: ToolProcess.url.deletingLastPathComponent().appendingPathComponent("vr-docs-workspace"),
                           to: bin.appendingPathComponent("vr-docs-workspace"))
        let missing = try ToolProcess.run(["backup", "copy.sqlite", "--db", prefix.appendingPathComponent("none.sqlite").path], executable: linked)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.error.contains("no such workspace database"), missing.error)
        let help = try ToolProcess.run(["serve", "--help"], executable: linked)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.text.contains("USAGE: vr-docs serve"), help.text)
    }
}
