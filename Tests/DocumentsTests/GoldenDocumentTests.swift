import Foundation
import XCTest
import Documents
import PlanBuilder

/// Every document of every shared example compared with committed goldens: the text as
/// pdftotext lays it out, and every page as a small grey raster within a tolerance, so an
/// unintended change to wording or layout fails here.
///
/// Regenerate on purpose with `make goldens` (VR_DOCS_UPDATE_GOLDENS=1).
final class GoldenDocumentTests: XCTestCase {
    static let goldens = TestSupport.repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Goldens")
    static let updating = ProcessInfo.processInfo.environment["VR_DOCS_UPDATE_GOLDENS"] == "1"
    /// Mean difference per pixel (0–255) above which a page counts as changed.
    static let tolerance = 1.5

    func testDocumentsMatchTheirGoldens() throws {
        // The path every command takes: one worker, `produce`, every document the file supports.
        let worker = DocumentWorker(engine: try TestSupport.engine())
        var compared = 0
        for path in TestSupport.sharedExamples {
            guard case .rendered(let rendered) = worker.produce(.file(path), documents: .all) else {
                XCTFail("\(path) did not render")
                continue
            }
            for document in rendered.documents {
                try check(name: document.fileName.replacingOccurrences(of: ".pdf", with: ""), pdf: document.bytes)
                compared += 1
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 2)
    }

    private func check(name: String, pdf: [UInt8]) throws {
        let text = try TestSupport.pageTexts(of: pdf).joined(separator: "\n\u{0C}\n")
        let pages = try Raster.pages(of: pdf)
        let textFile = Self.goldens.appendingPathComponent("\(name).txt")
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try text.write(to: textFile, atomically: true, encoding: .utf8)
            let old = (try? FileManager.default.contentsOfDirectory(atPath: Self.goldens.path)) ?? []
            for file in old where file.hasPrefix(name + "-page-") { try FileManager.default.removeItem(at: Self.goldens.appendingPathComponent(file)) }
            for (index, page) in pages.enumerated() {
                try Raster.write(page, to: Self.goldens.appendingPathComponent("\(name)-page-\(index + 1).pgm.gz"))
            }
            return
        }
        let expectedText = try String(contentsOf: textFile, encoding: .utf8)
        XCTAssertEqual(text, expectedText, "\(name): the text differs from its golden; if intended, run make goldens")
        for (index, page) in pages.enumerated() {
            let file = Self.goldens.appendingPathComponent("\(name)-page-\(index + 1).pgm.gz")
            guard FileManager.default.fileExists(atPath: file.path) else {
                XCTFail("\(name): page \(index + 1) is new; if intended, run make goldens")
                continue
            }
            let golden = try Raster.read(file)
            XCTAssertEqual(golden.width, page.width, "\(name) page \(index + 1) size")
            XCTAssertEqual(golden.height, page.height, "\(name) page \(index + 1) size")
            let difference = page.meanDifference(from: golden)
            XCTAssertLessThan(difference, Self.tolerance, "\(name) page \(index + 1) looks different (mean difference \(difference)); if intended, run make goldens")
        }
        let extra = ((try? FileManager.default.contentsOfDirectory(atPath: Self.goldens.path)) ?? [])
            .filter { $0.hasPrefix(name + "-page-") }.count
        XCTAssertEqual(extra, pages.count, "\(name): the page count changed")
    }
}

/// A page as a grey raster made by pdftoppm, stored gzipped in the portable graymap
/// format so that goldens need no image library.
struct Raster {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    static let resolution = 20

    static func pages(of pdf: [UInt8]) throws -> [Raster] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        try TestSupport.run("/usr/bin/pdftoppm", ["-gray", "-r", "\(resolution)", file.path, folder.appendingPathComponent("page").path])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pgm") }.sorted()
        return try names.map { try parse(Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    static func parse(_ data: Data) throws -> Raster {
        let bytes = [UInt8](data)
        var fields: [String] = []
        var index = 0
        while fields.count < 4 && index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
            var field = ""
            while index < bytes.count, !(bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) {
                field.append(Character(UnicodeScalar(bytes[index])))
                index += 1
            }
            fields.append(field)
        }
        index += 1
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]),
              bytes.count - index >= width * height else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return Raster(width: width, height: height, pixels: Array(bytes[index..<(index + width * height)]))
    }

    static func read(_ url: URL) throws -> Raster {
        let result = try TestSupport.run("/bin/sh", ["-c", "gzip -dc < \"$0\" | base64 -w0", url.path])
        guard let data = Data(base64Encoded: result.output) else { throw CocoaError(.fileReadCorruptFile) }
        return try parse(data)
    }

    static func write(_ raster: Raster, to url: URL) throws {
        let header = Data("P5\n\(raster.width) \(raster.height)\n255\n".utf8)
        let raw = url.deletingPathExtension()
        try (header + Data(raster.pixels)).write(to: raw)
        try TestSupport.run("/bin/sh", ["-c", "gzip -9 -n -f \"$0\"", raw.path])
    }

    func meanDifference(from other: Raster) -> Double {
        guard width == other.width, height == other.height, !pixels.isEmpty else { return 255 }
        var total = 0
        for index in pixels.indices { total += abs(Int(pixels[index]) - Int(other.pixels[index])) }
        return Double(total) / Double(pixels.count)
    }
}
