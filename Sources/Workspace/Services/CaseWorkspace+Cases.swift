import Documents
import PlanBuilder

/// What a case file's text amounts to: the same answer `vr-docs validate` and `plan`
/// give, for the form's messages and the live schedule preview.
public enum DraftCheck: Sendable {
    case invalid([CaseMessage])
    case infeasible(CaseFile, [CaseMessage])
    case planned(CaseFile, GradedSchedule?, warnings: [CaseMessage])

    public var messages: [CaseMessage] {
        switch self {
        case .invalid(let messages), .infeasible(_, let messages): return messages
        case .planned(_, _, let warnings): return warnings
        }
    }
}

/// Cases: import, open, change, export, share; each checked against the account's
/// access and written to the audit log.
extension CaseWorkspace {
    /// Reads and plans a case file's text without storing anything.
    public func check(_ bytes: [UInt8], name: String = "case file") -> DraftCheck {
        switch documents.read(bytes, name: name) {
        case .failure(let errors): return .invalid(errors.issues.map { CaseMessage.issue($0, file: name) })
        case .success(let caseFile):
            do {
                let schedule = try documents.engine.schedule(for: caseFile)
                return .planned(caseFile, schedule, warnings: documents.engine.warningMessages(for: caseFile, file: name))
            } catch {
                return .infeasible(caseFile, error.conflicts.map { CaseMessage.conflict($0, caseFile: caseFile, file: name) })
            }
        }
    }

    /// A new case from a case file's text (an upload or a paste). The text is kept
    /// exactly as given, so exporting it gives the same bytes back.
    public func importCase(_ bytes: [UInt8], by account: Account) throws(WorkspaceError) -> StoredCase {
        guard account.role.mayReadCases else { throw .forbidden }
        let caseFile: CaseFile
        switch documents.read(bytes, name: "case file") {
        case .failure(let errors): throw .invalidCaseFile(errors.issues.map { CaseMessage.issue($0, file: "case file") })
        case .success(let read): caseFile = read
        }
        let stored = try attempt { () throws(StoreError) in
            try store.createCase(reference: caseFile.caseInfo.reference, ownerID: account.id, draft: bytes, at: clock.timestamp)
        }
        try audit(.create, by: account, caseID: stored.id, detail: stored.reference)
        return stored
    }

    /// A new case from a reference and the client's name alone, for a case typed in from
    /// a referral letter: the smallest case file the reader accepts, which the form then
    /// fills in section by section.
    public func newCase(reference: String, clientName: String, by account: Account) throws(WorkspaceError) -> StoredCase {
        let reference = reference.trimmingSpaces, name = clientName.trimmingSpaces
        guard !reference.isEmpty, !name.isEmpty else { throw .refused("Give the case reference and the client's name; the form asks for the rest.") }
        let text = "format: 1\ncase:\n  reference: \(YAMLValueText.text(reference))\nclient:\n  name: \(YAMLValueText.text(name))\n"
        return try importCase(Array(text.utf8), by: account)
    }

    /// The case, when this account may read it; the view is recorded.
    public func openCase(_ id: Int64, by account: Account, recordingView: Bool = true) throws(WorkspaceError) -> StoredCase {
        let stored = try readableCase(id, by: account)
        if recordingView { try audit(.view, by: account, caseID: id) }
        return stored
    }

    func readableCase(_ id: Int64, by account: Account) throws(WorkspaceError) -> StoredCase {
        guard account.role.mayReadCases else { throw .forbidden }
        let found = try attempt { () throws(StoreError) in try store.storedCase(id: id) }
        guard let found else { throw .notFound("Case") }
        guard try attempt({ () throws(StoreError) in try store.mayRead(caseID: id, accountID: account.id) }) else { throw .forbidden }
        return found
    }

    /// Saves the draft whatever its state (work in progress may have problems) and says
    /// what they are. The reference follows the text once the text can be read.
    @discardableResult
    public func saveDraft(_ id: Int64, text bytes: [UInt8], by account: Account) throws(WorkspaceError) -> DraftCheck {
        let stored = try readableCase(id, by: account)
        let result = check(bytes)
        var reference = stored.reference
        switch result {
        case .planned(let caseFile, _, _), .infeasible(let caseFile, _): reference = caseFile.caseInfo.reference
        case .invalid: break
        }
        if bytes != stored.draft || reference != stored.reference {
            try attempt { () throws(StoreError) in try store.updateDraft(caseID: id, reference: reference, draft: bytes, at: clock.timestamp) }
            try audit(.change, by: account, caseID: id)
        }
        return result
    }

    /// The draft's exact bytes, for download as a case file.
    public func exportCase(_ id: Int64, by account: Account) throws(WorkspaceError) -> StoredCase {
        let stored = try readableCase(id, by: account)
        try audit(.export, by: account, caseID: id)
        return stored
    }

    public func cases(for account: Account) throws(WorkspaceError) -> [StoredCase] {
        guard account.role.mayReadCases else { throw .forbidden }
        return try attempt { () throws(StoreError) in try store.cases(visibleTo: account.id) }
    }

    /// Gives another case manager access to a case (a colleague covering leave).
    public func share(_ id: Int64, withUsername username: String, by account: Account) throws(WorkspaceError) {
        _ = try readableCase(id, by: account)
        let other = try attempt { () throws(StoreError) in try store.credentials(username: username.trimmingSpaces) }
        guard let other, other.account.role == .caseManager, !other.account.disabled else { throw .notFound("A case manager called \(username)") }
        try attempt { () throws(StoreError) in try store.share(caseID: id, with: other.account.id) }
        try audit(.share, by: account, caseID: id, detail: other.account.username)
    }

    /// What falls due across this account's cases (`vr-docs due` over the workspace),
    /// plus issued versions still waiting for the client's approval.
    public func due(for account: Account, today: LocalDate, within days: Int) throws(WorkspaceError) -> [(item: DueItem, caseID: Int64)] {
        var listed: [(item: DueItem, caseID: Int64)] = []
        for stored in try cases(for: account) {
            var name: String?
            if case .planned(let caseFile, let schedule, _) = check(stored.draft) {
                name = caseFile.client.name
                for item in DueList.items(for: caseFile, schedule: schedule, today: today, within: days) { listed.append((item, stored.id)) }
            }
            // An issued version whose employer documents still wait for the client.
            let versions = try attempt { () throws(StoreError) in try store.versions(caseID: stored.id) }
            for version in versions where version.approval == nil {
                let issued = LocalDate(iso: version.issueDate) ?? today
                listed.append((DueItem(date: issued, kind: .approval(version: version.number), reference: stored.reference,
                                       clientName: name, overdue: issued < today), stored.id))
            }
        }
        let order = DueList.sorted(listed.map(\.item))
        return order.map { item in listed.first { $0.item == item }! }
    }
}

extension CaseWorkspace {
    /// The case's history from the audit log, newest first, with who did each thing: the
    /// issue log a case manager reads (viewing it is not itself recorded).
    public func history(_ id: Int64, by account: Account) throws(WorkspaceError) -> [(entry: AuditEntry, who: String)] {
        _ = try readableCase(id, by: account)
        let entries = try attempt { () throws(StoreError) in try store.auditLog(caseID: id) }
        var names: [Int64: String] = [:]
        return try entries.reversed().map { entry throws(WorkspaceError) in
            guard let accountID = entry.accountID else { return (entry, "") }
            if names[accountID] == nil {
                names[accountID] = try attempt { () throws(StoreError) in try store.account(id: accountID) }?.displayName ?? "account \(accountID)"
            }
            return (entry, names[accountID]!)
        }
    }
}
