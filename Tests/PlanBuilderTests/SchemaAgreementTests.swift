import Foundation
import XCTest
import Yams
@testable import PlanBuilder

/// `schema/case-file.schema.json` and the reader must agree: every example passes both,
/// and of several hundred files made by changing the examples one value at a time (a key
/// added or removed, a value of the wrong kind, an unknown choice word, a value cleared)
/// each is accepted by both or refused by both. The schema checks shape; what it cannot
/// express (real dates and their order, number ranges, catalogue codes, lengths) the
/// mutations leave alone, and `docs/case-file.md` says so.
final class SchemaAgreementTests: XCTestCase {
    private static let schemaFolder = ReadingPaths.repoRoot.appendingPathComponent("schema")

    /// The schema's verdict on each file, from one run of `schema/validate.py`.
    private func schemaVerdicts(_ paths: [String]) throws -> [String: (valid: Bool, errors: [String])] {
        let process = Process()
        // Debian's Python, where scripts/setup.sh installs python3-yaml and python3-jsonschema.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.schemaFolder.appendingPathComponent("validate.py").path] + paths
        let output = Pipe(), failure = Pipe()
        process.standardOutput = output
        process.standardError = failure
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: failure.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "SchemaAgreementTests", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "schema/validate.py failed (scripts/setup.sh installs python3-yaml and python3-jsonschema): \(problem)"])
        }
        var verdicts: [String: (Bool, [String])] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            verdicts[try XCTUnwrap(record["file"] as? String)] = (try XCTUnwrap(record["valid"] as? Bool),
                                                                  record["errors"] as? [String] ?? [])
        }
        return verdicts
    }

    private func readerProblems(_ path: String) -> [String] {
        do {
            _ = try CaseFileReader(knownCodes: nil).read(path: path)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    private var examples: [URL] {
        let folder = ReadingPaths.examples
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
            + [ReadingPaths.fixtures.appendingPathComponent("cancer-shift-worker.json")]
    }

    func testEveryExampleMeetsTheSchemaAndTheReader() throws {
        let paths = examples.map(\.path)
        XCTAssertGreaterThanOrEqual(paths.count, 3)
        let verdicts = try schemaVerdicts(paths)
        for path in paths {
            XCTAssertEqual(verdicts[path]?.valid, true, "\(path): \(verdicts[path]?.errors ?? [])")
            XCTAssertEqual(readerProblems(path), [], path)
        }
    }

    func testSchemaAndReaderAgreeOnMutatedFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vr-docs-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var made: [(path: String, change: String)] = []
        for example in examples where example.pathExtension == "yaml" {
            let root = try XCTUnwrap(try Yams.compose(yaml: String(contentsOf: example, encoding: .utf8), .basic))
            // Every other mutation: about a thousand files, a few seconds.
            for (index, mutation) in SchemaMutations.all(of: root).enumerated() where index % 2 == 0 {
                let path = folder.appendingPathComponent("\(example.deletingPathExtension().lastPathComponent)-\(index).yaml").path
                try Yams.serialize(node: mutation.root).write(toFile: path, atomically: true, encoding: .utf8)
                made.append((path, mutation.change))
            }
        }
        XCTAssertGreaterThan(made.count, 300, "several hundred mutated files")
        let verdicts = try schemaVerdicts(made.map(\.path))
        var disagreements: [String] = [], refused = 0
        for (path, change) in made {
            let schema = try XCTUnwrap(verdicts[path], path)
            let problems = readerProblems(path)
            if !problems.isEmpty { refused += 1 }
            if schema.valid != problems.isEmpty {
                disagreements.append("\(change): schema \(schema.valid ? "accepts" : "refuses (\(schema.errors.first ?? ""))"), "
                                     + "reader \(problems.isEmpty ? "accepts" : "refuses (\(problems[0]))")")
            }
        }
        XCTAssertGreaterThan(refused, 100, "the mutations include files both must refuse")
        XCTAssertGreaterThan(made.count - refused, 50, "and files both must accept")
        XCTAssertEqual(disagreements, [], "\(disagreements.count) of \(made.count) files")
    }
}
