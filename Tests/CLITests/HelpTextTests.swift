import Foundation
import XCTest

/// Help text is written as paragraphs and wrapped by ArgumentParser to the reader's
/// terminal, never at a width fixed in the source: on a very wide terminal every
/// paragraph and every option's help is one line.
final class HelpTextTests: XCTestCase {
    static let commands = ["", "new", "validate", "plan", "render", "catalogue", "demo", "caseload", "batch", "synth"]

    func testNoHelpTextIsWrappedInTheSource() throws {
        for command in Self.commands {
            let arguments = (command.isEmpty ? [] : [command]) + ["--help"]
            var environment = ProcessInfo.processInfo.environment
            environment["COLUMNS"] = "1000"
            let result = try ToolProcess.run(arguments, environment: environment)
            XCTAssertEqual(result.status, 0, "\(command) --help: \(result.error)")
            let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let usage = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.count
            // Above USAGE: the overview and the discussion, whose paragraphs end a sentence;
            // indented lines are examples.
            for line in lines[..<usage] where !line.isEmpty && !line.hasPrefix(" ") {
                XCTAssertTrue(line.hasSuffix(".") || line.hasSuffix(":"), "\(command): a paragraph is broken in the source: \(line)")
            }
            // Below: an option's help continues on the next line only when the option's
            // name leaves no room beside it.
            for (index, line) in lines.enumerated() where index > usage && line.hasPrefix(String(repeating: " ", count: 20)) {
                let previous = lines[index - 1].trimmingCharacters(in: .whitespaces)
                XCTAssertFalse(previous.contains("  "), "\(command): option help is broken in the source: \(line)")
            }
        }
    }
}
