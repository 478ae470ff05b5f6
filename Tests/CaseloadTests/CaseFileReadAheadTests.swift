@testable import Caseload
import Foundation
import Synchronization
import XCTest

/// The caseload's read-ahead: it asks for files just in front of the readers, never far
/// ahead of them, never for what they already have, and gives up once the files turn
/// out to be in memory already.
final class CaseFileReadAheadTests: XCTestCase {
    private var folder: URL!
    private let fileCount = 1_000

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("read-ahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<fileCount {
            try "case:\n  reference: R\(index)\n".write(to: folder.appendingPathComponent("case-\(index).yaml"), atomically: false, encoding: .utf8)
        }
        try "not a case file".write(to: folder.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func sources() throws -> (walk: CaseFileSource, readers: CaseFileSource) {
        (try CaseFileSource(roots: [folder.path]), try CaseFileSource(roots: [folder.path]))
    }

    /// Readers that do not move: the read-ahead asks for the window's files and waits.
    func testNeverMoreThanTheWindowAheadOfTheReaders() throws {
        let (walk, readers) = try sources()
        for _ in 0..<10 { _ = readers.next() }
        let finished = Atomic<Bool>(false)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { finished.store(true, ordering: .relaxed) }
        var asked: [String] = []
        CaseFileReadAhead.readAhead(walk, of: readers, window: 50, isFinished: { finished.load(ordering: .relaxed) }) { path in
            asked.append(path)
            return true
        }
        XCTAssertEqual(asked.count, 51, "the files numbered 10 to 60: the readers are at 10, the window is 50")
        var listing: [String] = []
        let again = try CaseFileSource(roots: [folder.path])
        while let path = again.next() { listing.append(path) }
        XCTAssertTrue(asked == Array(listing[10...60]), "in the readers' order, starting where they are")
    }

    /// Files found in memory one after another: reading ahead stops, so a warm caseload
    /// pays for a few hundred checks and no more.
    func testStopsAfterARunOfFilesAlreadyInMemory() throws {
        let (walk, readers) = try sources()
        var asked = 0
        CaseFileReadAhead.readAhead(walk, of: readers, isFinished: { false }) { _ in
            asked += 1
            _ = readers.next()
            return false
        }
        XCTAssertEqual(asked, CaseFileReadAhead.warmRunToStop)
        XCTAssertLessThan(asked, fileCount)
    }

    /// A file that had to be asked for resets the run: files from disk keep it going to
    /// the end of the walk.
    func testFilesFromDiskAreReadAheadToTheEnd() throws {
        let (walk, readers) = try sources()
        var asked = 0
        CaseFileReadAhead.readAhead(walk, of: readers, isFinished: { false }) { _ in
            asked += 1
            _ = readers.next()
            return asked % 400 == 0
        }
        XCTAssertEqual(asked, fileCount, "every case file, and not notes.txt")
    }

    /// A file just written is in memory, so the real check says there is nothing to ask for.
    func testAFileJustWrittenNeedsNoReadingAhead() throws {
        XCTAssertFalse(CaseFileReadAhead.askForContents(of: folder.appendingPathComponent("case-7.yaml").path))
        XCTAssertTrue(CaseFileReadAhead.askForContents(of: folder.appendingPathComponent("missing.yaml").path),
                      "a file that cannot be opened is left to the reader, which reports it")
    }

    /// The whole scan with the read-ahead running beside it counts every file once.
    func testAScanWithTheReadAheadCountsEveryFile() throws {
        let scan = try CaseloadScanner(reader: .init(), jobs: 2).scan([folder.path])
        XCTAssertEqual(scan.filesRead, fileCount)
    }
}
