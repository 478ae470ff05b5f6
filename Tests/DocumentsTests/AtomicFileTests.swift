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

    /// A real failed write: a folder we may not write in (skipped as root, who may write
    /// anywhere). A full disk needs a small file system to fill, which tests cannot mount;
    /// its wording is checked above and was tried by hand on a 64 KB tmpfs.
    func testAFolderThatCannotBeWrittenIsReportedAndLeavesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { chmod(folder.path, 0o755); try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o500)
        guard access(folder.path, W_OK) != 0 else { throw XCTSkip("running as a user who may write anywhere") }
        XCTAssertThrowsError(try AtomicFile.write([1, 2, 3], to: folder.appendingPathComponent("a.pdf").path)) { error in
            XCTAssertTrue("\(error)".contains("not allowed to write"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
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
