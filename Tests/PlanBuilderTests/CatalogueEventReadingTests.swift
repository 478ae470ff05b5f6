import Foundation
import XCTest
@testable import PlanBuilder

/// The catalogue read from libyaml's events must be the catalogue the node reader gives,
/// and must give up (so the node reader's errors are shown) whenever the node reader
/// refuses a file: checked on the shipped catalogue and on many changed copies of it.
final class CatalogueEventReadingTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        super.tearDown()
    }

    private static let files = ["adjustments.yaml", "limitations.yaml", "demands.yaml"]

    private func shipped(_ name: String) throws -> String {
        try String(contentsOfFile: CatalogueTests.templates + "/catalogue/" + name, encoding: .utf8)
    }

    /// A templates folder holding the shipped catalogue with `file` replaced by `text`.
    private func folder(_ file: String, _ text: String) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-catalogue-events-\(UUID().uuidString)")
        folders.append(root)
        let catalogue = root.appendingPathComponent("catalogue")
        try FileManager.default.createDirectory(at: catalogue, withIntermediateDirectories: true)
        for name in Self.files {
            try Data((name == file ? text : try shipped(name)).utf8).write(to: catalogue.appendingPathComponent(name))
        }
        return root.path
    }

    private func same(_ a: Catalogue, _ b: Catalogue) -> Bool {
        a.adjustments == b.adjustments && a.limitations == b.limitations && a.demands == b.demands
    }

    func testShippedCatalogueIsReadFromEventsAndMatchesTheNodeReader() throws {
        let fast = try XCTUnwrap(CatalogueEventReading.catalogue(folder: CatalogueTests.templates + "/catalogue"),
                                 "the shipped catalogue takes the fast way")
        let nodes = try Catalogue.loadFromNodes(templatesDirectory: CatalogueTests.templates)
        XCTAssertTrue(same(fast, nodes))
        XCTAssertGreaterThan(fast.adjustments.count, 80)
        XCTAssertTrue(fast.adjustments.contains { $0.reviewWeeks == nil }, "lasting adjustments keep no review")
        XCTAssertTrue(fast.adjustments.contains { !$0.requiresDemands.isEmpty })
    }

    /// One change to the shipped text: the file, what to find (its first occurrence) and
    /// what to put instead.
    private struct Change {
        let file: String
        let find: String
        let replace: String
        init(_ find: String, _ replace: String, in file: String = "adjustments.yaml") {
            self.file = file
            self.find = find
            self.replace = replace
        }
    }

    /// Changes the node reader refuses: the event reader must give up on every one.
    private let refused: [Change] = [
        Change("  why: Stopping", "  wyh: Stopping"),
        Change("  title: Regular rest breaks\n", "  title: Regular rest breaks\n  title: Again\n"),
        Change("title: Regular rest breaks", "title: ''"),
        Change("title: Regular rest breaks", "title:"),
        Change("title: Regular rest breaks", "title: '   '"),
        Change("title: Regular rest breaks", "title: [Regular rest breaks]"),
        Change("why: Stopping before tiredness", "why: {a: b}\n  x: Stopping before tiredness"),
        Change("category: hours", "category: hour"),
        Change("category: hours", "category: ~"),
        Change("limitations: [fatigue,", "limitations: [fatigu,"),
        Change("limitations: [fatigue,", "limitations: [fatigue, fatigue,"),
        Change("limitations: [fatigue,", "limitations: [Fatigue,"),
        Change("limitations: [fatigue,", "limitations: [~,"),
        Change("limitations: [fatigue, pain, concentration, anxiety, low-mood, standing, sitting, breathlessness, dizziness, heat-sensitivity, noise-sensitivity, pressure, drowsiness]", "limitations: []"),
        Change("limitations: [fatigue, pain, concentration, anxiety, low-mood, standing, sitting, breathlessness, dizziness, heat-sensitivity, noise-sensitivity, pressure, drowsiness]", "limitations: fatigue"),
        Change("demands: [prolonged-standing,", "demands: [prolonged-standin,"),
        Change("  demands: [prolonged-standing, prolonged-sitting, screen-work, concentration, long-shifts, customer-facing, telephone-work, fixed-breaks, emotional-demands, repetitive-work]\n", ""),
        Change("review_weeks: 6", "review_weeks: 0"),
        Change("review_weeks: 6", "review_weeks: 999"),
        Change("review_weeks: 6", "review_weeks: six"),
        Change("review_weeks: 6", "review_weeks: '6'"),
        Change("access_to_work: false", "access_to_work: maybe"),
        Change("access_to_work: false", "access_to_work: 'false'"),
        Change("  access_to_work: false\n", ""),
        Change("\n- code: rest-breaks", "\n- code: Rest-breaks"),
        Change("\n- code: rest-breaks", "\n- code: rest--breaks"),
        Change("\n- code: movement-breaks", "\n- code: rest-breaks"),
        Change("\n- code: rest-breaks", "\n- code: rest-breaks-renamed"),
        Change("description:", "description: ''\n  unused:", in: "limitations.yaml"),
        Change("- code:", "- code: fatigue\n  title: Twice\n  description: Twice.\n- code:", in: "limitations.yaml"),
        Change("title:", "titel:", in: "demands.yaml"),
        Change("\n- code: rest-breaks", "\n- not a mapping\n- code: rest-breaks"),
    ]

    /// Changes both readers accept (or that the event reader may leave to the node
    /// reader): whatever the event reader gives must be what the node reader gives.
    private let accepted: [Change] = [
        Change("title: Regular rest breaks", "title: \"Regular rest breaks\""),
        Change("title: Regular rest breaks", "title: '  Regular rest breaks  '"),
        Change("title: Regular rest breaks", "title: >-\n    Regular rest\n    breaks"),
        Change("review_weeks: 6", "review_weeks: ~"),
        Change("review_weeks: 6", "review_weeks:"),
        Change("  review_weeks: 6\n", ""),
        Change("review_weeks: 6", "review_weeks: 06"),
        Change("access_to_work: false", "access_to_work: no"),
        Change("title: Regular rest breaks", "title: &name Regular rest breaks"),
        Change("title: Regular rest breaks", "title: !!str Regular rest breaks"),
        Change("limitations: [sitting, standing, pain, concentration, drowsiness]",
               "limitations:\n    - sitting\n    - standing\n    - pain\n    - concentration\n    - drowsiness"),
        Change("limitations: [fatigue,", "limitations: ['fatigue',"),
        Change("\n- code: rest-breaks", "\n# a comment\n- code: rest-breaks   # and another"),
        Change("title: Tires easily", "title: \"Tires easily\"", in: "limitations.yaml"),
    ]

    private func apply(_ change: Change) throws -> String {
        let text = try shipped(change.file)
        let range = try XCTUnwrap(text.range(of: change.find), "\(change.find) is not in \(change.file)")
        return text.replacingCharacters(in: range, with: change.replace)
    }

    func testEveryChangeTheNodeReaderRefusesLeavesTheEventReaderToIt() throws {
        for change in refused {
            let root = try folder(change.file, try apply(change))
            XCTAssertThrowsError(try Catalogue.loadFromNodes(templatesDirectory: root), "\(change.find) -> \(change.replace) should be refused")
            XCTAssertTrue(CatalogueEventReading.catalogue(folder: root + "/catalogue") == nil, "events read \(change.replace)")
            // And the loader still names the node reader's problem.
            XCTAssertThrowsError(try Catalogue.load(templatesDirectory: root))
        }
    }

    func testAcceptedRewritingsReadTheSameEitherWay() throws {
        var readFromEvents = 0
        for change in accepted {
            let root = try folder(change.file, try apply(change))
            let nodes = try Catalogue.loadFromNodes(templatesDirectory: root)
            guard let fast = CatalogueEventReading.catalogue(folder: root + "/catalogue") else { continue }
            readFromEvents += 1
            XCTAssertTrue(same(fast, nodes), "\(change.replace) reads differently")
        }
        // Quoting, block scalars and lists, null review weeks and comments stay on the fast way.
        XCTAssertGreaterThanOrEqual(readFromEvents, 9)
    }

    func testAByteOrderMarkOrABrokenFileGoesTheNodeWay() throws {
        let adjustments = try shipped("adjustments.yaml")
        for text in ["\u{FEFF}" + adjustments, adjustments + "\n- code: [", "", "# only a comment\n"] {
            let root = try folder("adjustments.yaml", text)
            XCTAssertTrue(CatalogueEventReading.catalogue(folder: root + "/catalogue") == nil)
        }
        let bom = try folder("adjustments.yaml", "\u{FEFF}" + adjustments)
        XCTAssertTrue(same(try Catalogue.load(templatesDirectory: bom), try Catalogue.loadFromNodes(templatesDirectory: CatalogueTests.templates)))
    }
}
