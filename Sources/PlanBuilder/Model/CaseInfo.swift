/// The `case` section: who issues the documents and how the referral arrived.
public struct CaseInfo: Sendable {
    public var reference: String
    public var service: Service?
    public var caseManager: Contact?
    public var tier: TierChoice
    public var referral: Referral?
    public var firstContact: LocalDate?
    public var assessed: LocalDate?
    public var contacts: Int?
    /// Optional extension: the date the documents are issued (printed on each, and their
    /// PDF creation date), so output never depends on the clock.
    public var issued: LocalDate?
    /// Optional extension: the plan's version as the service numbers it ("2" after a review).
    public var version: String?

    public init(reference: String, service: Service? = nil, caseManager: Contact? = nil,
                tier: TierChoice = .auto, referral: Referral? = nil,
                firstContact: LocalDate? = nil, assessed: LocalDate? = nil, contacts: Int? = nil) {
        self.reference = reference
        self.service = service
        self.caseManager = caseManager
        self.tier = tier
        self.referral = referral
        self.firstContact = firstContact
        self.assessed = assessed
        self.contacts = contacts
    }
}

/// The VR service named on every page.
public struct Service: Sendable, Equatable {
    public var name: String?
    public var address: String?
    public var phone: String?
    public var email: String?
    /// Path to a PNG, already resolved against the case file's folder.
    public var logo: String?
    public init(name: String? = nil, address: String? = nil, phone: String? = nil,
                email: String? = nil, logo: String? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.logo = logo
    }
}

/// `tier: auto` lets PlanBuilder decide; a number is the case manager's own decision.
public enum TierChoice: Sendable, Equatable {
    case auto
    case given(Int)
}

public struct Referral: Sendable {
    public var date: LocalDate?
    public var source: String?
    public var reason: String?
    public init(date: LocalDate? = nil, source: String? = nil, reason: String? = nil) {
        self.date = date
        self.source = source
        self.reason = reason
    }

    public static let sources = ["self", "gp", "nhs-acute", "nhs-community", "employer",
                                 "occupational-health", "insurer", "jobcentre",
                                 "voluntary-sector", "other"]
    public static let reasons = ["off-sick-return", "stay-in-work", "employability",
                                 "change-job", "leave-work", "third-party"]
}
