import Foundation
import XCTest
import Documents
import PlanBuilder

/// Paths and helpers the document tests share: the repository, the shared examples, and
/// reading a PDF's text back with poppler's pdftotext.
enum TestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var templates: String { repositoryRoot.appendingPathComponent("templates").path }
    static var sharedExamples: [String] {
        // The shared examples beside the project when present (they are the contract),
        // otherwise the project's own copies of them in `examples/`.
        let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/examples")
        let folder = FileManager.default.fileExists(atPath: shared.path) ? shared : repositoryRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }
    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/\(name)").path
    }

    static func engine() throws -> DocumentEngine { try DocumentEngine(templatesDirectory: templates) }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The text of a PDF as pdftotext lays it out, one string per page.
    static func pageTexts(of pdf: [UInt8]) throws -> [String] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        let text = try run("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", file.path, "-"]).output
        // Non-breaking spaces keep "4 h" together on the page; read them as spaces.
        var pages = text.replacingOccurrences(of: "\u{00A0}", with: " ").components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    static func text(of pdf: [UInt8]) throws -> String { try pageTexts(of: pdf).joined(separator: "\n") }

    /// The text in reading order (cell by cell in a table) rather than laid out in
    /// columns, with all white space as single spaces: for finding a phrase that wraps
    /// inside a table cell.
    static func flowingText(of pdf: [UInt8]) throws -> String {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        let text = try run("/usr/bin/pdftotext", ["-enc", "UTF-8", file.path, "-"]).output
        return text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// One document of a shared example (found by part of its name) with a change made to
    /// the case file, read, planned and rendered as the commands do: its flowing text.
    static func flowingText(of kind: DocumentKind, example: String,
                            changing change: (inout CaseFile) throws -> Void) throws -> String {
        let engine = try engine()
        var caseFile = try engine.reader.read(path: try XCTUnwrap(sharedExamples.first { $0.contains(example) }))
        try change(&caseFile)
        return try flowingText(of: try engine.render(kind, caseFile: caseFile, schedule: try engine.schedule(for: caseFile)))
    }

    static func pdfInfo(_ pdf: [UInt8]) throws -> String {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        return try run("/usr/bin/pdfinfo", [file.path]).output
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// Reads, schedules and renders one case file the way every command does
    /// (`DocumentWorker.produce`).
    static func render(_ path: String, _ kind: DocumentKind = .rtwPlan, engine: DocumentEngine) throws -> (CaseFile, GradedSchedule?, [UInt8]) {
        let outcome = DocumentWorker(engine: engine).produce(.file(path), documents: .kind(kind))
        guard case .rendered(let rendered) = outcome else {
            throw RenderFailure(messages: outcome.messages.map(\.description))
        }
        return (rendered.caseFile, rendered.schedule, rendered.documents[0].bytes)
    }

    struct RenderFailure: Error { var messages: [String] }

    /// "13 April 2026" as the English documents write a date.
    static func longDate(_ date: LocalDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "30 Mar" as the employer's action table writes a date in the plan's year.
    static func shortDate(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1])"
    }

    /// "Fri 15 May" as the English tables write a date.
    static func shortWeekdayDate(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(days[date.weekday.index]) \(date.day) \(months[date.month - 1])"
    }
}

extension DocumentEngine {
    /// One document of a case already read and planned (a case file changed in a test),
    /// laid out by a worker as the commands do.
    func render(_ kind: DocumentKind, caseFile: CaseFile, schedule: GradedSchedule?) throws -> [UInt8] {
        try DocumentWorker(engine: self).render(kind, caseFile: caseFile, schedule: schedule)
    }
}
