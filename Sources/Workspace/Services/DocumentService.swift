import Caseload
import Documents
import PlanBuilder
import Synchronization

/// The workspace's way to the one document API (`DocumentWorker.produce`), shared by
/// every request: one worker behind a lock, so its font map is used by one thread at a
/// time, and the same engine (templates, catalogue, holidays) as the command line.
public final class DocumentService: Sendable {
    public let engine: DocumentEngine
    private let worker: Mutex<DocumentWorker>

    public init(engine: DocumentEngine) {
        self.engine = engine
        worker = Mutex(DocumentWorker(engine: engine))
    }

    /// Reads the text as the command line reads a file: every problem with its line.
    public func read(_ bytes: [UInt8], name: String) -> Result<CaseFile, CaseFileErrors> {
        do throws(CaseFileErrors) {
            return .success(try engine.documentReader.read(bytes: bytes, fileName: name, baseDirectory: nil))
        } catch {
            return .failure(error)
        }
    }

    /// The documents of a case file already read, as `render --document all` makes them.
    public func produce(_ caseFile: CaseFile, name: String, documents choice: DocumentChoice = .all, format: OutputFormat = .pdf) -> CaseOutcome {
        worker.withLock { worker in worker.produce(.caseFile(caseFile, name: name), documents: choice, format: format) }
    }

    /// The service's outcome report over the given case files, as `vr-docs caseload`
    /// makes it: a PDF, or one PNG per page.
    public func caseloadReport(_ caseFiles: [CaseFile], format: OutputFormat) throws -> [[UInt8]] {
        var tally = CaseloadTally()
        for caseFile in caseFiles { tally.add(CaseSummary(caseFile)) }
        let scan = CaseloadScan(tally: tally, filesRead: caseFiles.count)
        let wording = try CaseloadDocument.wording(templates: engine.templatesDirectory)
        return try worker.withLock { worker in try worker.renderCaseload(scan, wording: wording, format: format) }
    }
}
