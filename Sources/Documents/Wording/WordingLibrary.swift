import Foundation
import PlanBuilder
import Synchronization

/// The wording of each document kind and language, loaded the first time a document of
/// that kind and language is built, and each wording file parsed at most once.
///
/// `vr-docs render` of one plan needs one language's `common.yaml` and `rtw-plan.yaml`;
/// loading every kind in every language up front (and `common.yaml` again for each kind)
/// cost a whole process more than laying out the document's text. A batch still parses
/// each file once and then reuses it for every case file, from any thread.
final class WordingLibrary: Sendable {
    private let templates: String
    /// The cache folder of parsed wording files (`TemplateSnapshot`), nil for none.
    private let snapshots: String?
    private struct Loaded {
        /// Parsed files by path.
        var files: [String: [String: Wording.WordingValue]] = [:]
        /// Wordings by `language/kind`.
        var wordings: [String: Wording] = [:]
    }

    private let loaded = Mutex(Loaded())

    init(templates: String, snapshots: String? = TemplateSnapshot.defaultFolder) {
        self.templates = templates
        self.snapshots = snapshots
    }

    /// The wording for `document` in `language` (`en-GB` for English in any form; a
    /// language the templates do not have is an error, see `DocumentLanguage`).
    func wording(document: String, language: String) throws(DocumentError) -> Wording {
        let key = language + "/" + document
        let templates = self.templates
        let snapshots = self.snapshots
        return try loaded.withLock { (loaded: inout Loaded) throws(DocumentError) -> Wording in
            if let known = loaded.wordings[key] { return known }
            let wording = try Wording.load(templates: templates, document: document, language: language) { path throws(DocumentError) in
                if let known = loaded.files[path] { return known }
                let entries = try TemplateSnapshot.value(of: path, format: Self.snapshotFormat, folder: snapshots) { () throws(DocumentError) in
                    try Wording.parse(path: path)
                }
                loaded.files[path] = entries
                return entries
            }
            loaded.wordings[key] = wording
            return wording
        }
    }

    /// A wording file's entries, in key order so the same file gives the same bytes.
    static let snapshotFormat = TemplateSnapshot.Format<[String: Wording.WordingValue]>(
        name: "wording", version: 1,
        encode: { entries, out in
            out.integer(UInt64(entries.count))
            for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
                out.strings([key])
                switch value {
                case .text(let text):
                    out.integer(0)
                    out.strings([text])
                case .list(let items):
                    out.integer(1)
                    out.list(items)
                case .table(let table):
                    out.integer(2)
                    let sorted = table.sorted { $0.key < $1.key }
                    out.list(sorted.map(\.key))
                    out.list(sorted.map(\.value))
                }
            }
        },
        decode: { input in
            guard let count = input.count() else { return nil }
            var entries: [String: Wording.WordingValue] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = input.string(), let kind = input.integer() else { return nil }
                switch kind {
                case 0:
                    guard let text = input.string() else { return nil }
                    entries[key] = .text(text)
                case 1:
                    guard let items = input.list() else { return nil }
                    entries[key] = .list(items)
                case 2:
                    guard let keys = input.list(), let values = input.list(), keys.count == values.count else { return nil }
                    entries[key] = .table(Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first }))
                default:
                    return nil
                }
            }
            return entries
        })
}
