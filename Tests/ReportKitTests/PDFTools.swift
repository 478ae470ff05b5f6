import Foundation
import XCTest

/// Runs poppler's command-line tools on rendered PDFs so tests check what a
/// reader (or a screen reader, or a text extractor) actually gets.
enum PDFTools {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportkit-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func write(_ bytes: [UInt8], name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "PDFTools", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "\(tool) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func text(_ url: URL, page: Int? = nil, layout: Bool = true) throws -> String {
        var arguments: [String] = layout ? ["-layout"] : []
        if let page { arguments += ["-f", String(page), "-l", String(page)] }
        return try run("pdftotext", arguments + [url.path, "-"])
    }

    static func info(_ url: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in try run("pdfinfo", [url.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// The font sizes poppler finds in the text (pdftohtml's font specs, in points).
    static func fontSizes(_ url: URL) throws -> [Double] {
        let xml = try run("pdftohtml", ["-xml", "-i", "-stdout", "-q", url.path])
        return xml.components(separatedBy: "<fontspec ").dropFirst().compactMap { spec in
            guard let range = spec.range(of: "size=\"") else { return nil }
            return Double(spec[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func pageCount(_ url: URL) throws -> Int {
        Int(try info(url)["Pages"] ?? "") ?? 0
    }
}

/// Asserts that `needles` occur in `haystack` in this order.
func XCTAssertInOrder(_ haystack: String, _ needles: [String], file: StaticString = #filePath, line: UInt = #line) {
    var searchFrom = haystack.startIndex
    for needle in needles {
        guard let range = haystack.range(of: needle, range: searchFrom..<haystack.endIndex) else {
            XCTFail("\"\(needle)\" not found (in order) in extracted text", file: file, line: line)
            return
        }
        searchFrom = range.upperBound
    }
}
