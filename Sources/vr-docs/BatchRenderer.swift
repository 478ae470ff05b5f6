import Documents
import Foundation
import PlanBuilder
import ReportKit

/// Renders many case files on several threads. Each thread has its own `PDFRenderer`
/// (it keeps a font map that must not be shared) and shares the engine, which is
/// immutable. A failing file is recorded with its reasons and the others carry on.
struct BatchRenderer: Sendable {
    let engine: DocumentEngine
    let outputFolder: String
    let choice: DocumentChoice

    struct Failure: Sendable {
        var file: String
        var reasons: [String]
    }

    struct Outcome: Sendable {
        var documents: Int
        /// Sorted by file.
        var failures: [Failure]
    }

    /// `report` is called after each file with the files done so far, those that failed,
    /// and a line saying what happened to this file.
    func run(_ files: [String], jobs: Int, report: @escaping @Sendable (Int, Int, String?) -> Void) -> Outcome {
        let state = BatchState()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            let renderer = PDFRenderer()
            while let index = state.claim(files.count) {
                let file = files[index]
                let result = render(file, with: renderer, state: state)
                let (done, failed) = state.finish(file, result)
                let line: String
                switch result {
                case .success(let written): line = "\(file): \(written.isEmpty ? "no documents (no plan)" : written.joined(separator: ", "))"
                case .failure(let failure): line = "\(file): failed (\(failure.reasons.first ?? ""))"
                }
                report(done, failed, line)
            }
        }
        return state.outcome()
    }

    private func render(_ file: String, with renderer: PDFRenderer, state: BatchState) -> Result<[String], FailureReasons> {
        let caseFile: CaseFile
        do {
            caseFile = try engine.documentReader.read(path: file)
        } catch {
            return .failure(FailureReasons(reasons: error.issues.map { issue in
                Self.withoutPath(issue.description, file)
            }))
        }
        let schedule: GradedSchedule?
        do {
            schedule = try engine.schedule(for: caseFile)
        } catch {
            return .failure(FailureReasons(reasons: error.conflicts.map { conflict in
                let line = caseFile.locations[conflict.field].map { "line \($0.line): " } ?? ""
                return "\(line)\(conflict.field): the plan cannot be met: \(conflict.problem) \(conflict.resolution)"
            }))
        }
        let kinds: [DocumentKind]
        switch choice {
        case .all: kinds = engine.supportedDocuments(for: caseFile)
        case .kind(let kind):
            guard engine.supportedDocuments(for: caseFile).contains(kind) else {
                return .failure(FailureReasons(reasons: ["a \(kind.rawValue) needs a plan section; this case file has none."]))
            }
            kinds = [kind]
        }
        let reference = caseFile.caseInfo.reference
        if let other = state.claimReference(reference, for: file) {
            return .failure(FailureReasons(reasons: ["\(other) has the same case reference (\(reference)); their documents would overwrite each other. Give each case file its own case.reference."]))
        }
        var written: [String] = []
        for kind in kinds {
            let path = (outputFolder as NSString).appendingPathComponent(DocumentEngine.fileName(reference: reference, kind: kind))
            do {
                let document = try engine.build(kind, caseFile: caseFile, schedule: schedule)
                try AtomicFile.write(try renderer.render(document), to: path)
                written.append(path)
            } catch {
                return .failure(FailureReasons(reasons: ["\(kind.rawValue): \(error)"], written: written.count))
            }
        }
        return .success(written)
    }

    static func withoutPath(_ text: String, _ file: String) -> String {
        text.hasPrefix(file + ":") ? String(text.dropFirst(file.count + 1)).trimmingCharacters(in: .whitespaces) : text
    }
}

struct FailureReasons: Error {
    var reasons: [String]
    /// Documents of this file written before the failure.
    var written = 0
}

/// The shared bookkeeping of a batch: which file is next, which references are taken,
/// and what has been done.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var documents = 0
    private var failures: [BatchRenderer.Failure] = []
    private var references: [String: String] = [:]

    func claim(_ count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// The file that already has this reference, or nil after claiming it for `file`.
    func claimReference(_ reference: String, for file: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let other = references[reference] { return other }
        references[reference] = file
        return nil
    }

    func finish(_ file: String, _ result: Result<[String], FailureReasons>) -> (Int, Int) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        switch result {
        case .success(let written): documents += written.count
        case .failure(let failure):
            documents += failure.written
            failures.append(BatchRenderer.Failure(file: file, reasons: failure.reasons))
        }
        return (done, failures.count)
    }

    func outcome() -> BatchRenderer.Outcome {
        lock.lock()
        defer { lock.unlock() }
        return BatchRenderer.Outcome(documents: documents, failures: failures.sorted { $0.file < $1.file })
    }
}
