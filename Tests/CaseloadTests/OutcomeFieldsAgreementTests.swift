import Caseload
import Foundation
import PlanBuilder
import XCTest

/// The caseload reads each file's outcome fields from libyaml's events
/// (`OutcomeFieldsReader`) and falls back to the full `CaseFileReader` at any doubt.
/// Over several hundred files — synthetic ones, the examples, the fixtures, and each
/// with dozens of changes a case manager or a broken export makes — the two must give
/// the same figures, and where only the full reader reads a file, its problems must lie
/// outside the fields the report counts.
final class OutcomeFieldsAgreementTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fields the outcome reader reads; a problem in any of them must send the file
    /// to the full reader.
    static let countedFields = ["format", "case.reference", "case.tier", "case.referral", "case.first_contact", "case.assessed",
                                "case.contacts", "case.issued", "case.version", "client.name", "client.deprivation_decile",
                                "employment.status", "employment.absence_start", "assessment.date", "assessment.barriers",
                                "assessment.measures", "plan.start", "reviews", "outcome"]

    struct Change: Sendable {
        var name: String
        /// Applied to the file's text; nil when the file has nothing to change.
        var apply: @Sendable (String) -> String?
        /// True when the change is in a counted field, so the outcome reader must refuse.
        var mustRefuse: Bool
    }

    static func replacing(_ pattern: String, with template: String) -> @Sendable (String) -> String? {
        { text in
            let regex = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range, in: text) else { return nil }
            return text.replacingCharacters(in: range, with: regex.replacementString(for: match, in: text, offset: 0, template: template))
        }
    }

    static let changes: [Change] = [
        Change(name: "impossible outcome date", apply: replacing(#"^(  discharged: )\d{4}-\d\d-\d\d"#, with: "$12025-02-30"), mustRefuse: true),
        Change(name: "misspelt outcome status", apply: replacing(#"^(outcome:\n(?:  .*\n)*?  status: )at-work"#, with: "$1at-wrok"), mustRefuse: true),
        Change(name: "unknown key in outcome", apply: replacing(#"^outcome:\n"#, with: "outcome:\n  statuss: at-work\n"), mustRefuse: true),
        Change(name: "unknown key in a review", apply: replacing(#"^(  - date: .*\n)(    week: )"#, with: "$1    weeek: 2\n$2"), mustRefuse: true),
        Change(name: "key given twice in case", apply: replacing(#"^(  contacts: \d+)"#, with: "$1\n  contacts: 3"), mustRefuse: true),
        Change(name: "no reference", apply: replacing(#"^  reference: .*\n"#, with: ""), mustRefuse: true),
        Change(name: "HADS out of range", apply: replacing(#"^(      anxiety: )\d+"#, with: "$125"), mustRefuse: true),
        Change(name: "tier 4", apply: replacing(#"^(  tier: ).*"#, with: "$14"), mustRefuse: true),
        Change(name: "contacts as words", apply: replacing(#"^(  contacts: ).*"#, with: "$1five"), mustRefuse: true),
        Change(name: "decile 11", apply: replacing(#"^(  deprivation_decile: ).*"#, with: "$111"), mustRefuse: true),
        Change(name: "unknown barrier domain", apply: replacing(#"^(    - domain: ).*"#, with: "$1stress"), mustRefuse: true),
        Change(name: "score for another instrument", apply: replacing(#"^(      depression: \d+)"#, with: "$1\n      vas: 50"), mustRefuse: true),
        Change(name: "measure without instrument", apply: replacing(#"^(    - )instrument: HADS\n      "#, with: "$1"), mustRefuse: true),
        Change(name: "referral source unknown", apply: replacing(#"^(    source: ).*"#, with: "$1newspaper"), mustRefuse: true),
        Change(name: "format 2", apply: replacing(#"^format: 1"#, with: "format: 2"), mustRefuse: true),
        Change(name: "anchor and alias", apply: replacing(#"^(  assessed: )(\S+)"#, with: "$1&when $2\n  first_contact_copy: *when"), mustRefuse: true),
        Change(name: "syntax error", apply: replacing(#"^(client:\n)"#, with: "$1 name: \"unclosed\n"), mustRefuse: true),
        Change(name: "FILL-IN left", apply: replacing(#"^(  job_title: ).*"#, with: "$1FILL-IN"), mustRefuse: true),
        Change(name: "second document", apply: { $0 + "\n---\nformat: 1\n" }, mustRefuse: true),
        Change(name: "outcome as text", apply: replacing(#"^outcome:\n(  .*\n?)*"#, with: "outcome: discharged\n"), mustRefuse: true),
        Change(name: "plan with no start", apply: replacing(#"^  start: .*\n"#, with: ""), mustRefuse: true),
        Change(name: "hours worked negative", apply: replacing(#"^(    hours_worked: ).*"#, with: "$1-3"), mustRefuse: true),
        // A review note of 33 lines starting "*item": the full reader's structure check
        // takes them for YAML aliases and refuses the whole file, so it is not counted.
        Change(name: "note of many star lines", apply: replacing(#"^(    hours_worked: .*)"#,
                                                                 with: "$1\n    note: |\n" + String(repeating: "      *item\n", count: 33).dropLast()),
               mustRefuse: true),
        // "* item" bullets are text, not aliases: both read the file.
        Change(name: "note of many bullets", apply: replacing(#"^(    hours_worked: .*)"#,
                                                              with: "$1\n    note: |\n" + String(repeating: "      * item\n", count: 33).dropLast()),
               mustRefuse: false),
        Change(name: "private barrier as yes", apply: replacing(#"^(      severity: \w+)\n(  limitations:)"#, with: "$1\n      private: yes\n$2"), mustRefuse: true),
        // Written differently, read the same: both readers must still agree.
        Change(name: "quoted dates", apply: replacing(#"^(  first_contact: )(\S+)"#, with: "$1\"$2\""), mustRefuse: false),
        Change(name: "empty first contact", apply: replacing(#"^(  first_contact:) .*"#, with: "$1"), mustRefuse: false),
        Change(name: "tilde decile", apply: replacing(#"^(  deprivation_decile:) .*"#, with: "$1 ~"), mustRefuse: false),
        Change(name: "comments and blank lines", apply: replacing(#"^(outcome:)"#, with: "# closed\n\n$1 # discharged"), mustRefuse: false),
        Change(name: "status with spaces", apply: replacing(#"^(employment:\n  status: )(\S+)"#, with: "$1\"  $2 \""), mustRefuse: false),
        Change(name: "flow-style measure", apply: replacing(#"^    - instrument: confidence\n      date: (\S+)\n      score: (\d+)"#, with: "    - {instrument: confidence, date: $1, score: $2}"), mustRefuse: false),
        Change(name: "given tier", apply: replacing(#"^(  tier: ).*"#, with: "$13"), mustRefuse: false),
        Change(name: "decimal score", apply: replacing(#"^(      vas: )(\d+)"#, with: "$1$2.5"), mustRefuse: false),
        // Problems outside the counted fields: the full reader refuses the file, the
        // outcome reader counts the client (`vr-docs validate` and --check-whole-files
        // report them).
        Change(name: "unknown plan strategy", apply: replacing(#"^(  strategy: ).*"#, with: "$1bogus"), mustRefuse: false),
        Change(name: "unknown adjustment code", apply: replacing(#"^(  - code: ).*"#, with: "$1no-such-adjustment"), mustRefuse: false),
        Change(name: "client phone as a list", apply: replacing(#"^(client:\n)"#, with: "$1  phone: [1, 2]\n"), mustRefuse: false),
    ]

    func files() throws -> [(name: String, text: String)] {
        var files: [(String, String)] = []
        for seed in [7, 11] {
            let synth = SyntheticCaseload(seed: UInt64(seed))
            for index in 1...150 { files.append(("seed\(seed)-" + SyntheticCaseload.fileName(index), synth.caseFile(index))) }
        }
        let folders = ["examples", "Tests/PlanBuilderTests/Fixtures", "Tests/DocumentsTests/Fixtures"]
        for folder in folders {
            let url = Self.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where CaseFileSource.isCaseFileName(name) {
                files.append((folder + "/" + name, try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        return files
    }

    func testBothReadersGiveTheSameFiguresAndTheOutcomeReaderTakesEveryValidFile() throws {
        let full = CaseFileReader(knownCodes: try Catalogue.load(templatesDirectory: Self.root.appendingPathComponent("templates").path).knownCodes)
        let outcome = OutcomeFieldsReader()
        var compared = 0
        for (name, text) in try files() {
            let bytes = Array(text.utf8)
            let whole = try? full.read(bytes: bytes, fileName: name, baseDirectory: nil)
            let counted = outcome.read(bytes: bytes, fileName: name)
            XCTAssertNotNil(whole, "\(name) should be valid")
            XCTAssertNotNil(counted, "\(name): the outcome reader should read a valid file itself")
            if let whole, let counted {
                XCTAssertEqual(CaseSummary(counted), CaseSummary(whole), name)
                compared += 1
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 300)
    }

    func testChangedFilesAgreeOrGoToTheFullReader() throws {
        let full = CaseFileReader(knownCodes: try Catalogue.load(templatesDirectory: Self.root.appendingPathComponent("templates").path).knownCodes)
        let outcome = OutcomeFieldsReader()
        let originals = try files().enumerated().filter { $0.offset % 12 == 0 }.map(\.element)
        var tried = 0, applied: [String: Int] = [:]
        for (name, original) in originals {
            for change in Self.changes {
                guard let text = change.apply(original), text != original else { continue }
                let label = "\(name) with \(change.name)"
                tried += 1
                applied[change.name, default: 0] += 1
                let bytes = Array(text.utf8)
                let counted = outcome.read(bytes: bytes, fileName: name)
                let whole: CaseFile?, problems: [CaseFileIssue]
                do {
                    whole = try full.read(bytes: bytes, fileName: name, baseDirectory: nil)
                    problems = []
                } catch {
                    whole = nil
                    problems = error.issues
                }
                if change.mustRefuse { XCTAssertTrue(counted == nil, "\(label): the outcome reader should leave this to the full reader") }
                if let counted, let whole {
                    XCTAssertEqual(CaseSummary(counted), CaseSummary(whole), label)
                } else if counted != nil {
                    for problem in problems {
                        // A problem with no field is the whole file's, which the outcome
                        // reader must never count either.
                        XCTAssertFalse(problem.path.isEmpty || Self.countedFields.contains { problem.path == $0 || problem.path.hasPrefix($0 + ".") || problem.path.hasPrefix($0 + "[") },
                                       "\(label): the outcome reader counted a file whose counted field \(problem.path) has a problem: \(problem)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(tried, 400)
        for change in Self.changes {
            XCTAssertGreaterThan(applied[change.name] ?? 0, 0, "the change \"\(change.name)\" never applied to any file")
        }
    }

    /// The scanner counts a client whose only problem is outside the counted fields, and
    /// lists a file with a problem in them with the full reader's own words; with
    /// `readsWholeFiles` (`--check-whole-files`) both are left out.
    func testTheScannerListsTheFullReadersProblemsAndCanCheckWholeFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outcome-fields-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let synth = SyntheticCaseload(seed: 7)
        let valid = synth.caseFile(1)
        let badOutcome = try XCTUnwrap(Self.replacing(#"^(  discharged: )\d{4}-\d\d-\d\d"#, with: "$12025-02-30")(synth.caseFile(2)))
        let badPlan = try XCTUnwrap(Self.replacing(#"^(  strategy: ).*"#, with: "$1bogus")(synth.caseFile(3)))
        for (name, text) in [("a.yaml", valid), ("b.yaml", badOutcome), ("c.yaml", badPlan)] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let templates = Self.root.appendingPathComponent("templates").path
        let full = CaseFileReader(knownCodes: try Catalogue.load(templatesDirectory: templates).knownCodes)
        let outcomeOnly = try CaseloadScanner(reader: full, jobs: 2).scan([folder.path])
        XCTAssertEqual(outcomeOnly.tally.clients, 2)
        XCTAssertEqual(outcomeOnly.invalid.map(\.path), [folder.appendingPathComponent("b.yaml").path])
        let bPath = folder.appendingPathComponent("b.yaml").path
        do {
            _ = try full.read(path: bPath)
            XCTFail("b.yaml should not be valid")
        } catch {
            XCTAssertEqual(outcomeOnly.invalid.first?.problems, error.issues.map(\.description))
            XCTAssertTrue(outcomeOnly.invalid.first?.problems.joined().contains("outcome.discharged") == true)
        }
        let whole = try CaseloadScanner(reader: full, jobs: 2, readsWholeFiles: true).scan([folder.path])
        XCTAssertEqual(whole.tally.clients, 1)
        XCTAssertEqual(whole.invalid.map(\.path), ["b.yaml", "c.yaml"].map { folder.appendingPathComponent($0).path })
    }
}
