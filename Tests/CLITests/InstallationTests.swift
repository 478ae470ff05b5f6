import Foundation
import XCTest

/// The binary laid out as `make install` lays it out (bin/ and share/vr-docs/templates
/// under a prefix) and called through a symbolic link on PATH from an unrelated folder:
/// it must find its templates from its own real path, never from the current folder.
final class InstallationTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: scratch) }

    private func run(_ command: String, _ arguments: [String], path: String, in folder: URL,
                     environment extra: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path
        environment.removeValue(forKey: "VR_DOCS_TEMPLATES")
        environment.merge(extra) { $1 }
        let result = try ToolProcess.run([command] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"),
                                         environment: environment, in: folder)
        return (result.status, result.text, result.error)
    }

    func testAnInstalledBinaryRunsThroughASymlinkOnPath() throws {
        let files = FileManager.default
        let prefix = scratch.appendingPathComponent("prefix")
        try files.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try files.createDirectory(at: prefix.appendingPathComponent("share/vr-docs"), withIntermediateDirectories: true)
        try files.copyItem(at: ToolProcess.url, to: prefix.appendingPathComponent("bin/vr-docs"))
        try files.copyItem(at: CommandLineTests.root.appendingPathComponent("templates"),
                           to: prefix.appendingPathComponent("share/vr-docs/templates"))
        let onPath = scratch.appendingPathComponent("elsewhere/bin")
        try files.createDirectory(at: onPath, withIntermediateDirectories: true)
        try files.createSymbolicLink(at: onPath.appendingPathComponent("vr-docs"), withDestinationURL: prefix.appendingPathComponent("bin/vr-docs"))
        let work = scratch.appendingPathComponent("work")
        try files.createDirectory(at: work, withIntermediateDirectories: true)
        let example = CommandLineTests.examples.appendingPathComponent("back-pain-admin.yaml").path

        let version = try run("vr-docs", ["--version"], path: onPath.path + ":/usr/bin:/bin", in: work)
        XCTAssertEqual(version.status, 0, version.error)
        XCTAssertFalse(version.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)

        let result = try run("vr-docs", ["render", example, "--out", "letters"], path: onPath.path + ":/usr/bin:/bin", in: work)
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(files.fileExists(atPath: work.appendingPathComponent("letters/VR-2026-0147-rtw-plan.pdf").path), result.output)

        // With the templates gone, the binary says where it looked rather than using any other copy.
        try files.removeItem(at: prefix.appendingPathComponent("share/vr-docs/templates"))
        let missing = try run("vr-docs", ["validate", example], path: onPath.path + ":/usr/bin:/bin", in: work)
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.error.contains("share/vr-docs/templates"), missing.error)

        // VR_DOCS_TEMPLATES points anywhere.
        let pointed = try run("vr-docs", ["validate", example], path: onPath.path + ":/usr/bin:/bin", in: work,
                              environment: ["VR_DOCS_TEMPLATES": CommandLineTests.root.appendingPathComponent("templates").path])
        XCTAssertEqual(pointed.status, 0, pointed.error)
    }
}
