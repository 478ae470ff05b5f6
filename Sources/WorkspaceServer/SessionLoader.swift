import Foundation
import Hummingbird
import Workspace

/// Finds the signed-in account from the session cookie. The cookie holds a random
/// token; the database holds only its SHA-256, with the account, the CSRF token and
/// the expiry. An expired session, or one whose account was disabled, signs no one in.
struct SessionLoader: RouterMiddleware {
    typealias Context = WorkspaceRequestContext
    static let cookieName = "vrdocs_session"
    /// Eight hours: a working day, then sign in again.
    static let lifetime: TimeInterval = 8 * 3600

    let workspace: CaseWorkspace

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value,
           let session = try? workspace.store.session(tokenHash: SessionTokens.hash(token)),
           session.expiresAt > workspace.clock.timestamp,
           let account = try? workspace.store.account(id: session.accountID), !account.disabled {
            context.session = session
            context.account = account
        }
        return try await next(request, context)
    }

    /// The cookie for a new session: HttpOnly (no script reads it), SameSite=Strict (no
    /// other site's page sends it), for the whole site, for the session's lifetime.
    static func cookie(token: String, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: token, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    static func clearingCookie(secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}
