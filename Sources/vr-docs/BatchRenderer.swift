import Documents
import Foundation
import PlanBuilder

/// Renders many case files on several threads. Each thread has its own `DocumentWorker`
/// (it keeps a font map that must not be shared) and shares the engine, which is
/// immutable. A failing file is recorded with its reasons and the others carry on.
struct BatchRenderer: Sendable {
    let engine: DocumentEngine
    let outputFolder: String
    let choice: DocumentChoice

    struct Failure: Sendable {
        var file: String
        var reasons: [String]
        /// Documents of this file written before it failed (a full disk part way through).
        var written: [String] = []
    }

    struct Outcome: Sendable {
        var documents: Int
        /// Sorted by file.
        var failures: [Failure]
        /// Employer-bound text left out as health information (`CaseMessage.screened`), sorted.
        var warnings: [String]
        /// Every file's result, sorted by file, for `batch --json`.
        var files: [BatchRecord]
    }

    /// `report` is called after each file with the files done so far, those that failed,
    /// and a line saying what happened to this file.
    func run(_ files: [String], jobs: Int, report: @escaping @Sendable (Int, Int, String?) -> Void) -> Outcome {
        let state = BatchState(clashes: referenceClashes(files, jobs: jobs), count: files.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            let worker = DocumentWorker(engine: engine)
            while let index = state.claim() {
                let file = files[index]
                let result = render(file, with: worker, state: state)
                let (done, failed) = state.finish(file, result)
                let line: String
                switch result {
                case .success(let written):
                    line = "\(file): \(written.isEmpty ? "nothing to render (no plan, fitness recommendation or reviews)" : written.joined(separator: ", "))"
                case .failure(let failure): line = "\(file): failed (\(failure.reasons.first ?? ""))"
                }
                report(done, failed, line)
            }
        }
        return state.outcome()
    }

    /// Reads every file's case reference before anything is written, so that files whose
    /// documents would share a name are all refused (`ReferenceClashes`) rather than the
    /// last one rendered replacing the others. Reading is a small part of rendering.
    private func referenceClashes(_ files: [String], jobs: Int) -> ReferenceClashes {
        let references = ReferenceList(count: files.count)
        let next = WorkQueue(count: files.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            while let index = next.take() {
                if let caseFile = try? engine.reader.read(path: files[index]) {
                    references.set(index, caseFile.caseInfo.reference)
                }
            }
        }
        return ReferenceClashes(references.entries(files))
    }

    /// One file through the worker, then written: every document is laid out before any
    /// is written, so a document that cannot be drawn leaves none of this file's behind;
    /// only a failed write (a full disk) can stop part way, and then the documents already
    /// written are reported.
    private func render(_ file: String, with worker: DocumentWorker, state: BatchState) -> Result<[String], FailureReasons> {
        let rendered: RenderedCase
        switch worker.produce(.file(file), documents: choice) {
        case .invalid(let messages), .infeasible(_, let messages), .unsupported(_, let messages):
            return .failure(FailureReasons(reasons: messages.map(\.withinFile)))
        case .rendered(let done):
            rendered = done
        }
        if let reason = state.clashes.reason(for: file, reference: rendered.caseFile.caseInfo.reference) {
            return .failure(FailureReasons(reasons: [reason]))
        }
        state.warn(file, rendered.warnings)
        var written: [String] = []
        for document in rendered.documents {
            let path = (outputFolder as NSString).appendingPathComponent(document.fileName)
            do {
                try AtomicFile.write(document.bytes, to: path)
                written.append(path)
            } catch {
                return .failure(FailureReasons(reasons: ["\(error)"], written: written))
            }
        }
        return .success(written)
    }
}

struct FailureReasons: Error {
    var reasons: [String]
    /// Documents of this file written before the failure.
    var written: [String] = []
}

/// Each file's case reference, filled in by several threads (nil for a file that cannot
/// be read: it fails on its own later).
private final class ReferenceList: @unchecked Sendable {
    private let lock = NSLock()
    private var references: [String?]

    init(count: Int) { references = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ reference: String) {
        lock.lock()
        references[index] = reference
        lock.unlock()
    }

    func entries(_ files: [String]) -> [(file: String, reference: String)] {
        lock.lock()
        defer { lock.unlock() }
        return zip(files, references).compactMap { file, reference in reference.map { (file, $0) } }
    }
}

/// The shared bookkeeping of a batch: which file is next, which references are taken,
/// and what has been done.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private let queue: WorkQueue
    private var done = 0
    private var documents = 0
    private var failures: [BatchRenderer.Failure] = []
    private var warnings: [String] = []
    private var records: [String: BatchRecord] = [:]
    let clashes: ReferenceClashes

    init(clashes: ReferenceClashes, count: Int) {
        self.clashes = clashes
        queue = WorkQueue(count: count)
    }

    /// The next file to render, handed out once each (the same queue `validate` uses).
    func claim() -> Int? { queue.take() }

    func finish(_ file: String, _ result: Result<[String], FailureReasons>) -> (Int, Int) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        var record = records[file] ?? BatchRecord(file: file)
        switch result {
        case .success(let written):
            documents += written.count
            record.written = written
        case .failure(let failure):
            documents += failure.written.count
            failures.append(BatchRenderer.Failure(file: file, reasons: failure.reasons, written: failure.written))
            record.ok = false
            record.written = failure.written
            record.errors = failure.reasons
        }
        records[file] = record
        return (done, failures.count)
    }

    func warn(_ file: String, _ messages: [CaseMessage]) {
        guard !messages.isEmpty else { return }
        lock.lock()
        warnings += messages.map(\.description)
        records[file, default: BatchRecord(file: file)].warnings = messages.map(\.withinFile)
        lock.unlock()
    }

    func outcome() -> BatchRenderer.Outcome {
        lock.lock()
        defer { lock.unlock() }
        return BatchRenderer.Outcome(documents: documents, failures: failures.sorted { $0.file < $1.file },
                                     warnings: warnings.sorted(), files: records.values.sorted { $0.file < $1.file })
    }
}
