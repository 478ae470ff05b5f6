import PlanBuilder

/// A document built from one audience's view of a case (`EmployerView`, `ClientView`,
/// `CaseManagerView`): what every document needs to read from it, written once.
protocol CaseDocument {
    var identity: DocumentIdentity { get }
    var wording: Wording { get }
}

extension CaseDocument {
    var dates: DateWords { DateWords(wording: wording) }
    var name: String { identity.name }
    var preferredName: String { identity.preferredName }
}
