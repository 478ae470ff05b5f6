import Foundation
import XCTest

/// Templates fail closed: a missing or broken health-terms list, wording file or
/// catalogue stops the run with exit 1 and names the file, rather than rendering with a
/// silent default (an empty screening list would let "medication" reach the employer).
final class TemplatesFailClosedTests: XCTestCase {
    private func render(with templates: URL, out: URL) throws -> (status: Int32, error: String) {
        let result = try ToolProcess.run(["render", CommandLineTests.examples.appendingPathComponent("back-pain-admin.yaml").path,
                                          "--document", "employer-report", "--templates", templates.path, "--out", out.path])
        return (result.status, result.error)
    }

    func testBrokenTemplatesStopTheRun() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandLineTests.root.appendingPathComponent("templates"), to: templates)
        let out = scratch.appendingPathComponent("out")
        let cases: [(String, String?)] = [
            ("disclosure/health-terms.yaml", nil),
            ("disclosure/health-terms.yaml", "terms: [unclosed\n"),
            ("disclosure/health-terms.yaml", "terms: []\n"),
            ("wording/en-GB/employer-report.yaml", "title: [unclosed\n"),
            ("catalogue/adjustments.yaml", "- code: [\n"),
        ]
        for (file, content) in cases {
            let url = templates.appendingPathComponent(file)
            let original = try Data(contentsOf: CommandLineTests.root.appendingPathComponent("templates").appendingPathComponent(file))
            if let content { try content.write(to: url, atomically: true, encoding: .utf8) } else { try FileManager.default.removeItem(at: url) }
            let result = try render(with: templates, out: out)
            XCTAssertEqual(result.status, 1, "\(file) \(content ?? "missing"): \(result.error)")
            XCTAssertTrue(result.error.contains(URL(fileURLWithPath: file).lastPathComponent), "\(file): \(result.error)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("VR-2026-0147-employer-report.pdf").path))
            try original.write(to: url)
        }
    }
}
