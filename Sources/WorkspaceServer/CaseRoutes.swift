import Foundation
import HTTPTypes
import Hummingbird
import Documents
import PlanBuilder
import Workspace

/// The case manager's pages: their cases and what is due, importing a case file, the
/// case page with its editor, messages and schedule preview, export and sharing.
struct CaseRoutes {
    let workspace: CaseWorkspace
    let pages: WebPages

    func add(to router: Router<WorkspaceRequestContext>) {
        router.get("/") { _, context in try home(context) }
        router.post("/cases") { request, context in try await importCase(request, context) }
        router.post("/cases/new") { request, context in try await newCase(request, context) }
        router.get("/cases/{id}") { _, context in try casePage(try caseID(context), context, status: .ok) }
        router.post("/cases/{id}") { request, context in try await saveDraft(request, context) }
        router.post("/cases/{id}/preview") { request, context in try await preview(request, context) }
        router.get("/cases/{id}/export") { _, context in try export(context) }
        router.get("/cases/{id}/calendar.ics") { _, context in try calendar(context) }
        router.post("/cases/{id}/share") { request, context in try await share(request, context) }
        router.get("/due") { request, context in try due(request, context) }
    }

    func caseID(_ context: WorkspaceRequestContext) throws -> Int64 {
        try context.parameters.require("id", as: Int64.self)
    }

    private func home(_ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        switch account.role {
        case .serviceLead: return .redirect(to: "/caseload")
        case .administrator: return .redirect(to: "/admin/accounts")
        case .caseManager: return try casesPage(account, context, importText: "", messages: [], status: .ok)
        }
    }

    private func casesPage(_ account: Account, _ context: WorkspaceRequestContext, importText: String,
                           messages: [CaseMessage], status: HTTPResponse.Status) throws -> Response {
        let cases = try run { () throws(WorkspaceError) in try workspace.cases(for: account) }
        let rows: [[String: Any]] = cases.map { stored in
            var row: [String: Any] = ["id": stored.id, "reference": stored.reference, "updated": stored.updatedAt]
            switch workspace.check(stored.draft) {
            case .planned(let caseFile, _, _): row["client"] = caseFile.client.name; row["state"] = "Ready to issue"
            case .infeasible(let caseFile, _): row["client"] = caseFile.client.name; row["state"] = "The plan cannot be met"
            case .invalid(let problems): row["state"] = "\(problems.count) problem\(problems.count == 1 ? "" : "s") to fix"
            }
            return row
        }
        let today = LocalDate(iso: workspace.clock.today) ?? LocalDate(dayNumber: 0)
        let due = try run { () throws(WorkspaceError) in try workspace.due(for: account, today: today, within: 7) }
        var values = PageValues.common("Your cases", context)
        values["cases"] = rows
        values["due"] = DueValues.rows(due)
        values["import_text"] = importText
        values["import_messages"] = PageValues.messages(messages)
        return pages.html("cases", values, status: status)
    }

    private func importCase(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await FormBody.verified(request, context: context)
        do {
            let stored = try workspace.importCase(Array(form["case_file"].utf8), by: account)
            return .redirect(to: "/cases/\(stored.id)", type: .normal)
        } catch .invalidCaseFile(let messages) {
            return try casesPage(account, context, importText: form["case_file"], messages: messages, status: .unprocessableContent)
        } catch {
            throw httpError(error)
        }
    }

    private func newCase(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await FormBody.verified(request, context: context)
        let stored = try run { () throws(WorkspaceError) in try workspace.newCase(reference: form["reference"], clientName: form["client_name"], by: account) }
        return .redirect(to: "/cases/\(stored.id)/form", type: .normal)
    }

    /// The case page: the draft in the editor with every message beside it (the same
    /// messages as `vr-docs validate`), the schedule it makes, and its issued versions.
    func casePage(_ id: Int64, _ context: WorkspaceRequestContext, status: HTTPResponse.Status,
                  text: [UInt8]? = nil, saved: Bool = false) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let stored = try run { () throws(WorkspaceError) in try workspace.openCase(id, by: account, recordingView: text == nil) }
        let draft = text ?? stored.draft
        let check = workspace.check(draft)
        let versions = try run { () throws(WorkspaceError) in try workspace.versions(id, by: account) }
        var values = PageValues.common(stored.reference, context)
        values["case"] = ["id": id, "reference": stored.reference, "updated": stored.updatedAt]
        values["draft"] = String(decoding: draft, as: UTF8.self)
        values["saved"] = saved
        let history = try run { () throws(WorkspaceError) in try workspace.history(id, by: account) }
        var issuers: [Int64: String] = [:]
        for event in history { if let who = event.entry.accountID { issuers[who] = event.who } }
        values["versions"] = versions.reversed().map { version in
            var values = PageValues.version(version, caseID: id)
            values["issued_by"] = issuers[version.issuedBy] ?? ""
            if var approval = values["approval"] as? [String: Any], let recorder = version.approval?.recordedBy {
                approval["by"] = issuers[recorder] ?? ""
                values["approval"] = approval
            }
            return values
        }
        values["history"] = history.prefix(100).map { ["at": $0.entry.at, "who": $0.who, "action": $0.entry.action.rawValue, "detail": $0.entry.detail] }
        values["issue_date"] = workspace.clock.today
        if case .planned(let caseFile, _, _) = check { values["issued_to"] = caseFile.employment?.employer?.name ?? "" }
        values.merge(previewValues(check), uniquingKeysWith: { $1 })
        return pages.html("case", values, status: status)
    }

    /// The preview's part of a page: messages, and the schedule when there is one.
    func previewValues(_ check: DraftCheck) -> [String: Any] {
        var values: [String: Any] = ["messages": PageValues.messages(check.messages)]
        switch check {
        case .planned(_, let schedule, _):
            values["schedule"] = PageValues.schedule(schedule)
            values["ready"] = true
        case .infeasible: values["infeasible"] = true
        case .invalid: values["invalid"] = true
        }
        return values
    }

    private func saveDraft(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try caseID(context)
        let form = try await FormBody.verified(request, context: context)
        let text = Array(form["case_file"].utf8)
        _ = try run { () throws(WorkspaceError) in try workspace.saveDraft(id, text: text, by: account) }
        return try casePage(id, context, status: .ok, text: text, saved: true)
    }

    /// The schedule preview for the text being edited, as an HTML fragment the page's
    /// script puts in place; nothing is saved.
    private func preview(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { throw HTTPError(.unauthorized) }
        let id = try caseID(context)
        let form = try await FormBody.verified(request, context: context)
        _ = try run { () throws(WorkspaceError) in try workspace.openCase(id, by: account, recordingView: false) }
        let started = ContinuousClock.now
        let values = previewValues(workspace.check(Array(form["case_file"].utf8)))
        var response = pages.html("preview", values)
        response.headers[HTTPField.Name("Server-Timing")!] = ServerTiming.value(since: started)
        return response
    }

    private func export(_ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let stored = try run { () throws(WorkspaceError) in try workspace.exportCase(try caseIDTyped(context), by: account) }
        return download(stored.draft, type: "application/yaml; charset=utf-8", fileName: ReferenceFileName.stem(stored.reference) + ".yaml")
    }

    private func calendar(_ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let stored = try run { () throws(WorkspaceError) in try workspace.exportCase(try caseIDTyped(context), by: account) }
        guard case .planned(let caseFile, let schedule, _) = workspace.check(stored.draft), schedule != nil else {
            throw HTTPError(.unprocessableContent, message: "The case file has problems or no plan; fix them on the case page first.")
        }
        let bytes = try workspace.documents.engine.calendar(caseFile: caseFile, schedule: schedule)
        return download(bytes, type: "text/calendar; charset=utf-8", fileName: DocumentEngine.calendarFileName(reference: stored.reference))
    }

    private func share(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try caseID(context)
        let form = try await FormBody.verified(request, context: context)
        try run { () throws(WorkspaceError) in try workspace.share(id, withUsername: form["username"], by: account) }
        return .redirect(to: "/cases/\(id)", type: .normal)
    }

    private func due(_ request: Request, _ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let days = min(366, max(0, request.uri.queryParameters.get("within", as: Int.self) ?? 7))
        let today = LocalDate(iso: workspace.clock.today) ?? LocalDate(dayNumber: 0)
        let due = try run { () throws(WorkspaceError) in try workspace.due(for: account, today: today, within: days) }
        var values = PageValues.common("Due", context)
        values["due"] = DueValues.rows(due)
        values["within"] = days
        return pages.html("due", values)
    }

    private func caseIDTyped(_ context: WorkspaceRequestContext) throws(WorkspaceError) -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw .notFound("Case") }
        return id
    }
}

/// Runs a workspace call, turning its refusal into the HTTP answer that fits.
func run<T>(_ body: () throws(WorkspaceError) -> T) throws -> T {
    do { return try body() } catch { throw httpError(error) }
}

func httpError(_ error: WorkspaceError) -> HTTPError {
    switch error {
    case .forbidden: return HTTPError(.forbidden, message: error.description)
    case .notFound: return HTTPError(.notFound, message: error.description)
    case .invalidCaseFile, .cannotIssue, .refused, .awaitingApproval: return HTTPError(.unprocessableContent, message: error.description)
    case .store: return HTTPError(.internalServerError, message: "The workspace could not save or read this. Nothing was changed; try again.")
    }
}

/// Due items as the home page and the due page list them.
enum DueValues {
    static func rows(_ due: [(item: DueItem, caseID: Int64)]) -> [[String: Any]] {
        due.map { entry in
            ["date": entry.item.date.iso, "what": entry.item.description, "reference": entry.item.reference,
             "client": entry.item.clientName ?? "", "overdue": entry.item.overdue, "case_id": entry.caseID]
        }
    }
}

/// `Server-Timing: preview;dur=5.3`: how long the server spent on a preview, which the
/// browser's developer tools and the benchmark read.
enum ServerTiming {
    static func value(since started: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        return "preview;dur=" + String(format: "%.1f", milliseconds)
    }
}
