import PlanBuilder

/// Who reads a document. A document read by several parties is held to the strictest of
/// them: the signed rtw-plan is an employer document.
public enum Audience: String, Sendable, CaseIterable {
    case client
    case employer
    case caseManager = "case-manager"
}
