import Caseload
import Foundation
import PlanBuilder
import ReportKit

/// The one way from a case file to finished documents. Every caller — `render`,
/// `batch`, `demo`, the caseload report, the golden tests, a server — asks a worker to
/// `produce` and gets a `CaseOutcome` back, so reading, planning, consent, wording,
/// branding and layout happen the same way for all of them.
///
/// One worker per thread: it keeps one PDF renderer and its font map for every document
/// it makes (making a font map costs far more than laying out a short document), and a
/// font map must not be shared between threads. The engine it holds is immutable and
/// shared by all workers.
public final class DocumentWorker {
    public let engine: DocumentEngine
    private lazy var pdfRenderer = PDFRenderer()
    private lazy var pngRenderer = PNGRenderer()

    public init(engine: DocumentEngine) {
        self.engine = engine
    }

    /// For a command that reads templates before making its first worker: the fonts load
    /// on another core meanwhile (see `PDFRenderer.loadFontsInBackground`).
    public static func loadFontsInBackground() {
        PDFRenderer.loadFontsInBackground()
    }

    /// Reads, plans, checks and lays out the documents asked for. Nothing is written:
    /// the caller decides where the bytes go.
    public func produce(_ source: CaseSource, documents choice: DocumentChoice, format: OutputFormat = .pdf) -> CaseOutcome {
        let file = source.name
        let caseFile: CaseFile
        switch read(source) {
        case .success(let read): caseFile = read
        case .failure(let errors): return .invalid(errors.issues.map { CaseMessage.issue($0, file: file) })
        }
        let schedule: GradedSchedule?
        do {
            schedule = try engine.schedule(for: caseFile)
        } catch {
            return .infeasible(caseFile, error.conflicts.map { CaseMessage.conflict($0, caseFile: caseFile, file: file) })
        }
        if format == .ics { return calendar(caseFile, schedule: schedule, file: file) }
        let supported = engine.supportedDocuments(for: caseFile)
        let kinds: [DocumentKind]
        switch choice {
        case .all:
            guard !supported.isEmpty else { return .unsupported(caseFile, [CaseMessage.nothingToRender(file: file)]) }
            // The other documents are made; the warning says why the review is not.
            kinds = engine.reviewsAfterIssue(caseFile, file: file).isEmpty ? supported : supported.filter { $0 != .review }
        case .kind(let kind):
            guard supported.contains(kind) else { return .unsupported(caseFile, [CaseMessage.unsupported(kind, file: file)]) }
            if kind == .review {
                let early = engine.reviewsAfterIssue(caseFile, file: file)
                guard early.isEmpty else { return .invalid(early) }
            }
            kinds = [kind]
        }
        // The employer's view is made once, for the warnings and every employer document.
        let employerView = kinds.contains { $0.audience == .employer } ? engine.employerView(for: caseFile, schedule: schedule) : nil
        let warnings = employerView.map { engine.warningMessages(for: caseFile, file: file, employerView: $0) } ?? []
        var documents: [ProducedDocument] = []
        for kind in kinds {
            do {
                let pages = try render(kind, caseFile: caseFile, schedule: schedule, employerView: employerView, format: format)
                documents.append(ProducedDocument(kind: kind, fileName: DocumentEngine.fileName(reference: caseFile.caseInfo.reference, kind: kind),
                                                  pages: pages))
            } catch {
                return .invalid([CaseMessage(severity: .error, file: file, location: nil, text: "\(kind.rawValue): \(error)")])
            }
        }
        return .rendered(RenderedCase(caseFile: caseFile, schedule: schedule, documents: documents, warnings: warnings))
    }

    /// The client's calendar: it needs a plan, as their copy does.
    private func calendar(_ caseFile: CaseFile, schedule: GradedSchedule?, file: String) -> CaseOutcome {
        guard schedule != nil else { return .unsupported(caseFile, [CaseMessage.unsupported(.clientCopy, file: file)]) }
        do {
            let bytes = try engine.calendar(caseFile: caseFile, schedule: schedule)
            let produced = ProducedDocument(kind: .clientCopy, fileName: DocumentEngine.calendarFileName(reference: caseFile.caseInfo.reference),
                                            pages: [bytes])
            return .rendered(RenderedCase(caseFile: caseFile, schedule: schedule, documents: [produced], warnings: []))
        } catch {
            return .invalid([CaseMessage(severity: .error, file: file, location: nil, text: "calendar: \(error)")])
        }
    }

    /// One document of a case already read and planned: the PDF's bytes.
    public func render(_ kind: DocumentKind, caseFile: CaseFile, schedule: GradedSchedule?) throws -> [UInt8] {
        try render(kind, caseFile: caseFile, schedule: schedule, format: .pdf)[0]
    }

    /// The caseload report, named for the theme's service and finished like every other
    /// document (theme, paper, logo).
    public func renderCaseload(_ scan: CaseloadScan, wording: Wording) throws -> [UInt8] {
        try renderCaseload(scan, wording: wording, format: .pdf)[0]
    }

    /// The caseload report as a PDF or as one PNG per page (the workspace shows the pages).
    public func renderCaseload(_ scan: CaseloadScan, wording: Wording, format: OutputFormat) throws -> [[UInt8]] {
        var document = try CaseloadDocument(scan: scan, wording: wording, serviceName: engine.brand.serviceName).build()
        engine.finish(&document, largePrint: false, logo: nil)
        return try draw(document, format: format)
    }

    private func render(_ kind: DocumentKind, caseFile: CaseFile, schedule: GradedSchedule?, employerView: EmployerView? = nil,
                        format: OutputFormat) throws -> [[UInt8]] {
        try draw(try engine.build(kind, caseFile: caseFile, schedule: schedule, employerView: employerView), format: format)
    }

    private func draw(_ document: ReportDocument, format: OutputFormat) throws -> [[UInt8]] {
        do {
            switch format {
            case .pdf: return [try pdfRenderer.render(document)]
            case .png(let resolution): return try pngRenderer.render(document, resolution: resolution)
            case .ics: throw DocumentError.rendering("a calendar is not drawn")
            }
        } catch {
            throw DocumentError.rendering("\(error)")
        }
    }

    private func read(_ source: CaseSource) -> Result<CaseFile, CaseFileErrors> {
        do throws(CaseFileErrors) {
            switch source {
            case .file(let path): return .success(try engine.documentReader.read(path: path))
            case .bytes(let bytes, let name, let base):
                return .success(try engine.documentReader.read(bytes: bytes, fileName: name, baseDirectory: base))
            case .caseFile(let caseFile, _): return .success(caseFile)
            }
        } catch {
            return .failure(error)
        }
    }
}
