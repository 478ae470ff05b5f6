import Foundation
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
    private struct Loaded {
        /// Parsed files by path.
        var files: [String: [String: Wording.WordingValue]] = [:]
        /// Wordings by `language/kind`.
        var wordings: [String: Wording] = [:]
    }

    private let loaded = Mutex(Loaded())

    init(templates: String) {
        self.templates = templates
    }

    /// The wording for `document` in `language` (`en-GB` for English in any form; a
    /// language the templates do not have is an error, see `DocumentLanguage`).
    func wording(document: String, language: String) throws(DocumentError) -> Wording {
        let key = language + "/" + document
        let templates = self.templates
        return try loaded.withLock { (loaded: inout Loaded) throws(DocumentError) -> Wording in
            if let known = loaded.wordings[key] { return known }
            let wording = try Wording.load(templates: templates, document: document, language: language) { path throws(DocumentError) in
                if let known = loaded.files[path] { return known }
                let entries = try Wording.parse(path: path)
                loaded.files[path] = entries
                return entries
            }
            loaded.wordings[key] = wording
            return wording
        }
    }
}
