/// A plan that keeps days or shifts shorter than the contract's to its very end leaves the
/// step back to full length outside the plan: the week after it, three 8-hour shifts become
/// three 12-hour ones at once, with no review after the step. That is a common way for a
/// return to break down (the shared shift-worker example records it happening before). The
/// plan says so to everyone who reads it; the case manager is told before issuing, at
/// `plan.max_day_hours`, with the field that grades the step inside the plan instead.
public struct FullLengthStepCheck: Sendable {
    public init() {}

    public func warnings(for caseFile: CaseFile) -> [CaseWarning] {
        guard let plan = caseFile.plan, let cap = plan.maxDayHours, plan.maxDayHoursUntilReview == nil,
              plan.targetPercent >= 100, let contract = caseFile.employment?.contract,
              cap < contract.fullDayHours else { return [] }
        let noun = contract.isShiftWork ? "shift" : "day"
        let capText = HoursText.hours(minutes: Int((cap * 60).rounded())) + " h"
        let fullText = HoursText.hours(minutes: Int((contract.fullDayHours * 60).rounded())) + " h"
        return [CaseWarning(
            field: "plan.max_day_hours",
            problem: "no \(noun) is longer than \(capText) to the end of the plan, but the contract's \(noun)s are \(fullText), "
                + "so the plan ends before they are back to full length: the step from \(capText) to \(fullText) \(noun)s comes "
                + "after the plan, all at once, with no review after it",
            fix: "To grade the step inside the plan, give plan.max_day_hours_until_review (the review after which \(noun)s grow "
                + "by plan.max_day_rise_hours a week); otherwise agree the steps back to \(fullText) \(noun)s at the last review.")]
    }
}
