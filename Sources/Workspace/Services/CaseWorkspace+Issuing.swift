import Documents
import PlanBuilder

/// Issuing: the draft's text frozen with every document made from it, in one
/// transaction, so a crash leaves a complete version or none. The client's approval is
/// recorded before anything the employer reads can be downloaded.
extension CaseWorkspace {
    /// Issues the current draft as the next version: `issueDate` (YYYY-MM-DD) is printed
    /// on the documents unless the case file gives `case.issued`.
    public func issue(_ id: Int64, issuedTo: String, issueDate: String, by account: Account) throws(WorkspaceError) -> IssuedVersion {
        let stored = try readableCase(id, by: account)
        guard let date = LocalDate(iso: issueDate) else {
            throw .refused("The issue date \(issueDate) is not a date; write it as YYYY-MM-DD.")
        }
        let recipient = issuedTo.trimmingSpaces
        guard !recipient.isEmpty else {
            throw .refused("Say to whom the documents go (the employer's name, the client).")
        }
        let documents = try render(stored.draft, issueDate: date, reference: stored.reference)
        let version = IssuedVersion(id: 0, caseID: id, number: 0, caseFile: stored.draft, sha256: SHA256.hex(stored.draft),
                                    issueDate: date.iso, issuedAt: clock.timestamp, issuedBy: account.id, issuedTo: recipient,
                                    templatesVersion: templatesVersion, documents: documents, approval: nil)
        return try attempt { () throws(StoreError) in try store.issue(version) }
    }

    /// Every document the case file supports, as PDFs, made as the command line makes them.
    func render(_ bytes: [UInt8], issueDate: LocalDate, reference: String) throws(WorkspaceError) -> [IssuedDocument] {
        var caseFile: CaseFile
        switch documents.read(bytes, name: reference) {
        case .failure(let errors): throw .invalidCaseFile(errors.issues.map { CaseMessage.issue($0, file: reference) })
        case .success(let read): caseFile = read
        }
        if caseFile.caseInfo.issued == nil { caseFile.caseInfo.issued = issueDate }
        let outcome = documents.produce(caseFile, name: reference)
        guard case .rendered(let rendered) = outcome else { throw .cannotIssue(outcome.messages) }
        return rendered.documents.map { document in
            IssuedDocument(kind: document.kind.rawValue, fileName: document.fileName, sha256: SHA256.hex(document.bytes), pdf: document.bytes)
        }
    }

    public func versions(_ id: Int64, by account: Account) throws(WorkspaceError) -> [IssuedVersion] {
        _ = try readableCase(id, by: account)
        return try attempt { () throws(StoreError) in try store.versions(caseID: id) }
    }

    /// Records the client's approval of an issued version ("in person", "by phone").
    public func approve(_ id: Int64, version number: Int, method: String, by account: Account) throws(WorkspaceError) {
        let versions = try versions(id, by: account)
        guard let version = versions.first(where: { $0.number == number }) else { throw .notFound("Version \(number)") }
        let how = method.trimmingSpaces.isEmpty ? "recorded" : String(method.trimmingSpaces.prefix(40))
        try attempt { () throws(StoreError) in
            try store.recordApproval(ClientApproval(approvedAt: clock.timestamp, method: how, recordedBy: account.id), versionID: version.id)
        }
    }

    /// One document of an issued version. What the employer reads is released only once
    /// the client's approval is recorded; the client's own copy and the review at any time.
    public func issuedDocument(_ id: Int64, version number: Int, kind: String, by account: Account) throws(WorkspaceError) -> IssuedDocument {
        let versions = try versions(id, by: account)
        guard let version = versions.first(where: { $0.number == number }),
              let document = version.documents.first(where: { $0.kind == kind }) else { throw .notFound("That document") }
        if DocumentKind(rawValue: kind)?.audience == .employer && version.approval == nil { throw .awaitingApproval }
        try audit(.download, by: account, caseID: id, detail: "version \(number) \(kind)")
        return document
    }

    /// Renders an issued version again from its frozen text and issue date and says
    /// whether every PDF came out byte for byte as issued.
    public func reRendersIdentically(_ version: IssuedVersion) throws(WorkspaceError) -> Bool {
        guard let date = LocalDate(iso: version.issueDate) else { return false }
        let again = try render(version.caseFile, issueDate: date, reference: "version \(version.number)")
        return again.map(\.sha256).sorted() == version.documents.map(\.sha256).sorted()
    }
}

extension CaseWorkspace {
    /// The first page of an issued document as a PNG, made again from the version's
    /// frozen text and issue date (the same layout as the issued PDF).
    public func previewPage(of version: IssuedVersion, kind: String) throws(WorkspaceError) -> [UInt8] {
        guard let date = LocalDate(iso: version.issueDate), let documentKind = DocumentKind(rawValue: kind) else { throw .notFound("That document") }
        var caseFile: CaseFile
        switch documents.read(version.caseFile, name: "version \(version.number)") {
        case .failure(let errors): throw .invalidCaseFile(errors.issues.map { CaseMessage.issue($0, file: "version \(version.number)") })
        case .success(let read): caseFile = read
        }
        if caseFile.caseInfo.issued == nil { caseFile.caseInfo.issued = date }
        let outcome = documents.produce(caseFile, name: "version \(version.number)", documents: .kind(documentKind), format: .png(resolution: 60))
        guard case .rendered(let rendered) = outcome, let page = rendered.documents.first(where: { $0.kind == documentKind })?.pages.first else {
            throw .cannotIssue(outcome.messages)
        }
        return page
    }
}
