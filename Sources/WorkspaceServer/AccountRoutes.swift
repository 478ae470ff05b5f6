import Hummingbird
import Workspace

/// The administrator's page: accounts made, listed and disabled. No case content here.
struct AccountRoutes {
    let workspace: CaseWorkspace
    let pages: WebPages

    func add(to router: Router<WorkspaceRequestContext>) {
        router.get("/admin/accounts") { _, context in try page(context, message: nil, status: .ok) }
        router.post("/admin/accounts") { request, context in try await create(request, context) }
        router.post("/admin/accounts/{id}/disable") { request, context in try await disable(request, context) }
    }

    private func page(_ context: WorkspaceRequestContext, message: String?, status: HTTPResponse.Status) throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let accounts = try run { () throws(WorkspaceError) in try workspace.accounts(by: account) }
        var values = PageValues.common("Accounts", context)
        values["accounts"] = accounts.map { other in
            ["id": other.id, "username": other.username, "name": other.displayName, "role": other.role.title,
             "disabled": other.disabled, "self": other.id == account.id] as [String: Any]
        }
        values["roles"] = Role.allCases.map { ["value": $0.rawValue, "title": $0.title] }
        values["message"] = message
        return pages.html("accounts", values, status: status)
    }

    private func create(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await FormBody.verified(request, context: context)
        guard let role = Role(rawValue: form["role"]) else { return try page(context, message: "Choose a role.", status: .unprocessableContent) }
        do {
            _ = try workspace.createAccount(username: form["username"], displayName: form["name"], password: form["password"], role: role, by: account)
        } catch .forbidden {
            throw HTTPError(.forbidden, message: WorkspaceError.forbidden.description)
        } catch {
            return try page(context, message: error.description, status: .unprocessableContent)
        }
        return .redirect(to: "/admin/accounts", type: .normal)
    }

    private func disable(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        _ = try await FormBody.verified(request, context: context)
        let id = try context.parameters.require("id", as: Int64.self)
        try run { () throws(WorkspaceError) in try workspace.disable(accountID: id, by: account) }
        return .redirect(to: "/admin/accounts", type: .normal)
    }
}
