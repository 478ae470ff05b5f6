/// The person returning to work. `deprivationDecile` is for caseload analysis only and
/// never appears on a document.
public struct Client: Sendable {
    public var name: String
    public var preferredName: String?
    public var pronouns: String?
    public var dateOfBirth: LocalDate?
    public var phone: String?
    public var email: String?
    public var address: String?
    public var language: String
    public var largePrint: Bool
    public var communicationNeeds: String?
    public var deprivationDecile: Int?
    /// Optional extension: where the client lives (`england`, `wales`, `scotland`,
    /// `northern-ireland`, `ireland`), for the help services documents point to when the
    /// plan's holidays do not say (`holidays: none`, or no plan).
    public var nation: String?

    public init(name: String, preferredName: String? = nil, pronouns: String? = nil,
                dateOfBirth: LocalDate? = nil, phone: String? = nil, email: String? = nil,
                address: String? = nil, language: String = "en-GB", largePrint: Bool = false,
                communicationNeeds: String? = nil, deprivationDecile: Int? = nil) {
        self.name = name
        self.preferredName = preferredName
        self.pronouns = pronouns
        self.dateOfBirth = dateOfBirth
        self.phone = phone
        self.email = email
        self.address = address
        self.language = language
        self.largePrint = largePrint
        self.communicationNeeds = communicationNeeds
        self.deprivationDecile = deprivationDecile
    }
}
