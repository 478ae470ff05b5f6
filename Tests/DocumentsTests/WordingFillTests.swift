import Foundation
import XCTest
@testable import Documents

/// Filling `{placeholders}` in wording: one pass, names without a value left as
/// written, and text from a case file never read again for placeholders.
final class WordingFillTests: XCTestCase {
    func testPlaceholdersAreFilledOnceAndUnknownOnesKept() {
        XCTAssertEqual(Wording.fill("{name} starts on {date}.", ["name": "Jane", "date": "2 March"]), "Jane starts on 2 March.")
        XCTAssertEqual(Wording.fill("{name} and {unknown}", ["name": "Jane"]), "Jane and {unknown}")
        XCTAssertEqual(Wording.fill("no placeholders", ["name": "Jane"]), "no placeholders")
        XCTAssertEqual(Wording.fill("{name}{name}", ["name": "Ní"]), "NíNí")
        XCTAssertEqual(Wording.fill("{ {name} } {", ["name": "x"]), "{ x } {", "stray braces stay")
        XCTAssertEqual(Wording.fill("{their} plan, {name}", ["name": "{their}", "their": "her"]), "her plan, {their}",
                       "a name that looks like a placeholder is printed as the client wrote it")
    }

    /// Templates that reach every path of the byte-level fill: braces unclosed, nested,
    /// empty, at either end, beside accented and four-byte characters, counted forms with
    /// colons in odd places.
    static let templates = [
        "", "{", "}", "{}", "{{}}", "{name", "name}", "{name}", "x{name}y", "{ŵ}", "Ŵyl {name} 👍🏽 {date}.",
        "{name}{date}{unknown}", "{{name}}", "{na{name}me}", "é{name}é", "{days:count_day} a {weeks:count_week}",
        "{:count_day}", "{days:}", "{days::count_day}", "{::days:count_day}", "{days:count_day:x}", "{n} {days:nothing}",
        "{days:count_day", "days:count_day}", "{unknown:count_day} {days:count_day}",
    ]

    static let values = ["name": "Jane {date}", "date": "2 March", "ŵ": "dŵr", "days": "2", "weeks": "1", "n": "7", "": "empty"]

    func testFillingBytesGivesWhatFillingCharactersGave() throws {
        var texts = Self.templates
        for file in try Self.wordingFiles() {
            for value in try Wording.parse(path: file).values {
                switch value {
                case .text(let text): texts.append(text)
                case .list(let items): texts += items
                case .table(let table): texts += table.values
                }
            }
        }
        XCTAssertGreaterThan(texts.count, 500, "the real wording is part of the check")
        for text in texts {
            XCTAssertEqual(Wording.fill(text, Self.values, defaults: ["their": "her"]),
                           Self.characterFill(text, Self.values, defaults: ["their": "her"]), text)
        }
        for language in ["en-GB", "cy"] {
            let wording = try Wording.load(templates: TestSupport.templates, document: "rtw-plan", language: language)
            for text in texts {
                XCTAssertEqual(Self.outcome { try wording.counted(text, Self.values) },
                               Self.outcome { try Self.characterCounted(text, Self.values, wording: wording) }, "\(language): \(text)")
            }
        }
    }

    /// The text, or the error thrown instead (a counted form whose table has no `other`).
    private static func outcome(_ body: () throws -> String) -> String {
        do { return try body() } catch { return "error: \(error)" }
    }

    private static func wordingFiles() throws -> [String] {
        let root = URL(fileURLWithPath: TestSupport.templates).appendingPathComponent("wording")
        var files = [root.appendingPathComponent(Wording.sharedFile).path]
        for language in ["en-GB", "cy"] {
            let folder = root.appendingPathComponent(language)
            files += try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
                .sorted().map { folder.appendingPathComponent($0).path }
        }
        return files
    }

    /// `Wording.fill` as it was written over characters.
    static func characterFill(_ template: String, _ values: [String: String], defaults: [String: String] = [:]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
                  case let name = String(rest[afterOpen..<close]), let value = values[name] ?? defaults[name] else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `Wording.counted` as it was written over characters.
    static func characterCounted(_ template: String, _ values: [String: String], wording: Wording) throws -> String {
        guard template.utf8.contains(UInt8(ascii: ":")) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let inside = rest[rest.index(after: open)..<close]
            let parts = inside.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let number = values[parts[0]] ?? wording.defaults[parts[0]] {
                let forms = wording.table(parts[1])
                guard let form = forms[PluralCategory.of(number, language: wording.language)] ?? forms["other"] else {
                    throw DocumentError.missingWording(key: parts[1] + ".other", language: wording.language)
                }
                result += characterFill(form, ["n": number])
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
