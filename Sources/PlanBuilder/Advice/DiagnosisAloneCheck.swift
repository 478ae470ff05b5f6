/// Consent to name the diagnosis with nothing else shared. The format allows it (the two
/// fields are independent), but the employer report then names the condition and its
/// treatment and nothing the employer can act on: no hours, duties, adjustments or
/// effects. That is rarely what a client meant, so the case manager is asked to check
/// before issuing; nothing is refused and nothing is hidden that consent allows.
public struct DiagnosisAloneCheck: Sendable {
    public init() {}

    public func warnings(for caseFile: CaseFile) -> [CaseWarning] {
        let consent = caseFile.consent
        guard consent.isRecorded, consent.discloseDiagnosis, consent.shareWithEmployer.isEmpty else { return [] }
        return [CaseWarning(
            field: "consent.disclose_diagnosis",
            problem: "is true while share_with_employer shares nothing, so the employer report names the diagnosis "
                + "and treatment but none of the hours, duties, adjustments or effects the employer could act on",
            fix: "Check with the client: set disclose_diagnosis: false, or list in share_with_employer what the employer may see.")]
    }
}
