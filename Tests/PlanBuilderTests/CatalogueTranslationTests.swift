import Foundation
import XCTest
@testable import PlanBuilder

/// A translation of the catalogue changes words only, and must cover every code: a
/// missing, unknown or repeated code, or a missing text, stops the run and says which.
final class CatalogueTranslationTests: XCTestCase {
    private let english = Catalogue(
        adjustments: [
            AdjustmentEntry(code: "rest-breaks", title: "Regular rest breaks", category: "hours", involves: "Short breaks.",
                            why: "Keeps them going.", limitations: ["fatigue"], demands: [], accessToWork: false),
            AdjustmentEntry(code: "sit-stand-desk", title: "A sit-stand desk", category: "equipment", involves: "A desk.",
                            why: "Eases discomfort.", limitations: ["sitting"], demands: [], accessToWork: true),
        ],
        limitations: [CatalogueEntry(code: "fatigue", title: "Tires easily", description: "Energy runs out.")],
        demands: [CatalogueEntry(code: "screen-work", title: "Screen work", description: "Hours at a screen.")])

    private func folder(adjustments: String,
                        limitations: String = "- code: fatigue\n  title: Blino'n hawdd\n  description: Mae egni'n rhedeg allan.\n",
                        demands: String = "- code: screen-work\n  title: Gwaith sgrin\n  description: Oriau wrth sgrin.\n") throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-translation-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let cy = root.appendingPathComponent("catalogue/cy")
        try FileManager.default.createDirectory(at: cy, withIntermediateDirectories: true)
        try adjustments.write(to: cy.appendingPathComponent("adjustments.yaml"), atomically: true, encoding: .utf8)
        try limitations.write(to: cy.appendingPathComponent("limitations.yaml"), atomically: true, encoding: .utf8)
        try demands.write(to: cy.appendingPathComponent("demands.yaml"), atomically: true, encoding: .utf8)
        return root.path
    }

    private let bothAdjustments = """
        - code: rest-breaks
          title: Seibiannau rheolaidd
          involves: Seibiannau byr.
          why: Mae'n eu helpu i ddal ati.
        - code: sit-stand-desk
          title: Desg eistedd-sefyll
          involves: Desg.
          why: Mae'n lleddfu anghysur.
        """

    func testTranslatesWordsAndKeepsEverythingElse() throws {
        let welsh = try CatalogueTranslation.translate(english, templatesDirectory: try folder(adjustments: bothAdjustments), language: "cy")
        XCTAssertEqual(welsh.adjustment("sit-stand-desk")?.title, "Desg eistedd-sefyll")
        XCTAssertEqual(welsh.adjustment("sit-stand-desk")?.accessToWork, true)
        XCTAssertEqual(welsh.adjustment("rest-breaks")?.limitations, ["fatigue"])
        XCTAssertEqual(welsh.limitation("fatigue")?.title, "Blino'n hawdd")
        XCTAssertEqual(welsh.demand("screen-work")?.description, "Oriau wrth sgrin.")
        XCTAssertEqual(welsh.knownCodes.adjustments, english.knownCodes.adjustments)
    }

    func testEveryMistakeIsNamed() throws {
        let broken = """
            - code: rest-breaks
              title: Seibiannau rheolaidd
              involves: Seibiannau byr.
            - code: sit-stand-dsk
              title: Desg
              involves: Desg.
              why: Lleddfu.
            - code: rest-breaks
              title: Eto
              involves: Eto.
              why: Eto.
              category: hours
            """
        XCTAssertThrowsError(try CatalogueTranslation.translate(english, templatesDirectory: try folder(adjustments: broken), language: "cy")) { error in
            let message = "\(error)"
            for expected in [
                "adjustments.yaml:1:3: [0]: rest-breaks has no why",
                "adjustments.yaml:4:9: [1].code: sit-stand-dsk is not a code of the English catalogue. Did you mean sit-stand-desk?",
                "adjustments.yaml:8:9: [2].code: rest-breaks is translated twice",
                "adjustments.yaml:12:3: [2].category: unknown key",
                "1 code has no cy text: sit-stand-desk",
            ] {
                XCTAssertTrue(message.contains(expected), "missing “\(expected)” in:\n\(message)")
            }
        }
    }

    func testAMissingTranslationStopsTheRun() throws {
        let root = try folder(adjustments: bothAdjustments)
        try FileManager.default.removeItem(atPath: root + "/catalogue/cy/limitations.yaml")
        XCTAssertThrowsError(try CatalogueTranslation.translate(english, templatesDirectory: root, language: "cy")) { error in
            XCTAssertTrue("\(error)".contains("limitations.yaml is missing or cannot be read; documents in cy would print"), "\(error)")
        }
    }
}
