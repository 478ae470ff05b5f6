import Foundation
import HTTPTypes
import Hummingbird
import Documents
import Workspace
import WorkspaceServer

/// The workspace as a browser meets it, through Hummingbird's router test client: a
/// cookie jar, the CSRF token read from the last page, forms posted url-encoded.
final class WorkspaceBrowser: @unchecked Sendable {
    let client: RouterClient
    private(set) var cookies: [String: String] = [:]
    private(set) var lastPage = ""
    /// The CSRF token of the last page that had one (a preview fragment has none).
    private(set) var csrfToken: String?

    init(client: RouterClient) {
        self.client = client
    }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    @discardableResult
    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil)
    }

    @discardableResult
    func post(_ uri: String, _ fields: [String: String], csrf: Bool = true) async throws -> Page {
        var fields = fields
        if csrf, fields["csrf"] == nil, let token = csrfToken { fields["csrf"] = token }
        let body = fields.sorted { $0.key < $1.key }.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(uri, method: .post, body: body)
    }

    /// A form body as the page's own form would send it.
    func postRaw(_ uri: String, body: String) async throws -> Page {
        try await send(uri, method: .post, body: body)
    }

    func signIn(_ username: String, _ password: String) async throws -> Page {
        try await get("/login")
        return try await post("/login", ["login_token": Self.value(of: "login_token", in: lastPage) ?? "", "username": username,
                                         "password": password], csrf: false)
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || field.value.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let page = Page(status: response.status, headers: response.headers, body: Array(buffer: response.body))
        if page.headers[.contentType]?.hasPrefix("text/html") == true {
            lastPage = page.text
            if let token = Self.value(of: "csrf", in: page.text) { csrfToken = token }
        }
        // Follow a redirect after a form, as a browser does.
        if [.seeOther, .found].contains(response.status), let location = response.headers[.location] {
            return try await get(String(location.split(separator: "#", maxSplits: 1)[0]))
        }
        return page
    }

    static func value(of field: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(field)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The textarea's text as the browser shows it (HTML entities decoded).
    static func textarea(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<textarea id=\"\(id)\""), let open = html[start.upperBound...].firstIndex(of: ">"),
              let end = html[open...].range(of: "</textarea>") else { return nil }
        return String(html[html.index(after: open)..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// A workspace with a case manager, a colleague, a service lead and an administrator.
enum WorkspaceFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let password = "correct horse battery"
    static let engine: DocumentEngine = try! DocumentEngine(templatesDirectory: root.appendingPathComponent("templates").path)

    static func example(_ name: String) throws -> String {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/examples/\(name)")
        let path = FileManager.default.fileExists(atPath: shared.path) ? shared : root.appendingPathComponent("examples/\(name)")
        return try String(contentsOf: path, encoding: .utf8)
    }

    static func application() async throws -> (app: RouterClient, workspace: CaseWorkspace, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let workspace = CaseWorkspace(store: try SQLiteStore(path: folder.appendingPathComponent("w.sqlite").path),
                                      documents: DocumentService(engine: engine), passwords: Passwords(cost: 4), templatesVersion: "test")
        let admin = try workspace.createAccount(username: "admin", displayName: "Admin", password: password, role: .administrator, by: nil)
        for (name, role) in [("morag", Role.caseManager), ("ciaran", .caseManager), ("lead", .serviceLead)] {
            _ = try workspace.createAccount(username: name, displayName: name.capitalized, password: password, role: role, by: admin)
        }
        let pages = try await WebPages(templatesDirectory: root.appendingPathComponent("templates").path)
        let app = RouterClient(router: WorkspaceServer.router(workspace: workspace, pages: pages,
                                                                form: try CaseForm.load(templatesDirectory: root.appendingPathComponent("templates").path),
                                                                secureCookies: false))
        return (app, workspace, folder)
    }
}

extension WorkspaceBrowser {
    /// The fields a browser would send for the form with `action` on the last page, as
    /// the page fills them in: inputs (checked boxes only), the selected option of each
    /// select, text areas. `changes` replaces values by name; `unchecked` drops boxes.
    func submitForm(action: String, postTo: String? = nil, changes: [String: String] = [:], check: [String: String] = [:],
                    uncheck: [String: String] = [:]) async throws -> Page {
        guard let start = lastPage.range(of: "action=\"\(action)\""),
              let end = lastPage[start.upperBound...].range(of: "</form>") else { fatalError("no form \(action) on the page") }
        let html = String(lastPage[start.upperBound..<end.lowerBound])
        var pairs: [(String, String)] = []
        func attribute(_ name: String, in tag: String) -> String? {
            guard let range = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[range.upperBound...]
            return rest.firstIndex(of: "\"").map { Self.unescape(String(rest[..<$0])) }
        }
        let tags = try NSRegularExpression(pattern: "<(input|select|textarea)\\b[^>]*>", options: [])
        let ns = html as NSString
        for match in tags.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let tag = ns.substring(with: match.range)
            guard let name = attribute("name", in: tag) else { continue }
            if tag.hasPrefix("<input") {
                let type = attribute("type", in: tag) ?? "text"
                let value = attribute("value", in: tag) ?? ""
                if type == "checkbox" {
                    let checked = tag.contains(" checked")
                    if (checked && uncheck[name] != value) || check[name] == value { pairs.append((name, value)) }
                } else {
                    pairs.append((name, changes[name] ?? value))
                }
            } else if tag.hasPrefix("<select") {
                let after = ns.substring(from: match.range.location + match.range.length)
                let body = String(after[..<(after.range(of: "</select>")?.lowerBound ?? after.endIndex)])
                var selected = ""
                if let range = body.range(of: "selected>") ?? body.range(of: " selected") {
                    let before = body[..<range.lowerBound]
                    if let valueStart = before.range(of: "value=\"", options: .backwards) {
                        let rest = before[valueStart.upperBound...]
                        selected = Self.unescape(String(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)]))
                    }
                }
                pairs.append((name, changes[name] ?? selected))
            } else {
                let after = ns.substring(from: match.range.location + match.range.length)
                let body = String(after[..<(after.range(of: "</textarea>")?.lowerBound ?? after.endIndex)])
                pairs.append((name, changes[name] ?? Self.unescape(body)))
            }
        }
        let body = pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await postRaw(postTo ?? action, body: body)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&#x2F;", with: "/")
            .replacingOccurrences(of: "&#x3D;", with: "=").replacingOccurrences(of: "&#x60;", with: "`")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
