import Yams

/// Reads the parsed document section by section into a `CaseFile`, following the format
/// rather than the document: only keys the format has are ever looked into.
struct CaseFileSections {
    static let keys = ["format", "case", "client", "employment", "health", "consent", "assessment",
                       "goals", "plan", "adjustments", "interventions", "reviews", "outcome"]
    static let supportedFormat = 1

    let log: IssueLog
    let knownCodes: KnownCodes?
    let baseDirectory: String?
    var templatesDirectory: String? = nil

    /// The case file, or nil when something required is missing (already reported).
    func read(_ root: Node) -> CaseFile? {
        guard case .mapping(let mapping) = root else {
            log.report("", at: root, "the file does not hold a case file: expected fields such as format: 1 "
                           + "and case:, found \(ValueReader.kind(of: root))",
                       fix: "Start from one of the example case files.")
            return nil
        }
        let top = MappingReader(mapping, path: "", anchor: log.location(of: root), validKeys: CaseFileSections.keys, log: log)
        let format = readFormat(top)
        top.require("case", "every case file needs a case section with the case reference",
                    fix: "Add case: with reference:, e.g. reference: VR-2026-0147.")
        top.require("client", "every case file needs a client section with the client's name",
                    fix: "Add client: with name:.")
        let caseInfo = section(top, "case", CaseSectionReader.keys).flatMap(CaseSectionReader(baseDirectory: baseDirectory, templatesDirectory: templatesDirectory).read)
        let client = section(top, "client", ClientSectionReader.keys).flatMap(ClientSectionReader().read)
        let hasPlan = top.has("plan")
        if hasPlan, !top.has("employment") {
            top.log.report("employment.contract.hours_per_week", at: top.location("plan"),
                           "missing: a plan needs the contracted hours a week",
                           fix: "Add employment: with contract: and hours_per_week:, e.g. hours_per_week: 37.5.")
        }
        let employment = section(top, "employment", EmploymentSectionReader.keys)
            .map(EmploymentSectionReader(knownCodes: knownCodes, planNeedsContract: hasPlan).read)
        let records = ProgressRecordsReader()
        let file = CaseFile(
            format: format ?? CaseFileSections.supportedFormat,
            caseInfo: caseInfo ?? CaseInfo(reference: ""),
            client: client ?? Client(name: ""),
            employment: employment,
            health: section(top, "health", HealthSectionReader.keys).map(HealthSectionReader().read),
            consent: section(top, "consent", ConsentSectionReader.keys).map(ConsentSectionReader().read) ?? Consent(),
            assessment: section(top, "assessment", AssessmentSectionReader.keys)
                .map(AssessmentSectionReader(knownCodes: knownCodes).read),
            goals: records.goals(top),
            plan: section(top, "plan", PlanSectionReader.keys).flatMap(PlanSectionReader(contract: employment?.contract).read),
            adjustments: AdjustmentListReader(knownCodes: knownCodes).read(top),
            interventions: records.interventions(top),
            reviews: records.reviews(top),
            outcome: section(top, "outcome", ProgressRecordsReader.outcomeKeys).map(records.outcome))
        guard format == CaseFileSections.supportedFormat, caseInfo != nil, client != nil else { return nil }
        return file
    }

    private func section(_ top: MappingReader, _ key: String, _ keys: [String]) -> MappingReader? {
        top.mapping(key, validKeys: keys)
    }

    /// `format: 1`; any other number is a later (or unknown) version of the format.
    private func readFormat(_ top: MappingReader) -> Int? {
        top.require("format", "every case file starts with the version of its format",
                    fix: "Add format: 1 as the first line.")
        guard let format = top.integer("format", expected: "the format version 1") else { return nil }
        guard format == CaseFileSections.supportedFormat else {
            top.report("format", "format \(format) is not supported by this version of vr-docs, "
                           + "which reads format \(CaseFileSections.supportedFormat)",
                       fix: format > CaseFileSections.supportedFormat
                           ? "Use a newer vr-docs, or write the file in format 1." : "Write the file in format 1.")
            return nil
        }
        return format
    }
}
