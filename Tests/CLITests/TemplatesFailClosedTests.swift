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
        // Each broken file, and what the message must say besides the file's name.
        let cases: [(String, String?, String)] = [
            ("disclosure/health-terms.yaml", nil, "cannot be screened"),
            ("disclosure/health-terms.yaml", "terms: [unclosed\n", "health-terms.yaml:"),
            ("disclosure/health-terms.yaml", "terms: []\n", "the screening list is empty"),
            ("disclosure/health-terms.yaml", "terms: [medication]\nignroe: [x]\n", "health-terms.yaml:2:1: ignroe: unknown key. Did you mean ignore?"),
            ("wording/en-GB/employer-report.yaml", "title: [unclosed\n", "employer-report.yaml:"),
            ("wording/en-GB/common.yaml", nil, "common.yaml is missing"),
            ("wording/en-GB/common.yaml", "weekday_short:\n  mon: [Mon]\n", "common.yaml:2:8: weekday_short.mon: expected text here, found a list"),
            ("holidays/proclaimed.yaml", "- date: 2022-02-30\n  name: X\n  regions: [ireland]\n", "proclaimed.yaml:1:9: [0].date: \"2022-02-30\" is not a real date"),
            ("catalogue/adjustments.yaml", "- code: [\n", "adjustments.yaml"),
        ]
        for (file, content, expected) in cases {
            let url = templates.appendingPathComponent(file)
            let original = try Data(contentsOf: CommandLineTests.root.appendingPathComponent("templates").appendingPathComponent(file))
            if let content { try content.write(to: url, atomically: true, encoding: .utf8) } else { try FileManager.default.removeItem(at: url) }
            let result = try render(with: templates, out: out)
            XCTAssertEqual(result.status, 1, "\(file) \(content ?? "missing"): \(result.error)")
            XCTAssertTrue(result.error.contains(URL(fileURLWithPath: file).lastPathComponent), "\(file): \(result.error)")
            XCTAssertTrue(result.error.contains(expected), "\(file) should say \(expected): \(result.error)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("VR-2026-0147-employer-report.pdf").path))
            try original.write(to: url)
        }
    }
}
