/// Reads the `case` section: the case reference printed on every page, the service and
/// case manager, the tier and how the referral arrived.
struct CaseSectionReader {
    static let keys = ["reference", "service", "case_manager", "tier", "referral",
                       "first_contact", "assessed", "contacts", "issued", "version"]
    static let referralKeys = ["date", "source", "reason"]

    let baseDirectory: String?
    /// The templates folder, the other place a logo may be kept.
    var templatesDirectory: String? = nil

    func read(_ fields: MappingReader) -> CaseInfo? {
        var reference = fields.text("reference").map(ScalarText.trimmed)
        if let written = reference, !FieldLimits.referenceFitsFileName(written, at: fields.location("reference"), log: fields.log) {
            reference = nil
        }
        if !fields.has("reference") || reference == "" {
            fields.log.report(fields.fieldPath("reference"), at: fields.anchor,
                              "missing: every case file needs the service's case reference",
                              fix: "Add reference: under case, e.g. reference: VR-2026-0147.")
        }
        let service = fields.mapping("service", validKeys: ContactReader.serviceKeys)
            .map { ContactReader.service($0, baseDirectory: baseDirectory, templatesDirectory: templatesDirectory) }
        let caseManager = fields.mapping("case_manager", validKeys: ContactReader.practitionerKeys)
            .map(ContactReader.contact)
        let referral = fields.mapping("referral", validKeys: CaseSectionReader.referralKeys).map { referral in
            Referral(date: referral.date("date"),
                     source: referral.choice("source", among: Referral.sources, noun: "referral source"),
                     reason: referral.choice("reason", among: Referral.reasons, noun: "referral reason"))
        }
        var info = CaseInfo(reference: reference ?? "", service: service, caseManager: caseManager,
                            tier: tier(fields) ?? .auto, referral: referral,
                            firstContact: fields.date("first_contact"), assessed: fields.date("assessed"),
                            contacts: fields.integer("contacts", expected: "a number of contacts such as 4",
                                                     rule: .within(0...10_000, "contacts with one client")))
        info.issued = fields.date("issued")
        info.version = fields.text("version").map(ScalarText.trimmed)
        guard let reference, !reference.isEmpty else { return nil }
        return info
    }

    /// `auto`, or the case manager's own choice of tier 1, 2 or 3.
    private func tier(_ fields: MappingReader) -> TierChoice? {
        guard let node = fields.value("tier"),
              let raw = fields.values.scalar(node, fields.fieldPath("tier"), expected: "1, 2, 3 or auto") else { return nil }
        let word = ScalarText.trimmed(raw)
        if word == "auto" { return .auto }
        if let number = ScalarText.integer(word), (1...3).contains(number) { return .given(number) }
        fields.report("tier", "\(ScalarText.shown(raw)) is not a tier",
                      fix: "Use 1, 2, 3, or auto to let vr-docs choose.")
        return nil
    }
}
