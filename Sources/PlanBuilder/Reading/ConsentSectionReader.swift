/// Reads the `consent` section, which decides what any employer-facing document may show.
struct ConsentSectionReader {
    static let keys = ["recorded", "share_with_employer", "disclose_diagnosis"]

    func read(_ fields: MappingReader) -> Consent {
        let names = ChoiceWords.shareableItems
        let shared = fields.choiceList("share_with_employer", among: names, noun: "part to share",
                                       example: "[schedule, duties, adjustments]")
        var consent = Consent(recorded: fields.date("recorded"),
                              shareWithEmployer: shared.map { Set($0.compactMap(ShareableItem.init(rawValue:))) }
                                  ?? ShareableItem.defaults,
                              discloseDiagnosis: fields.bool("disclose_diagnosis") ?? false)
        consent.isRecorded = fields.has("recorded") || fields.has("share_with_employer")
        return consent
    }
}
