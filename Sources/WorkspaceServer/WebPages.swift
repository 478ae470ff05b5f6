import Foundation
import Hummingbird
import Mustache

/// The workspace's HTML, from the mustache templates in `templates/web/` (wording and
/// markup there, not in Swift), and its two static files. Everything is read once at
/// start-up: no request makes the server read a file.
public struct WebPages: Sendable {
    private let library: MustacheLibrary
    private let assets: [String: (type: String, bytes: [UInt8])]

    /// The static files a page may load, by the name in `/static/NAME`.
    static let assetNames = ["workspace.css": "text/css; charset=utf-8", "preview.js": "text/javascript; charset=utf-8"]

    public init(templatesDirectory: String) async throws {
        let folder = URL(fileURLWithPath: templatesDirectory).appendingPathComponent("web")
        library = try await MustacheLibrary(directory: folder.path)
        var assets: [String: (type: String, bytes: [UInt8])] = [:]
        for (name, type) in Self.assetNames {
            assets[name] = (type, [UInt8](try Data(contentsOf: folder.appendingPathComponent("static").appendingPathComponent(name))))
        }
        self.assets = assets
        for page in ["login", "cases", "case", "compare", "due", "caseload", "accounts", "preview", "form"] where library.getTemplate(named: page) == nil {
            throw WebPagesError.missingTemplate(folder.appendingPathComponent(page + ".mustache").path)
        }
    }

    /// A whole page, or a fragment such as the schedule preview, as HTML.
    /// Every list in `values` also gets `has_<name>`, so a template can leave out a
    /// table's heading and frame when the list is empty.
    func html(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        for (key, value) in values { if let list = value as? [Any] { values["has_" + key] = !list.isEmpty } }
        let text = library.render(values, withTemplate: template) ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func asset(_ name: String) -> Response? {
        guard let asset = assets[name] else { return nil }
        return Response(status: .ok, headers: [.contentType: asset.type, .cacheControl: "max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}

enum WebPagesError: Error, CustomStringConvertible {
    case missingTemplate(String)

    var description: String {
        switch self {
        case .missingTemplate(let path): return "\(path) is missing: the workspace's pages need it. Restore it from the release."
        }
    }
}

/// A downloaded file: a PDF, a PNG, a case file or a calendar, named for saving.
func download(_ bytes: [UInt8], type: String, fileName: String, inline: Bool = false) -> Response {
    let safe = fileName.filter { $0.isLetter || $0.isNumber || "-_.%".contains($0) }
    return Response(status: .ok, headers: [.contentType: type,
                                           .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(safe)\""],
                    body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}
