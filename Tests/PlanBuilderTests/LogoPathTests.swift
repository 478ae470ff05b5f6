import Foundation
import XCTest
@testable import PlanBuilder

/// `case.service.logo` may only name a small PNG file inside the case file's folder or the
/// templates folder; anything else is a validation error with its line, found quickly.
final class LogoPathTests: XCTestCase {
    private var folder: URL!
    private var outside: URL!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("logo-\(UUID().uuidString)")
        folder = root.appendingPathComponent("cases")
        outside = root.appendingPathComponent("elsewhere")
        for url in [folder!, outside!] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    /// The first bytes of a PNG of the given size (all the reader looks at).
    private func png(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        return Data(bytes + [8, 6, 0, 0, 0])
    }

    private func issues(logo: String, templates: String? = nil) -> [CaseFileIssue] {
        let text = "format: 1\ncase:\n  reference: VR-1\n  service:\n    name: S\n    logo: \(logo)\nclient: {name: A}\n"
        let path = folder.appendingPathComponent("case.yaml").path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let started = Date()
        defer { XCTAssertLessThan(Date().timeIntervalSince(started), 1) }
        do {
            let caseFile = try CaseFileReader(templatesDirectory: templates).read(path: path)
            XCTAssertNotNil(caseFile.caseInfo.service?.logo)
            return []
        } catch {
            return error.issues
        }
    }

    func testASmallPNGInTheCaseFilesFolderIsAccepted() throws {
        try png(width: 600, height: 200).write(to: folder.appendingPathComponent("logo.png"))
        XCTAssertEqual(issues(logo: "logo.png").map(\.description), [])
    }

    func testAPNGInTheTemplatesFolderIsAccepted() throws {
        try png(width: 600, height: 200).write(to: outside.appendingPathComponent("brand.png"))
        XCTAssertEqual(issues(logo: outside.appendingPathComponent("brand.png").path, templates: outside.path).count, 0)
    }

    func testAFIFONamedLikeAPNGIsRefusedWithoutBlocking() throws {
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("x.png").path, 0o600), 0)
        let found = issues(logo: "x.png")
        XCTAssertEqual(found.map(\.path), ["case.service.logo"])
        XCTAssertTrue(found.first?.problem.contains("is not a regular file") ?? false, found.first?.problem ?? "")
        XCTAssertEqual(found.first?.location?.line, 6)
    }

    func testAFolderNamedLikeAPNGIsRefused() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.png"), withIntermediateDirectories: true)
        XCTAssertTrue(issues(logo: "dir.png").first?.problem.contains("is not a regular file") ?? false)
    }

    func testAnyPNGElsewhereOnTheDiskIsRefused() throws {
        try png(width: 60, height: 20).write(to: outside.appendingPathComponent("other.png"))
        for written in [outside.appendingPathComponent("other.png").path, "../elsewhere/other.png"] {
            let found = issues(logo: written)
            XCTAssertTrue(found.first?.problem.contains("is outside the case file's folder and the templates folder") ?? false,
                          "\(written): \(found)")
        }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.png"),
                                                   withDestinationURL: outside.appendingPathComponent("other.png"))
        XCTAssertTrue(issues(logo: "link.png").first?.problem.contains("is outside") ?? false, "a link out of the folder")
    }

    func testHugeImagesAndFilesThatAreNotPNGAreRefused() throws {
        try png(width: 20_000, height: 20_000).write(to: folder.appendingPathComponent("huge.png"))
        XCTAssertTrue(issues(logo: "huge.png").first?.problem.contains("20000 × 20000 pixels") ?? false)
        try Data("not an image".utf8).write(to: folder.appendingPathComponent("fake.png"))
        XCTAssertTrue(issues(logo: "fake.png").first?.problem.contains("is not a PNG image") ?? false)
        try Data(count: LogoPath.maxBytes + 1).write(to: folder.appendingPathComponent("big.png"))
        XCTAssertTrue(issues(logo: "big.png").first?.problem.contains("more than the 2 MB") ?? false)
        XCTAssertTrue(issues(logo: "missing.png").first?.problem.contains("there is no file at") ?? false)
    }
}
