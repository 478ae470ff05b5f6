import PlanBuilder

/// A document built from one audience's view of a case: what every document needs to
/// read from it, written once.
protocol CaseDocument {
    var disclosed: DisclosedCase { get }
    var wording: Wording { get }
}

extension CaseDocument {
    var caseFile: CaseFile { disclosed.caseFile }
    var dates: DateWords { DateWords(wording: wording) }
    var name: String { caseFile.client.name }
    var preferredName: String { caseFile.client.preferredName ?? caseFile.client.name }
}
