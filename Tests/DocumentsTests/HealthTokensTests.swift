import Foundation
import XCTest
@testable import Documents

/// The health screen reads ASCII text by bytes and other text by Unicode characters.
/// What reaches the employer depends on both paths finding the same words, so they are
/// compared on every line of the examples and the templates and on generated text.
final class HealthTokensTests: XCTestCase {
    func testBothPathsFindTheSameWordsInExamplesAndTemplates() throws {
        var files = TestSupport.sharedExamples
        let templates = TestSupport.templates
        let names = (FileManager.default.enumerator(atPath: templates)?.allObjects as? [String]) ?? []
        files += names.filter { $0.hasSuffix(".yaml") }.sorted().map { templates + "/" + $0 }
        XCTAssertGreaterThan(files.count, 20)
        var asciiLines = 0
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                XCTAssertEqual(HealthTextScreen.tokens(line), HealthTextScreen.unicodeTokens(line), "\(file): \(line)")
                if let ascii = HealthTextScreen.asciiTokens(line) {
                    asciiLines += 1
                    XCTAssertEqual(ascii, HealthTextScreen.unicodeTokens(line), "\(file): \(line)")
                }
            }
        }
        XCTAssertGreaterThan(asciiLines, 1_000, "the byte path should be taken for plain English lines")
    }

    func testBothPathsFindTheSameWordsInEveryAsciiByte() {
        var generator = SeededGenerator(seed: 2026_12_04)
        let bytes = (0..<128).map { UInt8($0) }
        for _ in 0..<3_000 {
            let length = generator.next() % 40
            let text = String(decoding: (0..<length).map { _ in generator.pick(bytes) }, as: UTF8.self)
            XCTAssertEqual(HealthTextScreen.asciiTokens(text), HealthTextScreen.unicodeTokens(text), text.debugDescription)
        }
    }

    func testTextBeyondAsciiTakesTheUnicodePath() {
        for text in ["Crohn’s disease", "Café staff", "Ŵyl y Banc", "straße", "ＭＳ clinic", "Ａ１"] {
            XCTAssertNil(HealthTextScreen.asciiTokens(text), text)
            XCTAssertEqual(HealthTextScreen.tokens(text), HealthTextScreen.unicodeTokens(text), text)
        }
        XCTAssertEqual(HealthTextScreen.tokens("Flare-up of Crohn's, MS-related; HIV2 clinic"),
                       ["flare", "up", "of", "crohn", "s", "ms", "related", "hiv2", "clinic"])
    }
}
