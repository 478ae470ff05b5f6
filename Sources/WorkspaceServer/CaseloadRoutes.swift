import Hummingbird
import Documents
import PlanBuilder
import Workspace

/// The service's outcome figures over every stored case, the same report and charts as
/// `vr-docs caseload`: for service leads (and case managers), with no one's name or
/// health details, and small numbers suppressed as in the report.
struct CaseloadRoutes {
    let workspace: CaseWorkspace
    let pages: WebPages

    func add(to router: Router<WorkspaceRequestContext>) {
        router.get("/caseload") { _, context in try page(context) }
        router.get("/caseload/report.pdf") { _, context in try report(context, format: .pdf, page: 0) }
        router.get("/caseload/page/{page}") { _, context in
            try report(context, format: .png(resolution: 72), page: try context.parameters.require("page", as: Int.self))
        }
    }

    private func caseFiles(_ account: Account) throws -> [CaseFile] {
        guard account.role.maySeeCaseload else { throw HTTPError(.forbidden, message: WorkspaceError.forbidden.description) }
        return try workspace.store.allCases().compactMap { stored in
            if case .success(let caseFile) = workspace.documents.read(stored.draft, name: stored.reference) { return caseFile }
            return nil
        }
    }

    private func page(_ context: WorkspaceRequestContext) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let files = try caseFiles(account)
        let pages = try workspace.documents.caseloadReport(files, format: .png(resolution: 72))
        try workspace.store.record(AuditEntry(at: workspace.clock.timestamp, accountID: account.id, action: .caseloadViewed, caseID: nil))
        var values = PageValues.common("Caseload", context)
        values["cases"] = files.count
        values["pages"] = (1...max(1, pages.count)).map { ["number": $0] }
        return self.pages.html("caseload", values)
    }

    private func report(_ context: WorkspaceRequestContext, format: OutputFormat, page: Int) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let rendered = try workspace.documents.caseloadReport(try caseFiles(account), format: format)
        if format == .pdf { return download(rendered[0], type: "application/pdf", fileName: "caseload.pdf") }
        guard rendered.indices.contains(page - 1) else { throw HTTPError(.notFound) }
        return download(rendered[page - 1], type: "image/png", fileName: "caseload-\(page).png", inline: true)
    }
}
