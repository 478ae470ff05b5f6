import Foundation
import Hummingbird
import Workspace

/// A posted form's fields, read within the size limit. `verified` also checks the
/// CSRF token against the session's, so no other site can post a form for a signed-in
/// case manager.
struct FormBody {
    /// Every value of every field, in the order sent (a group of boxes sends several).
    let all: [String: [String]]

    subscript(_ name: String) -> String { all[name]?.last ?? "" }

    static func read(_ request: Request, context: WorkspaceRequestContext) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: WorkspaceLimits.maxBody)
        return FormBody(all: parse(String(buffer: buffer)))
    }

    /// `application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte.
    static func parse(_ text: String) -> [String: [String]] {
        var all: [String: [String]] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            all[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return all
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
