import Foundation
import Hummingbird
import Workspace

/// Signing in and out. The sign-in form carries a token that must match a short-lived
/// cookie (there is no session yet to hold a CSRF token), attempts are throttled, and a
/// new session gets new tokens, so a token seen before sign-in is worth nothing after.
struct AuthRoutes {
    static let loginCookie = "vrdocs_login"

    let workspace: CaseWorkspace
    let pages: WebPages
    let throttle: LoginThrottle
    let secureCookies: Bool

    func add(to router: Router<WorkspaceRequestContext>) {
        router.get("/login") { _, context in loginPage(context, message: nil) }
        router.post("/login") { request, context in try await signIn(request, context) }
        router.post("/logout") { request, context in try await signOut(request, context) }
    }

    private func loginPage(_ context: WorkspaceRequestContext, message: String?, status: HTTPResponse.Status = .ok) -> Response {
        let token = SessionTokens.random()
        var values = PageValues.common("Sign in", context)
        values["login_token"] = token
        values["message"] = message
        var response = pages.html("login", values, status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, maxAge: 600, path: "/login", secure: secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    private func signIn(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, context: context)
        guard let cookie = request.cookies[Self.loginCookie]?.value, SessionTokens.equal(cookie, form["login_token"]) else {
            return loginPage(context, message: "The sign-in form had expired. Please try again.", status: .forbidden)
        }
        let username = form["username"]
        let now = workspace.clock.now
        if let seconds = throttle.wait(username: username, now: now) {
            return loginPage(context, message: "Too many attempts. Wait \(max(1, seconds / 60 + (seconds % 60 > 0 ? 1 : 0))) minutes and try again.",
                             status: .tooManyRequests)
        }
        guard let account = try workspace.signIn(username: username, password: form["password"]) else {
            throttle.recordFailure(username: username, now: now)
            return loginPage(context, message: "That username and password do not match an account in use.", status: .unauthorized)
        }
        throttle.recordSuccess(username: username)
        let token = SessionTokens.random()
        try workspace.store.deleteExpiredSessions(before: workspace.clock.timestamp)
        try workspace.store.createSession(StoredSession(tokenHash: SessionTokens.hash(token), accountID: account.id, csrfToken: SessionTokens.random(),
                                                        expiresAt: WorkspaceClock.timestamp(now.addingTimeInterval(SessionLoader.lifetime))))
        var response = Response.redirect(to: "/", type: .normal)
        response.setCookie(SessionLoader.cookie(token: token, secure: secureCookies))
        return response
    }

    private func signOut(_ request: Request, _ context: WorkspaceRequestContext) async throws -> Response {
        _ = try await FormBody.verified(request, context: context)
        if let session = context.session {
            try workspace.store.deleteSession(tokenHash: session.tokenHash)
            try workspace.store.record(AuditEntry(at: workspace.clock.timestamp, accountID: context.account?.id, action: .signOut, caseID: nil))
        }
        var response = Response.redirect(to: "/login", type: .normal)
        response.setCookie(SessionLoader.clearingCookie(secure: secureCookies))
        return response
    }
}
