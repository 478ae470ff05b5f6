import Foundation

/// A document to lay out: metadata, page geometry, running header/footer and
/// a flat list of blocks. ReportKit knows nothing about what the document is
/// *about*; callers turn their domain objects into blocks.
public struct ReportDocument: Sendable {
    public var metadata: DocumentMetadata
    public var pageSize: PageSize
    public var margins: Margins
    public var theme: Theme
    /// Optional small text at the top of every page.
    public var header: RunningHeader?
    /// Drawn at the bottom of every page (carries the page X of Y label).
    public var footer: RunningFooter
    public var blocks: [Block]
    /// Where the text changes language, for a document in two languages (Welsh then
    /// English): from `blocks[blockIndex]` on, the content is in `language`. Each
    /// structure element drawn from there carries its own `/Lang`, so a screen reader
    /// switches voice; `metadata.language` covers everything before.
    public var languageChanges: [LanguageChange] = []

    public init(
        metadata: DocumentMetadata,
        pageSize: PageSize = .a4,
        margins: Margins = .standard,
        theme: Theme = .standard,
        header: RunningHeader? = nil,
        footer: RunningFooter,
        blocks: [Block]
    ) {
        self.metadata = metadata
        self.pageSize = pageSize
        self.margins = margins
        self.theme = theme
        self.header = header
        self.footer = footer
        self.blocks = blocks
    }
}

/// A change of language part way through a document (see `ReportDocument.languageChanges`).
public struct LanguageChange: Sendable, Equatable {
    public var blockIndex: Int
    /// A BCP 47 tag such as `en-GB`.
    public var language: String
    /// Running text in the new language for the pages from the one the change falls on
    /// (a bilingual document's English half has an English header and "Page 4 of 6");
    /// nil keeps the document's own.
    public var header: RunningHeader?
    public var footer: RunningFooter?

    public init(blockIndex: Int, language: String, header: RunningHeader? = nil, footer: RunningFooter? = nil) {
        self.blockIndex = blockIndex
        self.language = language
        self.header = header
        self.footer = footer
    }
}

/// Document information written into the PDF Info dictionary.
///
/// `creationDate` is supplied by the caller (never read from the clock) so that
/// the same input always produces a byte-identical PDF.
public struct DocumentMetadata: Sendable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    /// ISO 8601, e.g. "2026-03-02T00:00:00Z" or "2026-03-02".
    public var creationDate: String
    /// BCP 47 language tag, e.g. "en-GB". Used for locale-aware line breaking
    /// and font choice, and written as the PDF's /Lang for screen readers.
    public var language: String?

    public init(
        title: String? = nil,
        author: String? = nil,
        subject: String? = nil,
        keywords: String? = nil,
        creator: String? = nil,
        creationDate: String,
        language: String? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}

/// Page margins in points. The running header and footer sit inside the
/// top and bottom margins.
public struct Margins: Sendable, Equatable {
    public var top: Double
    public var right: Double
    public var bottom: Double
    public var left: Double

    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    public init(all: Double) {
        self.init(top: all, right: all, bottom: all, left: all)
    }

    public static let standard = Margins(top: 56, right: 50, bottom: 64, left: 50)
}

/// Text at the top of every page: `left` aligned left (after the logo, if
/// any), `right` aligned right.
public struct RunningHeader: Sendable, Equatable {
    public var left: String
    public var right: String?
    /// Path of a PNG drawn at the left of the header, e.g. the service's
    /// logo. Rendering fails with `ReportKitError.unreadableLogo` if the
    /// file is missing or not a PNG.
    public var logoPNG: String?
    /// Height the logo is scaled to, in points (its width follows its
    /// aspect ratio). Capped so the logo stays inside the top margin.
    public var logoHeight: Double

    public init(left: String, right: String? = nil, logoPNG: String? = nil, logoHeight: Double = 22) {
        self.left = left
        self.right = right
        self.logoPNG = logoPNG
        self.logoHeight = logoHeight
    }
}

/// Text at the bottom of every page.
public struct RunningFooter: Sendable, Equatable {
    /// Left-aligned text, e.g. a reference number.
    public var left: String
    /// Centred text, e.g. a confidentiality line.
    public var center: String?
    /// Right-aligned template; `{page}` and `{pages}` are replaced.
    public var pageLabel: String

    public init(left: String, center: String? = nil, pageLabel: String = "Page {page} of {pages}") {
        self.left = left
        self.center = center
        self.pageLabel = pageLabel
    }

    /// The page label with the placeholders filled in.
    public func pageLabel(page: Int, of pages: Int) -> String {
        pageLabel
            .replacingEvery("{pages}", with: String(pages))
            .replacingEvery("{page}", with: String(page))
    }
}
