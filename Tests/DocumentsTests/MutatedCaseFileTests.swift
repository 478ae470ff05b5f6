import Foundation
import XCTest
import Documents
import PlanBuilder

/// Several hundred case files made by mutating the examples and fixtures, the same ones on
/// every run (a seeded generator): each must end in a case file whose plan and documents
/// are built, or in a clear error (every problem with its line or the whole file, a
/// field, and words; every plan conflict with its field and a resolution). Never a trap,
/// never a hang. `fuzz/run.sh` explores further with libFuzzer.
final class MutatedCaseFileTests: XCTestCase {
    static let count = 600

    func testEveryMutatedCaseFileEndsInAResultOrAClearError() throws {
        let engine = try TestSupport.engine()
        let sources = try (TestSupport.sharedExamples + ["probe-everything-shared.yaml", "probe-diagnosis-only.yaml"]
            .map(TestSupport.fixture)).map { try String(contentsOfFile: $0, encoding: .utf8) }
        var generator = SeededGenerator(seed: 13)
        var outcomes = (read: 0, planned: 0, infeasible: 0, refused: 0, rendered: 0)
        let started = Date()
        for index in 0..<Self.count {
            var text = sources[index % sources.count]
            for _ in 0...(generator.next() % 3) { text = Mutation.apply(to: text, using: &generator) }
            let name = index % 7 == 0 ? "mutant-\(index).json" : "mutant-\(index).yaml"
            let fileStarted = Date()
            defer { XCTAssertLessThan(Date().timeIntervalSince(fileStarted), 2, "\(name) took too long") }
            let caseFile: CaseFile
            do {
                caseFile = try engine.reader.read(bytes: Array(text.utf8), fileName: name, baseDirectory: nil)
            } catch {
                outcomes.refused += 1
                XCTAssertFalse(error.issues.isEmpty, name)
                for issue in error.issues {
                    XCTAssertFalse(issue.problem.isEmpty, "\(name): an empty problem")
                    XCTAssertTrue(issue.location.map { $0.line >= 1 && $0.column >= 1 } ?? issue.path.isEmpty,
                                  "\(name): \(issue) has neither a line nor is about the whole file")
                }
                XCTAssertTrue(error.description.contains(name), name)
                continue
            }
            outcomes.read += 1
            XCTAssertLessThanOrEqual(ReferenceFileName.stem(caseFile.caseInfo.reference).utf8.count, FieldLimits.referenceBytes)
            let schedule: GradedSchedule?
            do {
                schedule = try engine.schedule(for: caseFile)
            } catch {
                outcomes.infeasible += 1
                XCTAssertFalse(error.conflicts.isEmpty, name)
                for conflict in error.conflicts {
                    XCTAssertFalse(conflict.field.isEmpty || conflict.problem.isEmpty || conflict.resolution.isEmpty, "\(name): \(conflict)")
                }
                continue
            }
            if schedule != nil { outcomes.planned += 1 }
            for kind in engine.supportedDocuments(for: caseFile) {
                XCTAssertNoThrow(try engine.build(kind, caseFile: caseFile, schedule: schedule), "\(name) \(kind.rawValue)")
            }
            if outcomes.read % 40 == 1, let kind = engine.supportedDocuments(for: caseFile).first {
                let pdf = try engine.render(kind, caseFile: caseFile, schedule: schedule)
                XCTAssertEqual(Array(pdf.prefix(5)), Array("%PDF-".utf8), name)
                outcomes.rendered += 1
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("mutated case files: \(Self.count) in \(String(format: "%.2f", seconds)) s: \(outcomes.read) read "
              + "(\(outcomes.planned) planned, \(outcomes.infeasible) plans refused, \(outcomes.rendered) rendered), "
              + "\(outcomes.refused) refused")
        // The mix must exercise both sides, or the mutations are too weak or too strong.
        XCTAssertGreaterThan(outcomes.read, Self.count / 10)
        XCTAssertGreaterThan(outcomes.refused, Self.count / 4)
        XCTAssertGreaterThan(outcomes.planned, Self.count / 20)
        XCTAssertGreaterThan(outcomes.infeasible, 0, "no mutant reached a plan that cannot be met")
    }
}

/// SplitMix64: a small generator whose sequence is fixed by its seed, so the mutants are
/// the same on every machine and every run.
struct SeededGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[next() % items.count] }
}

/// The ways a case file is mutated: values replaced with hostile ones, lines dropped,
/// doubled, swapped or re-indented, bytes flipped, long and strange text inserted, lists
/// blown up, the file cut short.
enum Mutation {
    static let hostileValues = [
        "9999-12-31", "0000-01-01", "2199-12-31", "1899-12-31", "2026-02-30", "20266-03-02", "-1", "0", "0.01", "1e308",
        "-1e308", "nan", ".inf", "99999999999999999999", "168", "24.0001", "''", "~", "null", "'true'", "yes", "on",
        "[]", "{}", "[[[[[[[[]]]]]]]]", "&anchor x", "*anchor", "!!binary aGVsbG8=", "\"\\e[31mred\\u009b\"",
        "\"" + String(repeating: "W", count: 5_000) + "\"", String(repeating: "word ", count: 4_500),
        "VR/1", "VR.1", "\"" + String(repeating: "/", count: 60) + "\"", "ŵŷá 中文 🙂 مرحبا", "\"\\0\"",
        "HIV bipolar epilepsy stoma methadone", "mon", "sun", "shifts", "full-for-weeks", "ireland", "none", "10:00",
        "25:61", "2026-03", "3000", "x.png", "/dev/zero.png", "../../etc/passwd.png",
        // Plausible numbers, which read but may make a plan impossible.
        "1", "2", "3", "5", "12", "99", "100", "0.5", "2026-12-25", "2026-03-01",
    ]

    static func apply(to text: String, using generator: inout SeededGenerator) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let line = generator.next() % lines.count
        switch generator.next() % 11 {
        case 0, 1, 2:
            // A value replaced: `key: value` keeps its key.
            if let colon = lines[line].firstIndex(of: ":") {
                lines[line] = String(lines[line][...colon]) + " " + generator.pick(hostileValues)
            } else {
                lines[line] += " " + generator.pick(hostileValues)
            }
        case 3: lines.remove(at: line)
        case 4: lines.insert(lines[line], at: line)
        case 5: lines.swapAt(line, generator.next() % lines.count)
        case 6: lines[line] = (generator.next() % 2 == 0 ? "  " : "") + lines[line].drop { $0 == " " && generator.next() % 2 == 0 }
        case 7:
            // One byte flipped somewhere in the file (may make it invalid UTF-8 text, which
            // then reads as replacement characters, as the reader would see it decoded).
            var bytes = Array(text.utf8)
            let at = generator.next() % max(bytes.count, 1)
            if !bytes.isEmpty { bytes[at] ^= UInt8(1 << (generator.next() % 8)) }
            return String(decoding: bytes, as: UTF8.self)
        case 8:
            // A list item repeated many times.
            if lines[line].trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                lines.insert(contentsOf: Array(repeating: lines[line], count: 50 + generator.next() % 200), at: line)
            } else {
                lines.insert(String(repeating: " ", count: generator.next() % 6) + "- " + generator.pick(hostileValues), at: line)
            }
        case 9:
            // A field of the plan given a plausible number: the file reads, but the plan
            // may not be possible (too few weeks, too small a step, a start above capacity).
            guard let planLine = lines.firstIndex(of: "plan:") else { break }
            let fields = lines.indices.filter { $0 > planLine && lines[$0].hasPrefix("  ") && !lines[$0].hasPrefix("   ")
                && lines[$0].contains(":") }
            guard !fields.isEmpty else { break }
            let target = fields[generator.next() % fields.count]
            let key = lines[target].prefix { $0 != ":" }
            lines[target] = key + ": " + generator.pick(["1", "2", "3", "5", "8", "40", "99", "100"])
        default:
            return String(text.prefix(generator.next() % max(text.count, 1)))
        }
        return lines.joined(separator: "\n")
    }
}
