/// One workplace adjustment from the catalogue, with the wording documents print for
/// it and the limitations and job demands it addresses (which drive suggestions).
public struct AdjustmentEntry: Sendable, Equatable {
    /// Kebab-case code case files use, e.g. `rest-breaks`.
    public var code: String
    /// Plain title printed on the plan, e.g. "Regular rest breaks".
    public var title: String
    /// One of `Adjustment.categories`.
    public var category: String
    /// What the adjustment involves, in a sentence or two an employer understands.
    public var involves: String
    /// Why it helps, in one plain sentence that names no condition, so it can appear on
    /// an employer document whatever the consent.
    public var why: String
    /// Limitation codes it addresses.
    public var limitations: [String]
    /// Job-demand codes it addresses.
    public var demands: [String]
    /// True when the UK Access to Work scheme may pay for it; the client copy points
    /// the client to the scheme.
    public var accessToWork: Bool
    /// The usual weeks before it is reviewed; nil for a lasting adjustment.
    public var reviewWeeks: Int?
    /// When not empty, the adjustment only makes sense for a job with at least one of
    /// these demands ("no night shifts" for a job without nights is noise), so the
    /// suggester leaves it out otherwise.
    public var requiresDemands: [String]
    /// What makes the suggestion needless or wrong for a case: an adjustment code the case
    /// already lists ("trolleys" beside agreed lifting aids), or a fact of the plan
    /// (`CaseFact`): "temporarily changed duties" when the plan already changes duties, "a
    /// permanent move" when the plan ends back at full hours.
    public var notSuggestedWith: [String]

    /// Facts of a case's plan that `notSuggestedWith` may name beside adjustment codes.
    public enum CaseFact: String, CaseIterable, Sendable {
        /// The plan leaves duties out or brings them back (`plan.duties`).
        case planDuties = "plan-duties"
        /// The plan ends at the contract's full hours (target 100 %).
        case fullReturn = "full-return"
    }

    public init(code: String, title: String, category: String, involves: String, why: String,
                limitations: [String], demands: [String], accessToWork: Bool,
                reviewWeeks: Int? = nil, requiresDemands: [String] = [], notSuggestedWith: [String] = []) {
        self.code = code
        self.title = title
        self.category = category
        self.involves = involves
        self.why = why
        self.limitations = limitations
        self.demands = demands
        self.accessToWork = accessToWork
        self.reviewWeeks = reviewWeeks
        self.requiresDemands = requiresDemands
        self.notSuggestedWith = notSuggestedWith
    }
}
