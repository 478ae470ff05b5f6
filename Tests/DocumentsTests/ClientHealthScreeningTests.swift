import Foundation
import XCTest
import Documents
import PlanBuilder

/// Employer-bound free text is screened against the client's own conditions and the
/// shared list of health terms: what reads as health information is left out of the
/// rtw-plan and employer report (read back from the PDFs), and the field is named in a
/// warning; ordinary text that merely resembles a term is kept.
final class ClientHealthScreeningTests: XCTestCase {
    private static let caseText = """
        format: 1
        case: {reference: VR-SCREEN-1}
        client: {name: Sam Screen}
        employment:
          contract: {hours_per_week: 30}
        health:
          conditions:
            - name: Ulcerative colitis
            - name: HIV
            - name: Persistent low back pain
            - name: Frozen shoulder
        consent:
          share_with_employer: [schedule, duties, adjustments, functional_effects, goals, reviews]
        assessment:
          barriers:
            - {domain: workplace, description: OKBARRIER no lift to the second floor}
            - {domain: workplace, description: Methadone pickup every morning}
          strengths: [OKSTRENGTH archive filing, Copes well with bipolar episodes]
          limitations:
            - {code: fatigue, detail: OKLIMITATION tires by noon}
            - {code: concentration, detail: Epileptic seizures after night shifts}
        goals:
          - {horizon: short, text: OKGOAL back to full contracted hours}
          - {horizon: long, text: Manage schizophrenia at work}
        plan:
          start: 2026-03-02
          duties:
            - {duty: Filing while ulcerative colitis affects grip, until_week: 2}
            - {duty: OKDUTY lifting above shoulder height, from_week: 3}
            - {duty: OKARCHIVE archive boxes, from_week: 2}
        adjustments:
          - {title: Time off for HIV clinic visits}
          - {code: regular-check-ins, title: Check-ins about bipolar mood}
          - {code: rest-breaks, detail: Breaks for stoma care}
          - {code: quiet-space, detail: OKADJUSTMENT quiet room for calls}
        reviews:
          - {date: 2026-03-13, week: 2, hours_worked: 10, note: Had a miscarriage last week}
          - {date: 2026-03-27, week: 4, hours_worked: 20, note: OKREVIEW good week}
        """

    private static let withheldWords = ["colitis", "HIV", "Methadone", "bipolar", "Epileptic", "seizures",
                                        "schizophrenia", "stoma", "miscarriage"]

    private func caseFile(_ engine: DocumentEngine, text: String = caseText) throws -> CaseFile {
        try engine.reader.read(bytes: Array(text.utf8), fileName: "screen.yaml", baseDirectory: nil)
    }

    func testEveryEmployerBoundFieldIsScreenedAndNamed() throws {
        let engine = try TestSupport.engine()
        XCTAssertEqual(engine.disclosureWarnings(for: try caseFile(engine)), [
            "plan.duties[0].duty", "assessment.barriers[1].description", "assessment.strengths[1]",
            "assessment.limitations[1].detail", "goals[1].text", "adjustments[0].title", "adjustments[1].title",
            "adjustments[2].detail", "reviews[0].note",
        ])
    }

    func testEmployerDocumentsLeaveOutHealthTextAndKeepTheRest() throws {
        let engine = try TestSupport.engine()
        let file = try caseFile(engine)
        let schedule = try engine.schedule(for: file)
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let text = try TestSupport.text(of: try engine.render(kind, caseFile: file, schedule: schedule))
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let words = Set(flat.lowercased().split { !$0.isLetter }.map(String.init))
            for word in Self.withheldWords {
                XCTAssertFalse(words.contains(word.lowercased()), "\(kind.rawValue) shows \(word)")
            }
            for marker in ["OKDUTY", "OKARCHIVE", "OKADJUSTMENT"] {
                XCTAssertTrue(flat.contains(marker), "\(kind.rawValue) lost \(marker)")
            }
            if kind == .employerReport {
                for marker in ["OKBARRIER", "OKSTRENGTH", "OKLIMITATION", "OKGOAL", "OKREVIEW", "Regular check-ins"] {
                    XCTAssertTrue(flat.contains(marker), "employer report lost \(marker)")
                }
            }
        }
    }

    func testTheClientsOwnCopyKeepsEverything() throws {
        let engine = try TestSupport.engine()
        let file = try caseFile(engine)
        let text = try TestSupport.text(of: try engine.render(.clientCopy, caseFile: file, schedule: try engine.schedule(for: file)))
        XCTAssertTrue(text.contains("colitis"), "the client's own copy is not screened")
    }

    func testConsentToDiscloseTheDiagnosisLetsItThrough() throws {
        let engine = try TestSupport.engine()
        let disclosed = Self.caseText.replacingOccurrences(of: "  share_with_employer:", with: "  disclose_diagnosis: true\n  share_with_employer:")
        XCTAssertEqual(engine.disclosureWarnings(for: try caseFile(engine, text: disclosed)), [])
    }

    func testTermsMatchWholeWordsPrefixesPhrasesAndTheClientsAbbreviations() throws {
        let terms = HealthTerms(terms: ["hiv", "epilep*", "heart attack"], ignored: ["persistent", "shoulder"])
        let health = Health(conditions: [Condition(name: "MS"), Condition(name: "Persistent low back pain"),
                                         Condition(name: "Frozen shoulder")])
        let screen = HealthTextScreen(terms: terms, health: health)
        XCTAssertEqual(screen.terms(in: "Archive and shiver"), [])
        XCTAssertEqual(screen.terms(in: "HIV clinic"), ["hiv"])
        XCTAssertEqual(screen.terms(in: "after an epileptic fit"), ["epilep*"])
        XCTAssertEqual(screen.terms(in: "had a heart attack"), ["heart attack"])
        XCTAssertEqual(screen.terms(in: "his heart is in it; an attack"), [])
        XCTAssertEqual(screen.terms(in: "MS flare"), ["MS"])
        XCTAssertEqual(screen.terms(in: "30 ms delay, persistent effort, above shoulder height, back to full hours"), [])
        XCTAssertEqual(screen.terms(in: "Persistent low back pain"), ["persistent low back pain"])
        let phrasePrefix = HealthTextScreen(terms: HealthTerms(terms: ["side effect*"], ignored: []), health: nil)
        XCTAssertEqual(phrasePrefix.terms(in: "the side effects of it"), ["side effect*"])
        XCTAssertEqual(phrasePrefix.terms(in: "one side, the effect"), [])
    }

    /// A text whose health information is only in its reason keeps the longest clean
    /// opening, cut before a reason word or a clause mark, never at a comma or inside a time.
    func testACleanOpeningIsCutBeforeTheReason() throws {
        let terms = HealthTerms(terms: ["medication", "surgery", "insulin", "chemotherapy"], ignored: [],
                                reasonWords: ["while", "because", "due to", "for", "after"])
        let screen = HealthTextScreen(terms: terms, health: nil)
        XCTAssertEqual(screen.cleanOpening(of: "Start at 10:00 while morning medication causes drowsiness."), "Start at 10:00.")
        XCTAssertEqual(screen.cleanOpening(of: "No lifting, carrying or reaching because of surgery"), "No lifting, carrying or reaching.")
        XCTAssertEqual(screen.cleanOpening(of: "Rest breaks; insulin at 12:30"), "Rest breaks.")
        XCTAssertEqual(screen.cleanOpening(of: "Home working due to chemotherapy for six weeks"), "Home working.")
        XCTAssertEqual(screen.cleanOpening(of: "Breaks for insulin for the first month"), "Breaks.",
                       "the cut before the health word, not the later, longer one")
        XCTAssertNil(screen.cleanOpening(of: "Medication at 10:00 while at work"), "health information in the opening itself")
        XCTAssertNil(screen.cleanOpening(of: "Insulin breaks"), "nowhere to cut")
        XCTAssertNil(screen.cleanOpening(of: "Because of surgery"), "nothing before the reason")
    }

    /// Words with an everyday meaning at work are not in the shared list on their own.
    func testTheSharedListLeavesEverydayWorkWordsAlone() throws {
        let screen = try TestSupport.engine().healthScreen(for: try TestSupport.engine().reader.read(
            bytes: Array("format: 1\ncase: {reference: X}\nclient: {name: A}\n".utf8), fileName: "x.yaml", baseDirectory: nil))
        for text in ["Airport terminal duties", "Forklift operative tasks", "Roadside breakdown calls",
                     "Psychosocial risk assessment", "Archive filing", "Lifting aids in the store", "Tablet computer set-up"] {
            XCTAssertEqual(screen.terms(in: text), [], text)
        }
        for text in ["HIV", "bipolar disorder", "after a seizure", "schizophrenia", "stoma bag", "a miscarriage",
                     "methadone script", "epileptic", "side effects", "on antidepressants"] {
            XCTAssertFalse(screen.terms(in: text).isEmpty, text)
        }
    }
}
