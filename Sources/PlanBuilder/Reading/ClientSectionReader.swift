/// Reads the `client` section: the person returning to work and how to communicate with
/// them (language, large print).
struct ClientSectionReader {
    static let keys = ["name", "preferred_name", "pronouns", "date_of_birth", "phone", "email",
                       "address", "language", "large_print", "communication_needs", "deprivation_decile", "nation"]
    static let nations = ["england", "wales", "scotland", "northern-ireland", "ireland"]

    func read(_ fields: MappingReader) -> Client? {
        let name = fields.text("name").map(ScalarText.trimmed)
        if !fields.has("name") || name == "" {
            fields.log.report(fields.fieldPath("name"), at: fields.anchor,
                              "missing: every case file needs the client's name",
                              fix: "Add name: under client, e.g. name: Jane Morrison.")
        }
        var client = Client(name: name ?? "",
                            preferredName: fields.text("preferred_name"),
                            pronouns: fields.text("pronouns"),
                            dateOfBirth: fields.date("date_of_birth"),
                            phone: fields.text("phone"),
                            email: fields.email("email"),
                            address: fields.text("address"),
                            language: language(fields) ?? "en-GB",
                            largePrint: fields.bool("large_print") ?? false,
                            communicationNeeds: fields.text("communication_needs"),
                            deprivationDecile: fields.integer("deprivation_decile", expected: "a decile from 1 to 10",
                                                              rule: .within(1...10, "a deprivation decile")))
        client.nation = fields.choice("nation", among: ClientSectionReader.nations, noun: "nation")
        guard let name, !name.isEmpty else { return nil }
        return client
    }

    /// A BCP 47 language tag such as `en-GB` or `cy`.
    private func language(_ fields: MappingReader) -> String? {
        guard let raw = fields.text("language") else { return nil }
        let tag = ScalarText.trimmed(raw)
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            fields.report("language", "\(ScalarText.shown(raw)) is not a language code",
                          fix: "Use a code such as en-GB for English or cy for Welsh.")
            return nil
        }
        return tag
    }
}
