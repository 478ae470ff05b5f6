import XCTest
@testable import Documents
@testable import PlanBuilder

/// Which wording a `client.language` reads, that a language with no wording is refused,
/// that the Welsh wording has every key the English has, and Welsh counted nouns.
final class WordingLanguageTests: XCTestCase {
    private let available = ["cy", "en-GB"]

    func testLanguageTagsChooseFolders() throws {
        for tag in ["", "en", "en-GB", "en-IE", "EN-gb"] {
            XCTAssertEqual(try DocumentLanguage.resolve(tag, available: available).folders, ["en-GB"], tag)
        }
        XCTAssertEqual(try DocumentLanguage.resolve("cy", available: available).folders, ["cy"])
        XCTAssertEqual(try DocumentLanguage.resolve("cy-GB", available: available).folders, ["cy"])
        XCTAssertEqual(try DocumentLanguage.resolve("cy-en", available: available).folders, ["cy", "en-GB"])
    }

    func testFrenchIsRefusedNamingTheFieldAndTheChoices() throws {
        XCTAssertThrowsError(try DocumentLanguage.resolve("fr", available: available)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("client.language") && message.contains("\"fr\""), message)
            XCTAssertTrue(message.contains("cy") && message.contains("en-GB") && message.contains("cy-en"), message)
        }
        let engine = try TestSupport.engine()
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first))
        file.client.language = "fr"
        let schedule = try engine.schedule(for: file)
        XCTAssertThrowsError(try engine.render(.clientCopy, caseFile: file, schedule: schedule)) { error in
            guard case DocumentError.unsupportedLanguage(let language, _)? = error as? DocumentError else {
                return XCTFail("not an unsupported-language error: \(error)")
            }
            XCTAssertEqual(language, "fr")
        }
    }

    /// Every key, list item and table entry of every English wording file is in the Welsh
    /// one (the caseload report once it has a Welsh file).
    func testWelshHasEveryEnglishKey() throws {
        let root = TestSupport.templates + "/wording/"
        let documents = DocumentKind.allCases.map(\.rawValue)
            + (FileManager.default.fileExists(atPath: root + "cy/caseload.yaml") ? ["caseload"] : [])
        for document in documents {
            let english = try Wording.load(templates: TestSupport.templates, document: document, language: "en-GB")
            let welsh = try Wording.load(templates: TestSupport.templates, document: document, language: "cy")
            // A Wales version may be left out where the England and Wales one serves
            // (`Nation.key` falls back to it): the Welsh wording's is already Wales's.
            let missing = english.keyPaths.subtracting(welsh.keyPaths).filter { path in
                !(path.contains("@wales") && welsh.keyPaths.contains(path.replacingOccurrences(of: "@wales", with: "@england-and-wales")))
            }
            XCTAssertEqual(missing.sorted(), [], "cy lacks keys for \(document)")
        }
    }

    func testAMissingWelshKeyFailsLoudly() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates").path
        try FileManager.default.copyItem(atPath: TestSupport.templates, toPath: templates)
        let path = templates + "/wording/cy/client-copy.yaml"
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        try lines.filter { !$0.hasPrefix("calendar_heading:") }.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let engine = try DocumentEngine(templatesDirectory: templates)
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first))
        file.client.language = "cy"
        let schedule = try engine.schedule(for: file)
        XCTAssertThrowsError(try engine.render(.clientCopy, caseFile: file, schedule: schedule)) { error in
            XCTAssertEqual(error as? DocumentError, .missingWording(key: "calendar_heading", language: "cy"))
        }
    }

    func testWelshCountedNouns() throws {
        let wording = try Wording.load(templates: TestSupport.templates, document: "employer-report", language: "cy")
        let days = ["1": "1 diwrnod", "2": "2 ddiwrnod", "3": "3 diwrnod", "6": "6 diwrnod"]
        for (number, phrase) in days {
            XCTAssertEqual(try wording.text("capacity_days", ["days": number]), "Hyd at \(phrase) yr wythnos")
        }
        XCTAssertEqual(try wording.text("capacity_sitting", ["minutes": "2"]), "Eistedd am tua 2 funud ar y tro")
        XCTAssertEqual(try wording.text("capacity_sitting", ["minutes": "20"]), "Eistedd am tua 20 munud ar y tro")
        XCTAssertEqual(try wording.text("action_hours_detail", ["weeks": "2", "target_week": "2"]),
                       "Fel yn yr amserlen isod: 2 wythnos, gan gyrraedd yr oriau llawn yn wythnos\u{00A0}2.")
        XCTAssertEqual(PluralCategory.of("3", language: "cy"), "few")
        XCTAssertEqual(PluralCategory.of("1", language: "en-GB"), "one")
        XCTAssertEqual(PluralCategory.of("2", language: "en-GB"), "other")
        let english = try Wording.load(templates: TestSupport.templates, document: "employer-report", language: "en-IE")
        XCTAssertEqual(english.language, "en-GB")
        XCTAssertEqual(try english.text("capacity_days", ["days": "2"]), "Up to 2 days a week")
    }

    /// Welsh "na", "â" and "a" take their vowel forms before a number read with a vowel
    /// (un, wyth, un deg…): "nag 8 awr" but "na 6 awr"; English is left as filled.
    func testWelshSmallWordsBeforeVowelNumbers() throws {
        let welsh = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "cy")
        func longest(_ limit: String) throws -> String {
            try welsh.text("warn_more_shifts", ["week": "9", "most": "5", "usual": "3", "limit": limit, "full": "12\u{00A0}awr"])
        }
        for (limit, word) in [("8\u{00A0}awr", "nag"), ("1\u{00A0}awr", "nag"), ("11\u{00A0}awr", "nag"), ("18\u{00A0}awr", "nag"),
                              ("6\u{00A0}awr", "na"), ("10\u{00A0}awr", "na"), ("80\u{00A0}awr", "nag"), ("100\u{00A0}awr", "na")] {
            let sentence = try longest(limit)
            XCTAssertTrue(sentence.contains("yn hirach \(word) \(limit)."), "\(limit): \(sentence)")
        }
        let forms = try XCTUnwrap(VowelNumberForms(forms: ["na": "nag", "â": "ag", "a": "ac"], numbers: ["1", "8", "11-19", "80-89"]))
        XCTAssertEqual(forms.apply("gweithio â 8 person a {n} arall, na {m}", values: ["n": "11", "m": "2"]),
                       "gweithio ag 8 person ac {n} arall, na {m}")
        XCTAssertEqual(forms.apply("na", values: [:]), "na")
        // A case's own text is printed as written, even in English inside a Welsh sentence.
        let duty = try welsh.text("duty_from_week", ["duty": "Take a 15 minute walk", "week": "8", "date": "4 Mai 2026"])
        XCTAssertTrue(duty.hasPrefix("Take a 15 minute walk"), duty)
        let english = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "en-GB")
        XCTAssertTrue(try english.text("warn_more_shifts", ["week": "9", "most": "5", "usual": "3", "limit": "8 hours", "full": "12 hours"])
            .contains("no shift is longer than 8 hours"))
    }

    /// A date written in full never breaks across lines, even inside a Welsh weekday of
    /// two words ("Dydd Gwener").
    func testDatesInFullAreUnbroken() throws {
        let welsh = DateWords(wording: try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "cy"))
        let friday = try XCTUnwrap(LocalDate(year: 2026, month: 3, day: 20))
        XCTAssertEqual(welsh.inFull(friday), "Dydd\u{00A0}Gwener\u{00A0}20\u{00A0}Mawrth\u{00A0}2026")
        XCTAssertEqual(welsh.on(friday, inFull: false), "ddydd\u{00A0}Gwener\u{00A0}20\u{00A0}Mawrth", "Welsh dates name the month in full")
        let english = DateWords(wording: try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "en-GB"))
        XCTAssertEqual(english.inFull(friday), "Friday\u{00A0}20\u{00A0}March\u{00A0}2026")
    }

    /// Lengths spelled out for the client follow the same counted nouns: Welsh "2 funud",
    /// "3 munud"; English "1 hour", "2 hours". Each number stays with its unit.
    func testSpelledLengthsUseTheCountedNouns() throws {
        let welsh = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "cy")
        XCTAssertEqual(welsh.spelledDuration(minutes: 62), "1\u{00A0}awr 2\u{00A0}funud")
        XCTAssertEqual(welsh.spelledDuration(minutes: 3), "3\u{00A0}munud")
        XCTAssertEqual(welsh.spelledDuration(minutes: 120), "2\u{00A0}awr")
        let english = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "en-GB")
        XCTAssertEqual(english.spelledDuration(minutes: 61), "1\u{00A0}hour 1\u{00A0}minute")
        XCTAssertEqual(english.spelledDuration(minutes: 255), "4\u{00A0}hours 15\u{00A0}minutes")
    }

    /// Welsh dates come from the wording (as English ones do), so output does not depend
    /// on the ICU data of the machine; the names must agree with Foundation's Welsh locale.
    func testWelshDateNamesAgreeWithFoundation() throws {
        let wording = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "cy")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "cy")
        XCTAssertEqual(try wording.list("month_long"), formatter.monthSymbols)
        XCTAssertEqual(try wording.list("month_short"), formatter.shortMonthSymbols)
        let codes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        XCTAssertEqual(codes.map { wording.lookup("weekday_long", $0) }, formatter.weekdaySymbols)
    }
}
