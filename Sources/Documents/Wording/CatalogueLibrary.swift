import PlanBuilder
import Synchronization

/// The catalogue in each language a document is written in, translated the first time a
/// document in that language is built and kept for the rest of the run. British English
/// is the catalogue itself; any other language must translate every entry
/// (`CatalogueTranslation`), or the run stops.
final class CatalogueLibrary: Sendable {
    private let english: Catalogue
    private let templates: String
    private let translated = Mutex<[String: Catalogue]>([:])

    init(english: Catalogue, templates: String) {
        self.english = english
        self.templates = templates
    }

    /// The catalogue for a wording folder (`en-GB`, `cy`).
    func catalogue(language: String) throws(DocumentError) -> Catalogue {
        guard language != "en-GB" else { return english }
        let english = self.english, templates = self.templates
        return try translated.withLock { (known: inout [String: Catalogue]) throws(DocumentError) -> Catalogue in
            if let catalogue = known[language] { return catalogue }
            do throws(TemplateErrors) {
                let catalogue = try CatalogueTranslation.translate(english, templatesDirectory: templates, language: language)
                known[language] = catalogue
                return catalogue
            } catch {
                throw .templateFile(error)
            }
        }
    }
}
