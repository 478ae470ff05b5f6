import XCTest
@testable import Documents
@testable import PlanBuilder

/// Case text in English quoted by Welsh documents is pointed out to the case manager once,
/// on `client.language`, with the fields; Welsh text and words neither language's everyday
/// lists know are left alone.
final class CaseTextLanguageTests: XCTestCase {
    private func languageWarnings(_ language: String, example: String = "back-pain") throws -> [CaseWarning] {
        let engine = try TestSupport.engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains(example) }))
        caseFile.client.language = language
        return engine.caseWarnings(for: caseFile).filter { $0.field == "client.language" }
    }

    func testEnglishCaseTextInWelshDocumentsIsNamedOnce() throws {
        for language in ["cy", "cy-en"] {
            let warnings = try languageWarnings(language)
            XCTAssertEqual(warnings.count, 1, language)
            let problem = try XCTUnwrap(warnings.first?.problem)
            XCTAssertTrue(problem.contains("the documents are in \(language)"), problem)
            // Every quoted text, short ones and the health section's too, named up to twelve.
            XCTAssertTrue(problem.contains("18 texts they quote word for word read as English (plan.duties[0].duty, plan.duties[1].duty, adjustments[1].detail, adjustments[3].detail, goals[0].text, goals[1].text,"), problem)
            XCTAssertTrue(problem.hasSuffix("and 6 more); they are printed as written"), problem)
        }
        XCTAssertEqual(try languageWarnings("en-GB"), [])
        XCTAssertEqual(try languageWarnings("en-GB", example: "cancer"), [])
    }

    func testOnlyTextWithEnoughEnglishWordsReadsAsEnglish() throws {
        let english = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "en-GB").list("everyday_words")
        let welsh = try Wording.load(templates: TestSupport.templates, document: "client-copy", language: "cy").list("everyday_words")
        let check = CaseTextLanguageCheck(language: "cy", ownWords: Set(welsh), englishWords: Set(english))
        XCTAssertTrue(check.readsAsEnglish("Start at 10:00 while morning medication causes drowsiness."))
        XCTAssertTrue(check.readsAsEnglish("Back on the full rota, with night shifts only if fatigue allows."))
        XCTAssertFalse(check.readsAsEnglish("Dechrau am 10:00 tra bod y feddyginiaeth yn achosi cysgadrwydd yn y bore."))
        XCTAssertFalse(check.readsAsEnglish("Yn ôl ar y rota lawn, gyda shifftiau nos dim ond os bydd y blinder yn caniatáu."))
        XCTAssertTrue(check.readsAsEnglish("Night shifts"), "an English word and no Welsh one")
        XCTAssertTrue(check.readsAsEnglish("Start at 10:00."), "'at' is Welsh too and counts for neither")
        XCTAssertFalse(check.readsAsEnglish("Shifftiau nos"))
        XCTAssertFalse(check.readsAsEnglish("Physiotherapy"), "no everyday word of either language: cannot be judged")
    }
}
