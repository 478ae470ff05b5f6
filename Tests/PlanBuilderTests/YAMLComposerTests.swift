import Foundation
import XCTest
import Yams
@testable import PlanBuilder

/// `YAMLComposer` must give exactly the nodes Yams' own parser gives (values, tags,
/// styles, lines and columns) for every example, fixture and template, for hundreds of
/// mutations of them, and for the unusual files it hands to Yams.
final class YAMLComposerTests: XCTestCase {
    private func texts() throws -> [(String, String)] {
        var files: [String] = []
        let folders = [ReadingPaths.examples, ReadingPaths.fixtures, ReadingPaths.repoRoot.appendingPathComponent("templates"),
                       ReadingPaths.repoRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures")]
        for folder in folders {
            let walker = FileManager.default.enumerator(atPath: folder.path)
            while let name = walker?.nextObject() as? String {
                if name.hasSuffix(".yaml") || name.hasSuffix(".json") { files.append(folder.appendingPathComponent(name).path) }
            }
        }
        XCTAssertGreaterThan(files.count, 15)
        return try files.sorted().map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
    }

    /// Deterministic mutations: a line dropped, two lines swapped, a character changed.
    private func mutations(of text: String, seed: Int) -> [String] {
        var lines = text.components(separatedBy: "\n")
        guard lines.count > 4 else { return [] }
        var results: [String] = []
        let drop = (seed * 7 + 3) % lines.count
        var dropped = lines
        dropped.remove(at: drop)
        results.append(dropped.joined(separator: "\n"))
        let a = (seed * 13 + 1) % lines.count, b = (seed * 5 + 2) % lines.count
        lines.swapAt(a, b)
        results.append(lines.joined(separator: "\n"))
        for (offset, replacement) in [(11, ":"), (29, "'"), (47, "- "), (83, "&a "), (97, "*a"), (131, "\t"), (151, "{")] {
            var scalars = Array(text.unicodeScalars)
            let index = (seed * offset) % scalars.count
            scalars.replaceSubrange(index..<index + 1, with: replacement.unicodeScalars)
            var mutated = ""
            mutated.unicodeScalars.append(contentsOf: scalars)
            results.append(mutated)
        }
        return results
    }

    func testSameNodesAsYamsOnEveryFileAndMutation() throws {
        var compared = 0, failedBoth = 0
        for (seed, (path, text)) in try texts().enumerated() {
            for (index, variant) in ([text] + mutations(of: text, seed: seed + 1)).enumerated() {
                let label = "\(URL(fileURLWithPath: path).lastPathComponent) variant \(index)"
                let expected = Result { try Parser(yaml: variant, resolver: .basic, encoding: .utf8).singleRoot() }
                let actual = Result { try YAMLComposer.compose(variant) }
                switch (expected, actual) {
                case (.success(let want), .success(let got)):
                    assertSame(want, got, label)
                case (.failure(let want), .failure(let got)):
                    XCTAssertEqual("\(want)", "\(got)", label)
                    failedBoth += 1
                default:
                    XCTFail("\(label): Yams \(expected), composer \(actual)")
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 150)
        XCTAssertGreaterThan(failedBoth, 10, "the mutations include broken files")
    }

    func testUnusualFilesComeOutAsYamsMakesThem() throws {
        for text in ["a: &x 1\nb: *x\n", "a: 1\na: 2\n", "--- 1\n--- 2\n", "", "# only a comment\n", "? [a]\n: 1\n",
                     "'a': 1\na: 2\n", "!!str x: !!int 3\n", "a: [1, {b: \"c\"}]\n", "é: 1\ne\u{301}: 2\n",
                     // Long mappings: keys past the first dozen are checked in a set.
                     (0..<20).map { "k\($0): \($0)\n" }.joined(), (0..<20).map { "k\($0): \($0)\n" }.joined() + "k15: again\n",
                     (0..<20).map { "k\($0): \($0)\n" }.joined() + "k3: again\n"] {
            let expected = Result { try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot() }
            let actual = Result { try YAMLComposer.compose(text) }
            switch (expected, actual) {
            case (.success(let want), .success(let got)): assertSame(want, got, text)
            case (.failure(let want), .failure(let got)): XCTAssertEqual("\(want)", "\(got)", text)
            default: XCTFail("\(text): Yams \(expected), composer \(actual)")
            }
        }
    }

    private func assertSame(_ want: Node?, _ got: Node?, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let want, let got else {
            XCTAssertEqual(want == nil, got == nil, label, file: file, line: line)
            return
        }
        XCTAssertEqual(want.mark?.line, got.mark?.line, label, file: file, line: line)
        XCTAssertEqual(want.mark?.column, got.mark?.column, label, file: file, line: line)
        XCTAssertEqual(want.tag.rawValue, got.tag.rawValue, label, file: file, line: line)
        switch (want, got) {
        case (.scalar(let a), .scalar(let b)):
            XCTAssertEqual(a.string, b.string, label, file: file, line: line)
            XCTAssertEqual(a.style, b.style, label, file: file, line: line)
        case (.sequence(let a), .sequence(let b)):
            XCTAssertEqual(a.count, b.count, label, file: file, line: line)
            for (x, y) in zip(a, b) { assertSame(x, y, label, file: file, line: line) }
        case (.mapping(let a), .mapping(let b)):
            XCTAssertEqual(a.count, b.count, label, file: file, line: line)
            for (x, y) in zip(a, b) {
                assertSame(x.key, y.key, label, file: file, line: line)
                assertSame(x.value, y.value, label, file: file, line: line)
            }
        default:
            XCTFail("\(label): \(want) against \(got)", file: file, line: line)
        }
    }
}
