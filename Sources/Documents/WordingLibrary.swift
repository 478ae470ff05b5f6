import Foundation

/// The wording of each document kind and language, loaded the first time a document of
/// that kind and language is built, and each wording file parsed at most once.
///
/// `vr-docs render` of one plan needs one language's `common.yaml` and `rtw-plan.yaml`;
/// loading every kind in every language up front (and `common.yaml` again for each kind)
/// cost a whole process more than laying out the document's text. A batch still parses
/// each file once and then reuses it for every case file, from any thread.
final class WordingLibrary: @unchecked Sendable {
    private let templates: String
    private let lock = NSLock()
    /// Parsed files by path; nil for a file that does not exist.
    private var files: [String: [String: Wording.WordingValue]?] = [:]
    /// Wordings by `language/kind`.
    private var wordings: [String: Wording] = [:]

    init(templates: String) {
        self.templates = templates
    }

    /// The wording for `document` in `language` (`en-GB` for English in any form; a
    /// language the templates do not have is an error, see `DocumentLanguage`).
    func wording(document: String, language: String) throws(DocumentError) -> Wording {
        let key = language + "/" + document
        lock.lock()
        defer { lock.unlock() }
        if let known = wordings[key] { return known }
        let loaded = try Wording.load(templates: templates, document: document, language: language, file: parsedFile)
        wordings[key] = loaded
        return loaded
    }

    /// Called with the lock held.
    private func parsedFile(_ path: String) throws(DocumentError) -> [String: Wording.WordingValue]? {
        if let known = files[path] { return known }
        let entries = FileManager.default.fileExists(atPath: path) ? try Wording.parse(path: path) : nil
        files[path] = entries
        return entries
    }
}
