import Foundation
import XCTest
@testable import Documents

/// Writing a document: whole or not at all, a full disk said as such, temporary files
/// private to their owner and never left behind.
final class AtomicFileTests: XCTestCase {
    func testAFullDiskIsSaidAsSuch() {
        XCTAssertTrue(AtomicFile.problem(ENOSPC, in: "/letters").hasPrefix("the disk is full"))
        XCTAssertTrue(AtomicFile.problem(EDQUOT, in: "/letters").contains("quota"))
        XCTAssertTrue(AtomicFile.problem(EACCES, in: "/letters").contains("not allowed to write"))
    }

    /// A real failed write that fails for any user, root included: the "folder" is a file.
    /// A full disk needs a small file system to fill, which tests cannot mount; its wording
    /// is checked above and was tried by hand on a 64 KB tmpfs.
    func testAWriteThatFailsIsReportedAndLeavesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("letters")
        try Data("not a folder".utf8).write(to: blocker)
        XCTAssertThrowsError(try AtomicFile.write([1, 2, 3], to: blocker.appendingPathComponent("a.pdf").path)) { error in
            XCTAssertTrue("\(error)".contains("letters"), "the message names where it could not write: \(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["letters"], "nothing else left behind")
    }

    func testTheTemporaryFileIsPrivateAndGoneAfterTheWrite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = TemporaryFiles.name(for: "VR-1-rtw-plan.pdf")
        XCTAssertTrue(name.hasPrefix(".VR-1-rtw-plan.pdf.\(getpid())."))
        XCTAssertTrue(name.hasSuffix(".tmp"))
        try AtomicFile.write(Array("%PDF-1.5".utf8), to: folder.appendingPathComponent("VR-1-rtw-plan.pdf").path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["VR-1-rtw-plan.pdf"])
    }

    /// A batch writes a document, then leaves the wait for the disk and the rename to a
    /// thread of its own: until then the document does not exist under its name.
    func testAnUnfinishedFileHasNoNameUntilItIsFinished() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("VR-1-rtw-plan.pdf").path
        let unfinished = try AtomicFile.writeUnfinished(Array("%PDF-1.5".utf8), to: path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).count, 1, "only the temporary file")
        try unfinished.finish()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["VR-1-rtw-plan.pdf"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data("%PDF-1.5".utf8))

        let dropped = try AtomicFile.writeUnfinished(Array("%PDF-1.5".utf8), to: folder.appendingPathComponent("VR-2-rtw-plan.pdf").path)
        dropped.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["VR-1-rtw-plan.pdf"], "a discarded file leaves nothing")
    }

    func testTemporaryFilesAreCreatedReadableByTheirOwnerOnly() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(TemporaryFiles.name(for: "x.pdf")).path
        let previous = umask(0)
        defer { umask(previous) }
        let descriptor = TemporaryFiles.create(path)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        var info = stat()
        XCTAssertEqual(fstat(descriptor, &info), 0)
        close(descriptor)
        XCTAssertEqual(info.st_mode & 0o777, 0o600, "even with no umask at all")
        XCTAssertEqual(TemporaryFiles.create(path), -1, "an existing name is never reused")
    }

    func testFilesOfARunningProcessAreNotStale() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Process 1 is always running: its temporary files are left alone.
        let living = folder.appendingPathComponent(".x.pdf.1.2.tmp").path
        XCTAssertTrue(FileManager.default.createFile(atPath: living, contents: Data()))
        XCTAssertEqual(TemporaryFiles.removeStale(in: folder.path), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: living))
    }
}
