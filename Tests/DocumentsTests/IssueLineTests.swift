import XCTest
import Documents
@testable import PlanBuilder

/// Every document says when it was issued and which version it is, from the case file,
/// never the clock; the PDF's metadata carries the case file's SHA-256.
final class IssueLineTests: XCTestCase {
    func testIssueDateVersionAndFingerprint() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var file = try engine.documentReader.read(path: path)
        XCTAssertEqual(file.fingerprint?.count, 64)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertEqual(file.fingerprint, SHA256.hex([UInt8](bytes)))
        let schedule = try engine.schedule(for: file)
        for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy, .review] {
            let draft = try TestSupport.text(of: try engine.render(kind, caseFile: file, schedule: schedule))
            XCTAssertTrue(draft.contains("Draft: not yet issued"), "\(kind) without an issue date is a draft")
        }
        file.caseInfo.issued = LocalDate(iso: "2026-02-27")
        file.caseInfo.version = "2"
        for kind in [DocumentKind.rtwPlan, .employerReport, .clientCopy, .review] {
            let pdf = try engine.render(kind, caseFile: file, schedule: schedule)
            let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(text.contains("Issued 27 February 2026 · Version 2"), "\(kind): \(text.prefix(400))")
            let info = try TestSupport.pdfInfo(pdf)
            XCTAssertTrue(info.contains("case-file-sha256:\(file.fingerprint!)"), info)
            XCTAssertTrue(info.contains("2026-02-27") || info.contains("Feb 27"), "creation date is the issue date: \(info)")
        }
    }

    func testSHA256KnownAnswers() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // 119 bytes: the padding spills into a second block.
        XCTAssertEqual(SHA256.hex(Array(String(repeating: "x", count: 119).utf8)),
                       "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c")
    }

    /// A date given with --issued that the case file's own case.issued overrides is
    /// said before issuing; the same date, or none on the command line, says nothing.
    func testAnOverriddenIssueDateIsSaid() throws {
        var engine = try TestSupport.engine()
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        file.caseInfo.issued = LocalDate(iso: "2026-03-20")
        engine.issued = LocalDate(iso: "2026-03-09")
        let warning = try XCTUnwrap(engine.caseWarnings(for: file).first { $0.field == "case.issued" })
        XCTAssertTrue(warning.problem.contains("is 2026-03-20, so the documents are issued on that date, not on 2026-03-09"), warning.problem)
        engine.issued = LocalDate(iso: "2026-03-20")
        XCTAssertFalse(engine.caseWarnings(for: file).contains { $0.field == "case.issued" })
        engine.issued = nil
        XCTAssertFalse(engine.caseWarnings(for: file).contains { $0.field == "case.issued" })
    }
}
