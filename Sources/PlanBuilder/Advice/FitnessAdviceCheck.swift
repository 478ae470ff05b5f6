/// The fit-note style advice against the rest of the case. The employer report prints
/// the advice's tick boxes beside the actions the case asks for, so an unticked
/// "Workplace adaptations" above a sit-stand desk, or an unticked "Amended duties" above
/// duties left out, is a contradiction the employer sees. The case manager is told which
/// box to tick; nothing is ticked for them, because the advice is theirs to give.
public struct FitnessAdviceCheck: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// Adjustment categories that change the workplace itself or its equipment.
    static let adaptationCategories: Set<String> = ["equipment", "environment"]

    public func warnings(for caseFile: CaseFile) -> [CaseWarning] {
        guard let fitness = caseFile.assessment?.fitness else { return [] }
        let field = "assessment.fitness"
        let plan = caseFile.plan
        var warnings: [CaseWarning] = []
        if fitness.status == .notFit, let plan {
            warnings.append(CaseWarning(field: field + ".status",
                problem: "the advice is 'not fit for work', but the plan returns the client to work from \(plan.start.iso)",
                fix: "Set status to may-be-fit (with phased-return) if the advice now supports the return, or move plan.start to after the next assessment."))
            return warnings
        }
        guard fitness.status == .mayBeFit else { return warnings }
        func missing(_ option: Fitness.Option, _ because: String) {
            guard !fitness.with.contains(option) else { return }
            warnings.append(CaseWarning(field: field + ".with", problem: "'\(option.rawValue)' is not ticked, but \(because)",
                                        fix: "Add \(option.rawValue) to assessment.fitness.with, or remove what asks for it."))
        }
        // A plan that keeps a client at work is altered hours on the fit note, not a return.
        if plan != nil, caseFile.staysInWork {
            missing(.alteredHours, "the case has a plan of adjusted hours for a client staying in work")
        } else if plan != nil {
            missing(.phasedReturn, "the case has a phased return plan")
        }
        if let plan, !plan.duties.isEmpty {
            missing(.amendedDuties, "plan.duties leaves duties out for part of the return")
        }
        let adaptations = caseFile.adjustments.enumerated().filter { _, adjustment in
            let category = adjustment.code.flatMap { catalogue.adjustment($0)?.category } ?? adjustment.category
            return category.map { Self.adaptationCategories.contains($0) } ?? false
        }
        if let (index, _) = adaptations.first {
            missing(.workplaceAdaptations, "adjustments[\(index)] changes the workplace or its equipment")
        }
        return warnings
    }
}
