import Hummingbird
import Workspace

/// A posted form's fields, read within the size limit. `verified` also checks the
/// CSRF token against the session's, so no other site can post a form for a signed-in
/// case manager.
struct FormBody {
    let fields: [String: String]

    subscript(_ name: String) -> String { fields[name] ?? "" }

    static func read(_ request: Request, context: WorkspaceRequestContext) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: WorkspaceLimits.maxBody)
        let text = String(buffer: buffer)
        let fields = (try? URLEncodedFormDecoder().decode([String: String].self, from: text)) ?? [:]
        return FormBody(fields: fields)
    }

    /// The form, after checking its `csrf` field against the signed-in session.
    static func verified(_ request: Request, context: WorkspaceRequestContext) async throws -> FormBody {
        let form = try await read(request, context: context)
        guard let session = context.session, SessionTokens.equal(form["csrf"], session.csrfToken) else {
            throw HTTPError(.forbidden, message: "This form has expired or did not come from the workspace. Go back, reload the page and try again.")
        }
        return form
    }
}
