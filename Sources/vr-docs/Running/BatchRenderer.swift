import Concurrency
import Documents
import Foundation
import PlanBuilder
import Synchronization

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
        /// What the case manager should look at before issuing (`DocumentEngine.caseWarnings`:
        /// screened employer-bound text, fit-note advice against the plan, English text in
        /// Welsh documents), sorted.
        var warnings: [String]
        /// Every file's result, sorted by file, for `batch --json`.
        var files: [BatchRecord]
    }

    /// `report` is called after each file with the files done so far, those that failed,
    /// and a line saying what happened to this file.
    func run(_ files: [String], jobs: Int, report: @escaping @Sendable (Int, Int, String?) -> Void) -> Outcome {
        let pool = WorkerPool(jobs: jobs, items: files.count)
        let state = BatchState(clashes: referenceClashes(files, pool: pool))
        let finishing = BoundedSerialQueue(label: "vr-docs.finishing")
        let record: @Sendable (String, Result<[String], FailureReasons>) -> Void = { file, result in
            let (done, failed) = state.finish(file, result)
            let line: String
            switch result {
            case .success(let written):
                line = "\(file): \(written.isEmpty ? "nothing to render (no plan, fitness recommendation or reviews)" : written.joined(separator: ", "))"
            case .failure(let failure): line = "\(file): failed (\(failure.reasons.first ?? ""))"
            }
            report(done, failed, line)
        }
        pool.forEach(files.count, makeWorker: { DocumentWorker(engine: engine) }) { worker, index in
            let file = files[index]
            switch render(file, with: worker, state: state) {
            case .failure(let failure): record(file, .failure(failure))
            case .success(let unfinished): finishing.hand { record(file, Self.finish(unfinished)) }
            }
        }
        finishing.waitUntilEmpty()
        return state.outcome()
    }

    /// Reads every file's case reference before anything is written, so that files whose
    /// documents would share a name are all refused (`ReferenceClashes`) rather than the
    /// last one rendered replacing the others. Reading is a small part of rendering.
    private func referenceClashes(_ files: [String], pool: WorkerPool) -> ReferenceClashes {
        // Each file's reference (nil for a file that cannot be read: it fails on its own later).
        let references = Mutex<[String?]>(Array(repeating: nil, count: files.count))
        pool.forEach(files.count) { index in
            if let caseFile = try? engine.reader.read(path: files[index]) {
                references.withLock { $0[index] = caseFile.caseInfo.reference }
            }
        }
        let entries = references.withLock { references in
            zip(files, references).compactMap { file, reference in reference.map { (file: file, reference: $0) } }
        }
        return ReferenceClashes(entries)
    }

    /// One file through the worker, then written to temporary files: every document is
    /// laid out before any is written, so a document that cannot be drawn leaves none of
    /// this file's behind, and a document that cannot be written (a full disk) takes the
    /// file's others with it.
    private func render(_ file: String, with worker: DocumentWorker, state: BatchState) -> Result<[UnfinishedFile], FailureReasons> {
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
        var unfinished: [UnfinishedFile] = []
        for document in rendered.documents {
            let path = (outputFolder as NSString).appendingPathComponent(document.fileName)
            do {
                unfinished.append(try AtomicFile.writeUnfinished(document.bytes, to: path))
            } catch {
                for written in unfinished { written.discard() }
                return .failure(FailureReasons(reasons: ["\(error)"]))
            }
        }
        return .success(unfinished)
    }

    /// Gives a file's documents their names, in order; only a failure here (a full disk
    /// found out at the last moment) can leave some of them written, and then they are
    /// reported.
    private static func finish(_ unfinished: [UnfinishedFile]) -> Result<[String], FailureReasons> {
        var written: [String] = []
        for (index, file) in unfinished.enumerated() {
            do {
                try file.finish()
                written.append(file.path)
            } catch {
                for rest in unfinished[(index + 1)...] { rest.discard() }
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

/// The shared bookkeeping of a batch: which references clash, and what has been done.
private final class BatchState: Sendable {
    private struct Tally {
        var done = 0
        var documents = 0
        var failures: [BatchRenderer.Failure] = []
        var warnings: [String] = []
        var records: [String: BatchRecord] = [:]
    }

    private let tally = Mutex(Tally())
    let clashes: ReferenceClashes

    init(clashes: ReferenceClashes) {
        self.clashes = clashes
    }

    func finish(_ file: String, _ result: Result<[String], FailureReasons>) -> (Int, Int) {
        tally.withLock { tally in
            tally.done += 1
            var record = tally.records[file] ?? BatchRecord(file: file)
            switch result {
            case .success(let written):
                tally.documents += written.count
                record.written = written
            case .failure(let failure):
                tally.documents += failure.written.count
                tally.failures.append(BatchRenderer.Failure(file: file, reasons: failure.reasons, written: failure.written))
                record.ok = false
                record.written = failure.written
                record.errors = failure.reasons
            }
            tally.records[file] = record
            return (tally.done, tally.failures.count)
        }
    }

    func warn(_ file: String, _ messages: [CaseMessage]) {
        guard !messages.isEmpty else { return }
        tally.withLock { tally in
            tally.warnings += messages.map(\.description)
            tally.records[file, default: BatchRecord(file: file)].warnings = messages.map(\.withinFile)
        }
    }

    func outcome() -> BatchRenderer.Outcome {
        tally.withLock { tally in
            BatchRenderer.Outcome(documents: tally.documents, failures: tally.failures.sorted { $0.file < $1.file },
                                  warnings: tally.warnings.sorted(), files: tally.records.values.sorted { $0.file < $1.file })
        }
    }
}
