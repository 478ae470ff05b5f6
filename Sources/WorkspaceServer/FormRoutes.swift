import Foundation
import HTTPTypes
import Hummingbird
import Documents
import PlanBuilder
import Workspace

/// The case file as a form: each section's fields with the reader's messages beside
/// them, and the lists (limitations, duties, adjustments, reviews) with items added from
/// the catalogue and removed. Every change goes through `CaseFormEditor`, so only the
/// values changed move in the text, and through `saveDraft`, so it is checked and
/// audited like an edit in the text editor.
struct FormRoutes {
    let workspace: CaseWorkspace
    let pages: WebPages
    let cases: CaseRoutes
    let editor: CaseFormEditor

    func add(to router: Router<WorkspaceRequestContext>) {
        router.get("/cases/{id}/form") { _, context in try page(context, notice: nil) }
        router.post("/cases/{id}/form") { request, context in try await save(request, context) }
        router.post("/cases/{id}/form/add") { request, context in try await addItem(request, context) }
        router.post("/cases/{id}/form/remove") { request, context in try await removeItem(request, context) }
        router.post("/cases/{id}/form/preview") { request, context in try await preview(request, context) }
    }

    /// The schedule the form would make if saved now: the page's script sends the form
    /// whenever a field changes; nothing is stored.
    private func preview(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { throw HTTPError(.unauthorized) }
        let id = try cases.caseID(context)
        let form = try await FormBody.verified(request, context: context)
        let stored = try run { () throws(WorkspaceError) in try workspace.openCase(id, by: account, recordingView: false) }
        let started = ContinuousClock.now
        let changed = (try? editor.apply(submission(form), to: stored.draft)) ?? stored.draft
        var response = pages.html("preview", cases.previewValues(workspace.check(changed)))
        response.headers[HTTPField.Name("Server-Timing")!] = ServerTiming.value(since: started)
        return response
    }

    private func submission(_ form: FormBody) -> CaseFormEditor.Submission { CaseFormEditor.Submission(values: form.all) }

    private func save(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        try await change(request, context) { form, bytes throws(YAMLEdit.Refusal) in try editor.apply(submission(form), to: bytes) }
    }

    private func addItem(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        try await change(request, context) { form, bytes throws(YAMLEdit.Refusal) in
            guard let list = editor.form.lists.first(where: { $0.name == form["list"] }) else { return bytes }
            return try editor.append(to: list, submission(form), bytes: bytes)
        }
    }

    private func removeItem(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        try await change(request, context) { form, bytes throws(YAMLEdit.Refusal) in
            guard let list = editor.form.lists.first(where: { $0.name == form["list"] }), let index = Int(form["index"]) else { return bytes }
            return try editor.remove(index, from: list, bytes: bytes)
        }
    }

    private func change(_ request: Request, _ context: WorkspaceRequestContext,
                        _ edit: (FormBody, [UInt8]) throws(YAMLEdit.Refusal) -> [UInt8]) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try cases.caseID(context)
        let form = try await FormBody.verified(request, context: context)
        let stored = try run { () throws(WorkspaceError) in try workspace.openCase(id, by: account, recordingView: false) }
        let changed: [UInt8]
        do {
            changed = try edit(form, stored.draft)
        } catch {
            return try page(context, notice: error.description, status: .unprocessableContent)
        }
        if changed != stored.draft {
            _ = try run { () throws(WorkspaceError) in try workspace.saveDraft(id, text: changed, by: account) }
        }
        return try page(context, notice: changed == stored.draft ? "Nothing changed." : "Saved.")
    }

    private func page(_ context: WorkspaceRequestContext, notice: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try cases.caseID(context)
        let stored = try run { () throws(WorkspaceError) in try workspace.openCase(id, by: account) }
        let check = workspace.check(stored.draft)
        var values = PageValues.common("\(stored.reference): form", context)
        values["case"] = ["id": id, "reference": stored.reference]
        values["notice"] = notice
        guard let spans = YAMLSpans(stored.draft) else {
            values["unreadable"] = true
            values["messages"] = PageValues.messages(check.messages)
            return pages.html("form", values, status: status)
        }
        var caseFile: CaseFile?
        if case .planned(let file, _, _) = check { caseFile = file }
        if case .infeasible(let file, _) = check { caseFile = file }
        let form = FormValues(editor: editor, spans: spans, messages: check.messages,
                              catalogue: workspace.documents.engine.catalogue, caseFile: caseFile)
        values["sections"] = form.sections()
        values["lists"] = form.lists()
        values["other_messages"] = PageValues.messages(form.unplaced)
        values.merge(cases.previewValues(check), uniquingKeysWith: { $1 })
        return pages.html("form", values, status: status)
    }
}
