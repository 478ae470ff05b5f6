import Foundation
import XCTest
@testable import PlanBuilder

/// Checks the shipped catalogues in `templates/catalogue/` and the loader's strictness.
final class CatalogueTests: XCTestCase {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repoRoot.appendingPathComponent("templates").path

    private func shipped() throws -> Catalogue {
        try Catalogue.load(templatesDirectory: Self.templates)
    }

    // MARK: the shipped data

    func testShippedCatalogueLoadsWithEnoughEntries() throws {
        let catalogue = try shipped()
        XCTAssertGreaterThanOrEqual(catalogue.adjustments.count, 60)
        XCTAssertGreaterThanOrEqual(catalogue.limitations.count, 18)
        XCTAssertGreaterThanOrEqual(catalogue.demands.count, 12)
    }

    func testEveryCategoryHasAdjustments() throws {
        let catalogue = try shipped()
        for category in ["hours", "duties", "environment", "equipment", "support", "travel", "communication", "policy"] {
            XCTAssertGreaterThanOrEqual(catalogue.adjustments(inCategory: category).count, 5, category)
        }
        XCTAssertEqual(Set(catalogue.adjustments.map(\.category)), Set(Adjustment.categories))
    }

    /// The codes case-file.md says every catalogue has, written out here rather than
    /// taken from `Catalogue.required*`, so a change to either side is caught.
    func testCodesEveryCatalogueHasResolve() throws {
        let catalogue = try shipped()
        let limitations = ["fatigue", "pain", "lifting", "standing", "sitting", "walking", "fine-motor",
                           "concentration", "memory", "anxiety", "low-mood", "bowel-urgency", "vision",
                           "hearing", "heat-sensitivity", "travel", "dizziness", "sleep"]
        let demands = ["lifting", "carrying", "prolonged-standing", "prolonged-sitting", "walking", "driving",
                       "night-work", "customer-facing", "screen-work", "concentration", "deadlines", "travel"]
        let adjustments = ["rest-breaks", "movement-breaks", "later-start", "reduced-hours", "shorter-shifts",
                           "no-nights", "appointment-time-off", "home-working", "fixed-desk", "sit-stand-desk",
                           "lifting-aids", "cooling", "uniform-change", "toilet-access", "buddy",
                           "regular-check-ins", "workload-review", "travel-support", "quiet-space",
                           "written-instructions", "assistive-software", "parking-space"]
        for code in limitations { XCTAssertNotNil(catalogue.limitation(code), "limitation \(code)") }
        for code in demands { XCTAssertNotNil(catalogue.demand(code), "demand \(code)") }
        for code in adjustments { XCTAssertNotNil(catalogue.adjustment(code), "adjustment \(code)") }
        XCTAssertEqual(Set(Catalogue.requiredLimitations), Set(limitations))
        XCTAssertEqual(Set(Catalogue.requiredDemands), Set(demands))
        XCTAssertEqual(Set(Catalogue.requiredAdjustments), Set(adjustments))
    }

    /// Every code the shared example case files use must resolve, or those files fail
    /// to read.
    func testCodesUsedByExampleCaseFilesResolve() throws {
        let catalogue = try shipped()
        let folder = ReadingPaths.examples.path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var checked = 0
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let codes = ExampleCodeScanner.scan(text)
            for code in codes.limitations { XCTAssertNotNil(catalogue.limitation(code), "\(file): limitation \(code)") }
            for code in codes.demands where CatalogueNodeReader.isKebabCase(code) {
                XCTAssertNotNil(catalogue.demand(code), "\(file): demand \(code)")
            }
            for code in codes.adjustments { XCTAssertNotNil(catalogue.adjustment(code), "\(file): adjustment \(code)") }
            checked += codes.limitations.count + codes.demands.count + codes.adjustments.count
        }
        XCTAssertGreaterThan(checked, 10, "the scanner found too few codes to be trusted")
    }

    func testCrossReferencesAndFieldsAreSound() throws {
        let catalogue = try shipped()
        let known = catalogue.knownCodes
        XCTAssertEqual(known.adjustments.count, catalogue.adjustments.count, "adjustment codes are unique")
        XCTAssertEqual(known.limitations.count, catalogue.limitations.count, "limitation codes are unique")
        XCTAssertEqual(known.demands.count, catalogue.demands.count, "demand codes are unique")
        for entry in catalogue.adjustments {
            XCTAssertTrue(CatalogueNodeReader.isKebabCase(entry.code), entry.code)
            XCTAssertFalse(entry.limitations.isEmpty, entry.code)
            XCTAssertTrue(Set(entry.limitations).isSubset(of: known.limitations), entry.code)
            XCTAssertTrue(Set(entry.demands).isSubset(of: known.demands), entry.code)
            XCTAssertTrue(Set(entry.requiresDemands).isSubset(of: known.demands), entry.code)
            XCTAssertTrue(entry.involves.hasSuffix("."), "\(entry.code): involves should be sentences")
            XCTAssertTrue(entry.why.hasSuffix("."), "\(entry.code): why should be a sentence")
            if let weeks = entry.reviewWeeks { XCTAssertTrue((1...104).contains(weeks), entry.code) }
        }
    }

    /// `why` reaches employer documents whatever the consent, so it must not name a
    /// condition; all text is in UK English.
    func testWordingIsPlainUKEnglishWithoutDiagnoses() throws {
        let catalogue = try shipped()
        let diagnoses = ["cancer", "arthritis", "depression", "diabetes", "sclerosis", "stroke", "ptsd",
                         "crohn", "colitis", "chemotherapy", "menopause", "adhd", "autism", "epilepsy"]
        let americanisms = ["color", "center", "organiz", "prioritiz", "recogniz", "favor", "behavior",
                            "program ", "programs", "traveling", "license ", "realiz", "minimiz", "labor"]
        var texts = catalogue.adjustments.flatMap { [$0.title, $0.involves, $0.why] }
        texts += (catalogue.limitations + catalogue.demands).flatMap { [$0.title, $0.description] }
        for text in texts {
            let lower = text.lowercased()
            for word in americanisms { XCTAssertFalse(lower.contains(word), "US spelling '\(word)' in: \(text)") }
        }
        for entry in catalogue.adjustments {
            for word in diagnoses { XCTAssertFalse(entry.why.lowercased().contains(word), "\(entry.code): \(word)") }
        }
        for entry in catalogue.limitations {
            for word in diagnoses { XCTAssertFalse(entry.description.lowercased().contains(word), "\(entry.code): \(word)") }
        }
    }

    func testLookupsAndAccessToWork() throws {
        let catalogue = try shipped()
        XCTAssertEqual(catalogue.adjustment("rest-breaks")?.title, "Regular rest breaks")
        XCTAssertEqual(catalogue.adjustment("rest-breaks")?.category, "hours")
        XCTAssertEqual(catalogue.limitation("fatigue")?.title, "Tires easily")
        XCTAssertEqual(catalogue.demand("night-work")?.title, "Night work")
        XCTAssertNil(catalogue.adjustment("fatigue"))
        XCTAssertNil(catalogue.limitation("rest-breaks"))
        XCTAssertNil(catalogue.demand("Rest-Breaks"))
        for code in ["sit-stand-desk", "assistive-software", "taxi-fares", "job-coach", "support-worker"] {
            XCTAssertEqual(catalogue.adjustment(code)?.accessToWork, true, code)
        }
        for code in ["rest-breaks", "no-nights", "buddy", "workload-review"] {
            XCTAssertEqual(catalogue.adjustment(code)?.accessToWork, false, code)
        }
        XCTAssertNil(catalogue.adjustment("sit-stand-desk")?.reviewWeeks, "a lasting adjustment has no review")
        XCTAssertEqual(catalogue.adjustment("no-nights")?.requiresDemands, ["night-work"])
    }

    func testSearchIsCaseInsensitiveAndRanksTitlesFirst() throws {
        let catalogue = try shipped()
        let desk = catalogue.search("DESK").map(\.code)
        XCTAssertTrue(desk.contains("sit-stand-desk"))
        XCTAssertTrue(desk.contains("fixed-desk"))
        let firstBodyOnly = desk.firstIndex { code in
            let entry = catalogue.adjustment(code)!
            return !(entry.title.lowercased().contains("desk") || entry.code.contains("desk"))
        }
        if let firstBodyOnly {
            XCTAssertTrue(desk[firstBodyOnly...].allSatisfy { code in
                let entry = catalogue.adjustment(code)!
                return !(entry.title.lowercased().contains("desk") || entry.code.contains("desk"))
            }, "headline matches come before matches in the body text")
        }
        XCTAssertEqual(catalogue.search("desk").map(\.code), desk)
        XCTAssertTrue(catalogue.search("access to work").map(\.code).contains("taxi-fares"))
        XCTAssertTrue(catalogue.search("travel").map(\.code).contains("parking-space"), "category is searched")
        XCTAssertTrue(catalogue.search("screen reader").map(\.code).contains("assistive-software"))
        XCTAssertEqual(catalogue.search("   "), [])
        XCTAssertEqual(catalogue.search("xylophone"), [])
    }

    func testKnownCodesMatchEntries() throws {
        let catalogue = try shipped()
        let known = catalogue.knownCodes
        XCTAssertEqual(known.adjustments, Set(catalogue.adjustments.map(\.code)))
        XCTAssertTrue(known.limitations.contains("bowel-urgency"))
        XCTAssertTrue(known.demands.contains("customer-facing"))
        XCTAssertFalse(known.adjustments.contains("fatigue"))
    }
}

/// Pulls the limitation, job-demand and adjustment codes out of a case file by its
/// layout, without a YAML library, so the test does not trust the code it checks.
enum ExampleCodeScanner {
    static func scan(_ text: String) -> (limitations: [String], demands: [String], adjustments: [String]) {
        var result: (limitations: [String], demands: [String], adjustments: [String]) = ([], [], [])
        var top = "", second = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let indent = line.prefix { $0 == " " }.count
            let body = line.trimmingCharacters(in: .whitespaces)
            if body.isEmpty || body.hasPrefix("#") { continue }
            if indent == 0, let key = body.split(separator: ":").first { top = String(key); second = ""; continue }
            if indent == 2, !body.hasPrefix("-"), let key = body.split(separator: ":").first { second = String(key) }
            if body.hasPrefix("- code:") {
                let code = value(body, after: "- code:")
                if top == "adjustments" { result.adjustments.append(code) }
                if top == "assessment" && second == "limitations" { result.limitations.append(code) }
            } else if body.hasPrefix("- demand:"), top == "employment", second == "job_demands" {
                result.demands.append(value(body, after: "- demand:"))
            }
        }
        return result
    }

    private static func value(_ body: String, after prefix: String) -> String {
        body.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }

    func testCodesAreLowerCaseWordsJoinedBySingleHyphens() {
        for code in ["sit-stand-desk", "a", "b2", "phased-return-4"] { XCTAssertTrue(CatalogueNodeReader.isKebabCase(code), code) }
        for code in ["", "-", "-a", "a-", "a--b", "Sit-stand", "sit stand", "sit_stand", "ŵyl", "café"] {
            XCTAssertFalse(CatalogueNodeReader.isKebabCase(code), code)
        }
    }
}
