import PlanBuilder

/// What `vr-docs plan` tells a case manager beyond the schedule: the tier and why, and
/// adjustments worth considering that the case file does not list yet.
struct CaseAdvice {
    let tier: TierAssessment
    let suggestions: [SuggestedAdjustment]

    init(caseFile: CaseFile, catalogue: Catalogue) {
        tier = TierAssessor.assess(caseFile)
        suggestions = AdjustmentSuggester(catalogue: catalogue).suggest(for: caseFile)
    }

    func render() -> String {
        var out = "\n\(tier.summary)\(tier.isGiven ? " (as given in the case file)" : "")\n"
        for reason in tier.reasons { out += "  - \(reason)\n" }
        if suggestions.isEmpty { return out }
        out += "\nSuggested adjustments (not in the case file yet; suggestions only):\n"
        for (index, suggestion) in suggestions.enumerated() {
            out += "  \(index + 1). \(suggestion.entry.title) [\(suggestion.entry.code), \(suggestion.entry.category)]\n"
            out += "     for \(suggestion.reasons.joined(separator: "; "))\n"
        }
        return out
    }
}
