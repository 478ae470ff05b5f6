import Foundation
import Hummingbird
import Documents
import PlanBuilder
import Workspace

/// Issuing a version, recording the client's approval, the issued PDFs (downloaded or
/// previewed as a PNG of their first page), and what changed between versions.
struct VersionRoutes {
    let workspace: CaseWorkspace
    let pages: WebPages
    let cases: CaseRoutes

    func add(to router: Router<WorkspaceRequestContext>) {
        router.post("/cases/{id}/issue") { request, context in try await issue(request, context) }
        router.post("/cases/{id}/versions/{number}/approve") { request, context in try await approve(request, context) }
        router.get("/cases/{id}/versions/{number}/{file}") { _, context in try document(context) }
        router.get("/cases/{id}/compare") { request, context in try compare(request, context) }
    }

    private func issue(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try cases.caseID(context)
        let form = try await FormBody.verified(request, context: context)
        _ = try run { () throws(WorkspaceError) in
            try workspace.issue(id, issuedTo: form["issued_to"], issueDate: form["issue_date"], by: account)
        }
        return .redirect(to: "/cases/\(id)#versions", type: .normal)
    }

    private func approve(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try cases.caseID(context)
        let number = try context.parameters.require("number", as: Int.self)
        let form = try await FormBody.verified(request, context: context)
        guard form["confirmed"] == "yes" else {
            throw HTTPError(.unprocessableContent, message: "Tick the box to confirm the client has seen and agreed to what the employer will be sent.")
        }
        try run { () throws(WorkspaceError) in try workspace.approve(id, version: number, method: form["method"], by: account) }
        return .redirect(to: "/cases/\(id)#versions", type: .normal)
    }

    /// `rtw-plan.pdf` downloads the issued PDF; `rtw-plan.png` shows its first page.
    private func document(_ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try cases.caseID(context)
        let number = try context.parameters.require("number", as: Int.self)
        let file = try context.parameters.require("file")
        let isPNG = file.hasSuffix(".png")
        guard isPNG || file.hasSuffix(".pdf") else { throw HTTPError(.notFound) }
        let kind = String(file.dropLast(4))
        if !isPNG {
            let document = try run { () throws(WorkspaceError) in try workspace.issuedDocument(id, version: number, kind: kind, by: account) }
            return download(document.pdf, type: "application/pdf", fileName: document.fileName)
        }
        // A preview is for the case manager's screen (and for showing the client what
        // the employer will get), so it is not held back for approval as the PDF is.
        let versions = try run { () throws(WorkspaceError) in try workspace.versions(id, by: account) }
        guard let version = versions.first(where: { $0.number == number }), version.documents.contains(where: { $0.kind == kind }) else {
            throw HTTPError(.notFound, message: "That document is not part of this version.")
        }
        let png = try run { () throws(WorkspaceError) in try workspace.previewPage(of: version, kind: kind) }
        return download(png, type: "image/png", fileName: "\(kind)-version-\(number)-page-1.png", inline: true)
    }

    /// Two versions, or a version and the current draft, compared week by week.
    private func compare(_ request: Request, _ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try cases.caseID(context)
        let stored = try run { () throws(WorkspaceError) in try workspace.openCase(id, by: account, recordingView: false) }
        let versions = try run { () throws(WorkspaceError) in try workspace.versions(id, by: account) }
        func text(_ choice: String?) -> (label: String, bytes: [UInt8])? {
            guard let choice, choice != "draft" else { return ("the current draft", stored.draft) }
            guard let number = Int(choice), let version = versions.first(where: { $0.number == number }) else { return nil }
            return ("version \(number)", version.caseFile)
        }
        guard let before = text(request.uri.queryParameters.get("from")), let after = text(request.uri.queryParameters.get("to")) else {
            throw HTTPError(.notFound, message: "There is no such version of this case.")
        }
        var values = PageValues.common("\(stored.reference): what changed", context)
        values["case"] = ["id": id, "reference": stored.reference]
        values["from"] = before.label
        values["to"] = after.label
        if let comparison = VersionComparison(before: workspace.check(before.bytes), after: workspace.check(after.bytes),
                                              catalogue: workspace.documents.engine.catalogue) {
            values["same"] = comparison.isEmpty
            values["weeks_before"] = comparison.weeksBefore
            values["weeks_after"] = comparison.weeksAfter
            values["weeks"] = comparison.weekChanges.map { ["week": $0.week, "before": $0.before ?? "—", "after": $0.after ?? "—"] }
            values["added"] = comparison.adjustmentsAdded
            values["removed"] = comparison.adjustmentsRemoved
            if comparison.reviewsBefore != comparison.reviewsAfter {
                values["reviews"] = ["before": comparison.reviewsBefore.map(\.iso).joined(separator: ", "),
                                     "after": comparison.reviewsAfter.map(\.iso).joined(separator: ", ")]
            }
        } else {
            values["unreadable"] = true
        }
        return pages.html("compare", values)
    }
}
