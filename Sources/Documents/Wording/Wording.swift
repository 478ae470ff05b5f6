import Foundation
import PlanBuilder

/// The sentences of the documents, read from `templates/wording/<language>/`, so that
/// wording is edited as text and a second language is a folder, not a code change.
///
/// British English is complete by definition; any other language must have every key
/// itself. A missing key is an error naming it, never a silent English sentence in the
/// middle of a Welsh document.
public struct Wording: Sendable {
    public let language: String
    private let entries: [String: WordingValue]

    enum WordingValue: Sendable, Equatable {
        case text(String)
        case list([String])
        case table([String: String])
    }

    /// Loads `common.yaml` and `<document>.yaml` for the language: `en-GB` for English in
    /// any form, the language's own folder otherwise (see `DocumentLanguage`).
    public static func load(templates: String, document: String, language: String) throws(DocumentError) -> Wording {
        try load(templates: templates, document: document, language: language) { (path) throws(DocumentError) in
            try parse(path: path)
        }
    }

    /// The same, reading each file through `file`, so that a
    /// `WordingLibrary` parses `common.yaml` once for every document kind. A bilingual
    /// tag (`cy-en`) is not one wording: the engine loads each of its languages.
    static func load(templates: String, document: String, language: String,
                     file: (String) throws(DocumentError) -> [String: WordingValue]) throws(DocumentError) -> Wording {
        let available = DocumentLanguage.available(templates: templates)
        let resolved = try DocumentLanguage.resolve(language, available: available)
        guard !resolved.isBilingual else {
            throw .unsupportedLanguage(language: language, available: DocumentLanguage.choices(available))
        }
        let folder = resolved.folders[0]
        return Wording(language: folder, entries: try read(templates: templates, folder: folder, document: document, file: file))
    }

    private init(language: String, entries: [String: WordingValue]) {
        self.language = language
        self.entries = entries
        var forms: [String: String] = [:], numbers: [String] = []
        if case .table(let table)? = entries["before_vowel_number"] { forms = table }
        if case .list(let list)? = entries["vowel_numbers"] { numbers = list }
        vowelNumbers = VowelNumberForms(forms: forms, numbers: numbers)
    }

    /// Small words that change before a number read with a vowel (Welsh "nag 8").
    private let vowelNumbers: VowelNumberForms?

    /// What every language shares (`every-language.yaml`: facts as numbers), then the
    /// language's `common.yaml`, then the document's own file; a later file's key wins.
    private static func read(templates: String, folder: String, document: String,
                             file: (String) throws(DocumentError) -> [String: WordingValue]) throws(DocumentError) -> [String: WordingValue] {
        var merged = try file(templates + "/wording/" + sharedFile)
        for name in ["common", document] {
            merged.merge(try file(templates + "/wording/" + folder + "/" + name + ".yaml")) { _, later in later }
        }
        return merged
    }

    /// The wording file every language reads first.
    static let sharedFile = "every-language.yaml"

    /// One wording file's entries: each is text, a list of texts or a table of texts.
    static func parse(path: String) throws(DocumentError) -> [String: WordingValue] {
        do throws(TemplateErrors) {
            let file = try TemplateFile(path: path, loss: "the documents' sentences are read from it")
            var entries: [String: WordingValue] = [:]
            for (name, value) in file.rootMapping() ?? [:] {
                switch value.yaml {
                case .scalar: if let text = value.text() { entries[name] = .text(text) }
                case .sequence: if let items = value.textList() { entries[name] = .list(items) }
                case .mapping: if let table = value.textTable() { entries[name] = .table(table) }
                case .alias: value.report("expected text, a list or a table of texts", fix: "Write the sentence out in full.")
                }
            }
            try file.finish()
            return entries
        } catch {
            throw .templateFile(error)
        }
    }

    private func value(_ key: String) -> WordingValue? { entries[key] }

    /// Placeholders every sentence of one document may use, such as the client's
    /// pronouns (`{their}`, `{they}`, `{them}`); values given to `text` win.
    private(set) var defaults: [String: String] = [:]

    /// This wording with the client's pronouns ("she/her", "he/him", "they/them") as
    /// `{they}`, `{them}`, `{their}` and `{They}`; "they" when none are given or known.
    public func withPronouns(_ pronouns: String?) -> Wording {
        let first = pronouns?.lowercased().split { !$0.isLetter }.first.map(String.init) ?? "they"
        let key = wording("pronoun_they", has: first) ? first : "they"
        var copy = self
        for form in ["they", "them", "their"] {
            let word = lookup("pronoun_\(form)", key)
            copy.defaults[form] = word
            copy.defaults[form.prefix(1).uppercased() + form.dropFirst()] = word.prefix(1).uppercased() + word.dropFirst()
        }
        return copy
    }

    private func wording(_ table: String, has code: String) -> Bool { self.table(table)[code] != nil }

    /// The sentence for `key` with `{placeholders}` filled in.
    public func text(_ key: String, _ values: [String: String] = [:]) throws(DocumentError) -> String {
        guard case .text(let template)? = value(key) else { throw .missingWording(key: key, language: language) }
        // The case's values first, then the wording's defaults (pronouns): looked up in
        // turn rather than merged into a new dictionary for every sentence.
        let joined = vowelNumbers?.apply(template, values: values) ?? template
        return Wording.fill(try counted(joined, values), values, defaults: defaults)
    }

    /// Every key, table entry (`key.entry`) and list item (`key[n]`): what a test compares
    /// to check that a language has everything the English wording has.
    var keyPaths: Set<String> {
        var paths: Set<String> = []
        for (key, value) in entries {
            paths.insert(key)
            switch value {
            case .text: break
            case .list(let items): for index in items.indices { paths.insert("\(key)[\(index)]") }
            case .table(let table): for entry in table.keys { paths.insert(key + "." + entry) }
            }
        }
        return paths
    }

    /// Whether the wording has an entry for `key`.
    public func has(_ key: String) -> Bool { entries[key] != nil }

    public func list(_ key: String) throws(DocumentError) -> [String] {
        guard case .list(let items)? = value(key) else { throw .missingWording(key: key, language: language) }
        return defaults.isEmpty ? items : items.map { Wording.fill($0, defaults) }
    }

    /// A word from a table such as `weekday_short.mon`; the code itself when absent.
    public func lookup(_ table: String, _ code: String) -> String {
        if case .table(let entries)? = entries[table], let word = entries[code] { return Wording.fill(word, defaults) }
        return code
    }

    /// A reason for time away in this language's words when it is a common one the case
    /// file gave in English ("annual leave" is "gwyliau blynyddol"); otherwise the case's
    /// own text.
    public func unavailableReason(_ reason: String) -> String {
        table("unavailable_reason")[reason.lowercased().trimmingCharacters(in: .whitespaces)] ?? reason
    }

    /// A whole table of words, e.g. conditions and the charities that help with them.
    public func table(_ name: String) -> [String: String] {
        if case .table(let entries)? = entries[name] { return entries }
        return [:]
    }
}
