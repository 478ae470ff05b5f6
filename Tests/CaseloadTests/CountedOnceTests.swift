@testable import Caseload
import Foundation
import PlanBuilder
import XCTest

/// One client counted once: folders named twice or inside each other are walked once,
/// and of two files with one reference the one whose path sorts first is counted,
/// whichever was read first.
final class CountedOnceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try HandMadeCaseload.folder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func walk(_ roots: [String]) throws -> [String] {
        let source = try CaseFileSource(roots: roots)
        var paths: [String] = []
        while let path = source.next() { paths.append(path) }
        return paths
    }

    func testOverlappingRootsAreWalkedOnce() throws {
        let nested = folder.appendingPathComponent("nested").path
        let file = folder.appendingPathComponent("A.yaml").path
        let source = try CaseFileSource(roots: [nested, folder.path, folder.path + "/", file])
        XCTAssertEqual(source.overlaps.map(\.given), [nested, folder.path + "/", file])
        XCTAssertEqual(source.overlaps.map(\.coveredBy), [folder.path, folder.path, folder.path])
        XCTAssertEqual(try walk([nested, folder.path, folder.path + "/", file]).count, 6)
        XCTAssertEqual(Set(try walk([folder.path]).map { URL(fileURLWithPath: $0).lastPathComponent }),
                       ["A.yaml", "B.yaml", "C.yaml", "D.yaml", "E.yaml", "F.yaml"])
    }

    func testNumberedListingIsTheSameOnEveryWalk() throws {
        func numbered() throws -> [String] {
            let source = try CaseFileSource(roots: [folder.path])
            var paths: [String] = []
            while let next = source.nextNumbered() {
                XCTAssertEqual(next.sequence, paths.count)
                paths.append(next.path)
            }
            return paths
        }
        XCTAssertEqual(try numbered(), try numbered())
    }

    /// File "A.yaml" and a second client given A's reference in "zz.yaml". Whichever the
    /// threads read first, the client is counted from A.yaml: here the resolver is handed
    /// zz.yaml as the file counted first, and must swap it for A.yaml.
    func testTheFileWhosePathSortsFirstIsCountedWhicheverWasReadFirst() throws {
        var impostor = HandMadeCaseload.clients[4]
        impostor.reference = "A"
        try HandMadeCaseload.yaml(impostor).write(to: folder.appendingPathComponent("zz.yaml"), atomically: true, encoding: .utf8)
        let reader = CaseFileReader()
        let original = CaseSummary(try reader.read(path: folder.appendingPathComponent("A.yaml").path))
        let copy = CaseSummary(try reader.read(path: folder.appendingPathComponent("zz.yaml").path))
        XCTAssertNotEqual(original, copy)
        let source = try CaseFileSource(roots: [folder.path])
        var sequences: [String: Int] = [:]
        while let next = source.nextNumbered() { sequences[URL(fileURLWithPath: next.path).lastPathComponent] = next.sequence }

        var readFirst = CaseloadTally()
        readFirst.add(copy)
        let later = LaterCopy(path: folder.appendingPathComponent("A.yaml").path, sequence: try XCTUnwrap(sequences["A.yaml"]),
                              summary: original, firstSequence: try XCTUnwrap(sequences["zz.yaml"]))
        let duplicates = try DuplicateResolver(roots: [folder.path], reader: reader).resolve([later], into: &readFirst)
        var expected = CaseloadTally()
        expected.add(original)
        XCTAssertEqual(readFirst.clients, 1)
        XCTAssertEqual(CaseloadFigures(readFirst).tables, CaseloadFigures(expected).tables)
        XCTAssertEqual(duplicates.map(\.reference), ["A"])
        XCTAssertEqual(duplicates.first?.paths.map { URL(fileURLWithPath: $0).lastPathComponent }, ["A.yaml", "zz.yaml"])
    }

    func testTheScanCountsAClientWithTwoFilesOnceOnAnyNumberOfThreads() throws {
        try HandMadeCaseload.yaml(HandMadeCaseload.clients[0]).write(to: folder.appendingPathComponent("nested/A-again.yaml"), atomically: true, encoding: .utf8)
        let alone = try CaseloadScanner(reader: CaseFileReader(), jobs: 1).scan([folder.appendingPathComponent("A.yaml").path])
        for jobs in [1, 3] {
            let scan = try CaseloadScanner(reader: CaseFileReader(), jobs: jobs).scan([folder.path, folder.path])
            XCTAssertEqual(scan.filesRead, 7)
            XCTAssertEqual(scan.tally.clients, 6)
            XCTAssertEqual(scan.duplicateFilesLeftOut, 1)
            XCTAssertEqual(scan.duplicates.map(\.reference), ["A"])
            XCTAssertEqual(scan.overlaps.count, 1)
            XCTAssertEqual(CaseloadFigures(scan.tally).referralSources.rows.first { $0.label == "gp" }?.cells.first, .count(2))
        }
        XCTAssertEqual(alone.tally.clients, 1)
    }

    func testTakingAClientBackOutLeavesTheTallyAsIfNeverCounted() throws {
        let reader = CaseFileReader()
        var tally = CaseloadTally()
        var expected = CaseloadTally()
        for client in HandMadeCaseload.clients {
            let summary = CaseSummary(try reader.read(bytes: Array(HandMadeCaseload.yaml(client).utf8), fileName: "x.yaml", baseDirectory: nil))
            tally.add(summary)
            if client.reference != "B" { expected.add(summary) }
            if client.reference == "B" { tally.add(summary); tally.remove(summary); tally.remove(summary) }
        }
        XCTAssertEqual(CaseloadFigures(tally).tables, CaseloadFigures(expected).tables)
        XCTAssertEqual(tally.clients, 5)
    }

    /// Two references with one 32-bit fingerprint are two clients; a third file with one
    /// of them is a duplicate of that one only.
    func testReferencesSharingAFingerprintAreStillTwoClients() throws {
        XCTAssertEqual(ReferenceRegistry.fingerprint("VR-0468088"), ReferenceRegistry.fingerprint("VR-1192106"))
        let other = try FileManager.default.temporaryDirectory.appendingPathComponent("collide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        for (name, reference) in [("a.yaml", "VR-0468088"), ("b.yaml", "VR-1192106"), ("c.yaml", "VR-1192106")] {
            var client = HandMadeCaseload.clients[0]
            client.reference = reference
            try HandMadeCaseload.yaml(client).write(to: other.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for jobs in [1, 2] {
            let scan = try CaseloadScanner(reader: CaseFileReader(), jobs: jobs).scan([other.path])
            XCTAssertEqual(scan.tally.clients, 2)
            XCTAssertEqual(scan.duplicates.map(\.reference), ["VR-1192106"])
            XCTAssertEqual(scan.duplicates.first?.paths.map { URL(fileURLWithPath: $0).lastPathComponent }, ["b.yaml", "c.yaml"])
        }
    }

    /// A link to a case file is the same client; a link back up the tree is not followed;
    /// a broken link with a case file's name is reported, not silently dropped.
    func testLinksAreCountedOnceAndNeverWalkedRoundInACircle() throws {
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link-to-A.yaml").path, withDestinationPath: "A.yaml")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("nested/up").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("gone.yaml").path, withDestinationPath: "nowhere.yaml")
        let scan = try CaseloadScanner(reader: CaseFileReader(), jobs: 2).scan([folder.path])
        XCTAssertEqual(scan.filesRead, 8)
        XCTAssertEqual(scan.tally.clients, 6)
        XCTAssertEqual(scan.duplicates.map(\.reference), ["A"])
        XCTAssertEqual(scan.invalid.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["gone.yaml"])
    }
}
