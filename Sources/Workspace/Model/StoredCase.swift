import PlanBuilder

/// A case as the workspace keeps it: its reference, whose it is, and the draft being
/// worked on. The draft is the case file's text exactly as written or imported, so it
/// exports byte for byte; issued versions are kept apart and never change.
public struct StoredCase: Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var ownerID: Int64
    public var draft: [UInt8]
    /// When the draft last changed (UTC, ISO 8601).
    public var updatedAt: String

    public init(id: Int64, reference: String, ownerID: Int64, draft: [UInt8], updatedAt: String) {
        self.id = id
        self.reference = reference
        self.ownerID = ownerID
        self.draft = draft
        self.updatedAt = updatedAt
    }

    public var draftText: String { String(decoding: draft, as: UTF8.self) }
}

/// A version issued to its readers: the case file's text frozen, the documents made
/// from it, who issued it to whom and when, and the fingerprints that let anyone check
/// years later that a PDF came from exactly this text and these templates.
public struct IssuedVersion: Sendable, Equatable {
    public var id: Int64
    public var caseID: Int64
    /// 1, 2, 3 ... per case.
    public var number: Int
    public var caseFile: [UInt8]
    /// SHA-256 of `caseFile`, as in every document's metadata.
    public var sha256: String
    /// The date printed on the documents as their issue date (YYYY-MM-DD).
    public var issueDate: String
    public var issuedAt: String
    public var issuedBy: Int64
    /// To whom the documents go (the employer's name, "client"), as the case manager wrote it.
    public var issuedTo: String
    /// `vr-docs` release and the templates' fingerprint the documents were made with.
    public var templatesVersion: String
    public var documents: [IssuedDocument]
    /// The client's approval, recorded before anything reaches the employer.
    public var approval: ClientApproval?

    public init(id: Int64, caseID: Int64, number: Int, caseFile: [UInt8], sha256: String, issueDate: String, issuedAt: String,
                issuedBy: Int64, issuedTo: String, templatesVersion: String, documents: [IssuedDocument], approval: ClientApproval?) {
        self.id = id
        self.caseID = caseID
        self.number = number
        self.caseFile = caseFile
        self.sha256 = sha256
        self.issueDate = issueDate
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
        self.issuedTo = issuedTo
        self.templatesVersion = templatesVersion
        self.documents = documents
        self.approval = approval
    }
}

/// One PDF of an issued version, kept as it was issued.
public struct IssuedDocument: Sendable, Equatable {
    public var kind: String
    public var fileName: String
    public var sha256: String
    public var pdf: [UInt8]

    public init(kind: String, fileName: String, sha256: String, pdf: [UInt8]) {
        self.kind = kind
        self.fileName = fileName
        self.sha256 = sha256
        self.pdf = pdf
    }
}

/// The client's yes to what the employer will be sent, as the Faculty of Occupational
/// Medicine's guidance asks: when, how it was given, and who recorded it.
public struct ClientApproval: Sendable, Equatable {
    public var approvedAt: String
    /// "in person", "by phone", "by e-mail" ...
    public var method: String
    public var recordedBy: Int64

    public init(approvedAt: String, method: String, recordedBy: Int64) {
        self.approvedAt = approvedAt
        self.method = method
        self.recordedBy = recordedBy
    }
}
