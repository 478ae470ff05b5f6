import PlanBuilder

/// Problems producing a document, worded for the person running vr-docs.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    case templatesNotFound(searched: [String])
    /// A template file (wording, the health-terms screening list, a theme) is missing or
    /// malformed: the run stops rather than fall back to a default.
    case templateFile(TemplateErrors)
    case missingWording(key: String, language: String)
    /// `client.language` names a language the templates have no wording for.
    case unsupportedLanguage(language: String, available: [String])
    case rendering(String)
    case writing(path: String, problem: String)

    public var description: String {
        switch self {
        case .templatesNotFound(let searched):
            return "cannot find the templates folder (wording, catalogues, holidays). Looked in: \(searched.joined(separator: ", ")). Run vr-docs from the project folder, or pass --templates DIR, or set VR_DOCS_TEMPLATES."
        case .templateFile(let errors):
            return errors.description
        case .missingWording(let key, let language):
            return "the wording templates for \(language) have no entry \"\(key)\". Add it to templates/wording/\(language)/."
        case .unsupportedLanguage(let language, let available):
            return "client.language is \"\(language)\", but there is no wording in that language. Use one of: \(available.joined(separator: ", ")), or add templates/wording/\(language)/."
        case .rendering(let problem):
            return "could not lay out the document: \(problem)"
        case .writing(let path, let problem):
            return "could not write \(path): \(problem)"
        }
    }
}
