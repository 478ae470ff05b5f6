import PlanBuilder

/// What became of one case file: the answer every caller (the CLI's render, batch and
/// demo, a server) gets from `DocumentWorker.produce`, so each only has to print or store
/// it, never to work out on its own what went wrong.
public enum CaseOutcome: Sendable {
    /// The file could not be read: every problem in it, each with its line and a fix.
    case invalid([CaseMessage])
    /// The file was read but its plan cannot be met: every conflict, each with a way out.
    case infeasible(CaseFile, [CaseMessage])
    /// The file cannot make the document asked for (a review needs reviews): what each
    /// document needs.
    case unsupported(CaseFile, [CaseMessage])
    case rendered(RenderedCase)

    /// Every message, in the order a case manager should read them.
    public var messages: [CaseMessage] {
        switch self {
        case .invalid(let messages), .infeasible(_, let messages), .unsupported(_, let messages): return messages
        case .rendered(let rendered): return rendered.warnings
        }
    }

    public var isRendered: Bool {
        if case .rendered = self { return true }
        return false
    }
}

/// A case file's documents, laid out and ready to write, with the warnings a case
/// manager must see (employer-bound text left out as health information).
public struct RenderedCase: Sendable {
    public let caseFile: CaseFile
    public let schedule: GradedSchedule?
    public let documents: [ProducedDocument]
    public let warnings: [CaseMessage]
}

/// One finished document: the PDF (one element) or one PNG per page.
public struct ProducedDocument: Sendable {
    public let kind: DocumentKind
    /// `VR-2026-0147-rtw-plan.pdf` (`DocumentEngine.fileName`).
    public let fileName: String
    public let pages: [[UInt8]]

    /// The PDF's bytes (the first and only element for a PDF).
    public var bytes: [UInt8] { pages.first ?? [] }
}
