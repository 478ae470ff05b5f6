import Foundation
import XCTest
@testable import PlanBuilder

/// A broken catalogue must stop loading with a `CatalogueError` that names the file,
/// the entry and the fault. Each test copies the shipped catalogue to a temporary
/// folder and breaks one thing.
final class BrokenCatalogueTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        super.tearDown()
    }

    private func shippedText(_ name: String) throws -> String {
        try String(contentsOfFile: CatalogueTests.templates + "/catalogue/" + name, encoding: .utf8)
    }

    /// Writes a templates folder whose `adjustments.yaml` is `adjustments`, other files
    /// as shipped unless given; returns the templates path.
    private func templates(adjustments: String, limitations: String? = nil, demands: String? = nil) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("vr-docs-catalogue-\(UUID().uuidString)")
        folders.append(root)
        let folder = root.appendingPathComponent("catalogue")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try adjustments.write(to: folder.appendingPathComponent("adjustments.yaml"), atomically: true, encoding: .utf8)
        try (limitations ?? shippedText("limitations.yaml"))
            .write(to: folder.appendingPathComponent("limitations.yaml"), atomically: true, encoding: .utf8)
        try (demands ?? shippedText("demands.yaml"))
            .write(to: folder.appendingPathComponent("demands.yaml"), atomically: true, encoding: .utf8)
        return root.path
    }

    /// The shipped adjustments with `extra` appended, and the line `extra` starts on.
    private func shippedPlus(_ extra: String) throws -> (text: String, line: Int) {
        var text = try shippedText("adjustments.yaml")
        if !text.hasSuffix("\n") { text += "\n" }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        return (text + extra, line)
    }

    private func loadError(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> CatalogueError? {
        do {
            _ = try Catalogue.load(templatesDirectory: path)
            XCTFail("a broken catalogue loaded", file: file, line: line)
            return nil
        } catch let error as CatalogueError {
            return error
        } catch {
            XCTFail("expected a CatalogueError, got \(error)", file: file, line: line)
            return nil
        }
    }

    private let goodEntry = """
        - code: test-entry
          title: A test adjustment
          category: support
          involves: Something an employer can do.
          why: It helps.
          limitations: [fatigue]
          demands: [screen-work]
          access_to_work: false

        """

    func testCopiedCatalogueLoads() throws {
        let (text, _) = try shippedPlus(goodEntry)
        let catalogue = try Catalogue.load(templatesDirectory: try templates(adjustments: text))
        XCTAssertEqual(catalogue.adjustment("test-entry")?.limitations, ["fatigue"])
    }

    /// Catalogue files are composed without YAML's implicit typing; the fields that want
    /// a yes/no, a number or a null still see YAML 1.1's types, and quoted text stays text.
    func testFieldTypesFollowYAMLRulesWithoutImplicitTyping() throws {
        let entry = goodEntry
            .replacingOccurrences(of: "access_to_work: false", with: "access_to_work: yes\n  review_weeks: 6")
            .replacingOccurrences(of: "why: It helps.", with: "why: \"null\"")
        let (text, _) = try shippedPlus(entry)
        let loaded = try XCTUnwrap(Catalogue.load(templatesDirectory: try templates(adjustments: text)).adjustment("test-entry"))
        XCTAssertEqual(loaded.accessToWork, true)
        XCTAssertEqual(loaded.reviewWeeks, 6)
        XCTAssertEqual(loaded.why, "null")
        let (nullReview, _) = try shippedPlus(goodEntry.replacingOccurrences(of: "access_to_work: false", with: "access_to_work: false\n  review_weeks: ~"))
        XCTAssertNil(try Catalogue.load(templatesDirectory: try templates(adjustments: nullReview)).adjustment("test-entry")?.reviewWeeks)

        let cases: [(String, String, CatalogueError.Problem)] = [
            ("access_to_work: false", "access_to_work: \"true\"", .wrongType(field: "access_to_work", expected: "true or false")),
            ("access_to_work: false", "access_to_work: 1", .wrongType(field: "access_to_work", expected: "true or false")),
            ("access_to_work: false", "access_to_work: false\n  review_weeks: 6.5", .wrongType(field: "review_weeks", expected: "a whole number")),
            ("title: A test adjustment", "title: ~", .emptyField("title")),
            ("title: A test adjustment", "title: NULL", .emptyField("title")),
            ("title: A test adjustment", "title: [a, b]", .wrongType(field: "title", expected: "text")),
        ]
        for (original, replacement, problem) in cases {
            let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: original, with: replacement))
            let error = try XCTUnwrap(loadError(try templates(adjustments: text)), replacement)
            XCTAssertEqual(error.problem, problem, replacement)
        }
    }

    func testUnknownLimitationNamesEntryAndNearestCode() throws {
        let (text, line) = try shippedPlus(goodEntry.replacingOccurrences(of: "[fatigue]", with: "[pain, fatigeu]"))
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.entry, "test-entry")
        XCTAssertEqual(error.problem, .unknownLimitation("fatigeu", field: "limitations", nearest: ["fatigue"]))
        XCTAssertEqual(error.line, line + 5)
        XCTAssertTrue(error.file.hasSuffix("catalogue/adjustments.yaml"))
        XCTAssertTrue(error.description.contains("adjustments.yaml:\(line + 5): entry 'test-entry'"), error.description)
        XCTAssertTrue(error.description.contains("fatigue"), error.description)
    }

    /// `not_suggested_with` names adjustments of the file or the plan's facts; anything else
    /// is named, with the nearest known, and the fast reader agrees by stepping aside.
    func testNotSuggestedWithNamesKnownCodesOnly() throws {
        let (good, _) = try shippedPlus(goodEntry + "  not_suggested_with: [lifting-aids, plan-duties]\n")
        let loaded = try Catalogue.load(templatesDirectory: try templates(adjustments: good)).adjustment("test-entry")
        XCTAssertEqual(loaded?.notSuggestedWith, ["lifting-aids", "plan-duties"])
        let (text, _) = try shippedPlus(goodEntry + "  not_suggested_with: [lifting-aid]\n")
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.entry, "test-entry")
        XCTAssertEqual(error.problem, .unknownExclusion("lifting-aid", nearest: ["lifting-aids"]))
        XCTAssertTrue(error.description.contains("neither an adjustment code nor plan-duties or full-return"), error.description)
    }

    func testUnknownDemand() throws {
        let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: "[screen-work]", with: "[typing]"))
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.entry, "test-entry")
        guard case .unknownDemand("typing", field: "demands", _) = error.problem else {
            return XCTFail("\(error)")
        }
    }

    func testMissingFieldNamesTheField() throws {
        let broken = goodEntry.replacingOccurrences(of: "  why: It helps.\n", with: "")
        let (text, _) = try shippedPlus(broken)
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.entry, "test-entry")
        XCTAssertEqual(error.problem, .missingField("why"))
    }

    func testMissingCodeNamesTheEntryByPosition() throws {
        let shippedCount = try Catalogue.load(templatesDirectory: CatalogueTests.templates).adjustments.count
        let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: "- code: test-entry\n  title:", with: "- title:"))
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.entry, "entry \(shippedCount + 1)")
        XCTAssertEqual(error.problem, .missingField("code"))
    }

    func testUnknownCategory() throws {
        let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: "category: support", with: "category: kit"))
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.problem, .unknownCategory("kit", known: Adjustment.categories))
    }

    func testDuplicateCodeGivesFirstLine() throws {
        let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: "test-entry", with: "rest-breaks"))
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.entry, "rest-breaks")
        guard case .duplicateCode("rest-breaks", let firstLine) = error.problem else { return XCTFail("\(error)") }
        let shipped = try shippedText("adjustments.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(firstLine.map { String(shipped[$0 - 1]) }, "- code: rest-breaks")
    }

    func testUnknownFieldSuggestsTheNearest() throws {
        let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: "access_to_work", with: "acess_to_work"))
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.problem, .unknownField("acess_to_work", suggestion: "access_to_work"))
    }

    func testWrongTypesAndValues() throws {
        let cases: [(String, String, CatalogueError.Problem)] = [
            ("access_to_work: false", "access_to_work: maybe",
             .wrongType(field: "access_to_work", expected: "true or false")),
            ("access_to_work: false", "access_to_work: false\n  review_weeks: 0", .invalidReviewWeeks(0)),
            ("access_to_work: false", "access_to_work: false\n  review_weeks: \"6\"",
             .wrongType(field: "review_weeks", expected: "a whole number")),
            ("[fatigue]", "fatigue", .wrongType(field: "limitations", expected: "a list of codes, e.g. [fatigue, pain]")),
            ("[fatigue]", "[]", .emptyField("limitations")),
            ("[fatigue]", "[fatigue, fatigue]", .repeatedCode("fatigue", field: "limitations")),
            ("title: A test adjustment", "title: \"  \"", .emptyField("title")),
            ("title: A test adjustment", "title:", .emptyField("title")),
            ("code: test-entry", "code: Test_Entry", .invalidCode("Test_Entry")),
        ]
        for (original, replacement, problem) in cases {
            let (text, _) = try shippedPlus(goodEntry.replacingOccurrences(of: original, with: replacement))
            let error = try XCTUnwrap(loadError(try templates(adjustments: text)), replacement)
            XCTAssertEqual(error.problem, problem, replacement)
        }
    }

    func testRequiredCodeMissing() throws {
        let text = try shippedText("adjustments.yaml")
            .replacingOccurrences(of: "- code: parking-space\n", with: "- code: parking-bay\n")
        let error = try XCTUnwrap(loadError(try templates(adjustments: text)))
        XCTAssertEqual(error.problem, .missingRequiredCode("parking-space"))
    }

    func testBrokenLimitationsFile() throws {
        let limitations = try shippedText("limitations.yaml") + "\n- code: grip\n  title: Weak grip\n"
        let error = try XCTUnwrap(loadError(try templates(adjustments: try shippedText("adjustments.yaml"),
                                                          limitations: limitations)))
        XCTAssertTrue(error.file.hasSuffix("limitations.yaml"))
        XCTAssertEqual(error.entry, "grip")
        XCTAssertEqual(error.problem, .missingField("description"))
    }

    func testWholeFileFaults() throws {
        let cases: [(String, (CatalogueError.Problem) -> Bool)] = [
            ("", { $0 == .empty }),
            ("code: rest-breaks\n", { $0 == .notAList }),
            ("- just text\n", { $0 == .entryNotAMapping }),
        ]
        for (text, matches) in cases {
            let error = try XCTUnwrap(loadError(try templates(adjustments: text)), text)
            XCTAssertTrue(matches(error.problem), "\(text): \(error)")
        }
    }

    /// Reading the file itself is `TemplateFile`'s, as for every template: its errors name
    /// the file, the line and the key.
    func testFilesThatCannotBeReadAreTemplateErrors() throws {
        let cases: [(String, String)] = [
            ("- [unclosed\n", "adjustments.yaml:1:3: a [ ] or { } list is not closed"),
            ("- code: a\n  code: b\n", "adjustments.yaml:1:3: code: this key is given twice in one place"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try Catalogue.load(templatesDirectory: try templates(adjustments: text))) { error in
                XCTAssertTrue(error is TemplateErrors, "\(error)")
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
            }
        }
        XCTAssertThrowsError(try Catalogue.load(templatesDirectory: "/nonexistent/templates")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/nonexistent/templates/catalogue/limitations.yaml is missing"), "\(error)")
        }
    }
}
