/// One limitation or job demand from the catalogue: the code case files use, and the
/// plain words documents print for it.
public struct CatalogueEntry: Sendable, Equatable {
    /// Kebab-case code, e.g. `heat-sensitivity` or `prolonged-standing`.
    public var code: String
    /// Short plain title, e.g. "Tires easily".
    public var title: String
    /// The functional effect (or what the job asks) in words an employer may read;
    /// never a diagnosis.
    public var description: String

    public init(code: String, title: String, description: String) {
        self.code = code
        self.title = title
        self.description = description
    }
}
