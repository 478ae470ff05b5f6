import Foundation
import XCTest
@testable import ReportKit

/// A word's width for column sizing is read from its shaped glyphs without a layout
/// (`TextEngine.wordWidth`); it must be exactly the natural width of a layout of the word,
/// which is how it was measured before.
final class WordWidthsTests: XCTestCase {
    private let engine = TextEngine()

    private func styles() -> [TextStyle] {
        let black = RGBColor(r: 0, g: 0, b: 0)
        return [
            TextStyle(family: "DejaVu Sans", size: 9.5 * 0.95, color: black, bold: true, lineSpacing: 1.15, linkColor: black),
            TextStyle(family: "DejaVu Sans", size: 9.5, color: black, linkColor: black),
            TextStyle(family: "DejaVu Sans", size: 16 * 0.95, color: black, bold: true, alignment: .trailing, linkColor: black),
            TextStyle(family: "DejaVu Sans", size: 11, color: black, italic: true, alignment: .center, linkColor: black),
            TextStyle(family: "DejaVu Sans Mono", size: 10, color: black, bold: true, linkColor: black),
            TextStyle(family: "DejaVu Serif", size: 12.3, color: black, linkColor: black),
        ]
    }

    private func assertSameWidths(_ words: [String], styles: [TextStyle], file: StaticString = #filePath, line: UInt = #line) {
        for word in words {
            for style in styles {
                let layout = engine.layout(RichText(word), style: style, width: nil).naturalWidth
                let direct = engine.wordWidth(word, style: style)
                XCTAssertEqual(direct, layout, "\(word.debugDescription) in \(style.family) \(style.size) bold \(style.bold)",
                               file: file, line: line)
            }
        }
    }

    /// Words as `ColumnWidths.longestWords` cuts them: hyphens, numbers and dates held
    /// whole by no-break spaces, Welsh and other scripts, combining accents, emoji, text
    /// a layout handles itself (tabs, soft hyphens, line separators), and words long
    /// enough to get break opportunities.
    func testTrickyWordsHaveTheirLayoutsWidth() {
        let words = [
            "Week", "Wk", "Mar", "Mawrth", "contract", "hot-desking", "well-being", "co-ordinated", "–", "—", "-", "--",
            "0141\u{00A0}555\u{00A0}0123", "3\u{00A0}March\u{00A0}2026", "Llun\u{00A0}4\u{00A0}awr\u{00A0}30\u{00A0}mun",
            "12:30–16:30", "23½", "£1,250.00", "(8h)", "9am–1pm", "100%", "1st", "AV", "To", "Ty", "Wa", "LT", "ff", "fi", "ffl",
            "ŵyl", "gŵyl", "Ddydd", "naïve", "e\u{301}", "\u{301}", "ﬁ", "Ǆ", "ß", "İstanbul", "Ελληνικά", "Здравствуйте",
            "مرحبا", "محمد123", "שלום", "नमस्ते", "日本語", "한국어", "ไทย", "👍🏽", "👩‍⚕️", "🇬🇧", "x\u{200B}y", "\u{200B}",
            "a\u{00AD}b", "soft\u{00AD}", "tab\there", "line\u{2028}sep", "para\u{2029}sep", "x\r\ny", "x\ry", "nel\u{0085}x",
            "hyph\u{2027}en", "\u{00A0}", "a\u{00A0}", "\u{00A0}b", "nul\u{0}led", "del\u{7F}",
            "info@example-services.co.uk", "https://www.nhs.uk/conditions/back-pain/", "Rhif:\u{00A0}07700\u{00A0}900123",
            String(repeating: "Supercalifragilistic", count: 5), String(repeating: "ab-", count: 30),
            "Mon–Fri", "Tue/Thu", "A&E", "<b>", "\"quoted\"", "‘curly’", "…", "•", "✓", "×", "°C", "µg", "½", "⅓",
        ]
        assertSameWidths(words, styles: styles())
        for language in ["cy", "ar", "ja", "en"] {
            engine.setLanguage(language)
            assertSameWidths(words, styles: [styles()[0]])
        }
        engine.setLanguage(nil)
    }

    /// Every word of the example cases and of the wording, in a table cell's style.
    func testTheExamplesAndWordingWordsHaveTheirLayoutsWidth() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files = try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("examples"), includingPropertiesForKeys: nil)
        let wording = root.appendingPathComponent("templates/wording")
        for language in try FileManager.default.contentsOfDirectory(at: wording, includingPropertiesForKeys: nil) {
            files += try FileManager.default.contentsOfDirectory(at: language, includingPropertiesForKeys: nil)
        }
        var words = Set<String>()
        for file in files where file.pathExtension == "yaml" {
            for line in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") {
                for word in TextRules.keepingNumbersWhole(line).split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                    words.insert(String(word))
                }
            }
        }
        XCTAssertGreaterThan(words.count, 2000)
        engine.setLanguage("en")
        assertSameWidths(words.sorted(), styles: Array(styles().prefix(2)))
    }
}
