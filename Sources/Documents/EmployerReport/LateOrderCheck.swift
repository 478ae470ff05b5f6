import PlanBuilder

/// Adjustments that cannot arrive in time. Once the documents have an issue date, the
/// employer report tells the employer when to order each adjustment that takes time to
/// arrange, and "Order now: may arrive late" when even its usual lead time no longer fits
/// before the day it is needed. The case manager hears of that before issuing, while the
/// day can still move: a sit-stand desk needed a week after the report reaches the
/// employer, with a lead time of 2–6 weeks, is a plan the client may start without it.
/// An adjustment needed before the issue date is left alone: a plan issued again part
/// way through has its equipment in place already.
struct LateOrderCheck {
    let catalogue: Catalogue
    /// English wording of the employer report: its lead-time table, and the lead time in words.
    let wording: Wording

    func warnings(for caseFile: CaseFile, issued: LocalDate?) -> [CaseWarning] {
        guard let issued else { return [] }
        var warnings: [CaseWarning] = []
        for (index, adjustment) in caseFile.adjustments.enumerated() {
            let entry = adjustment.code.flatMap { catalogue.adjustment($0) }
            let category = entry?.category ?? adjustment.category ?? ""
            guard let needed = adjustment.from ?? caseFile.plan?.start, needed >= issued,
                  let lead = LeadTime.of(code: adjustment.code, category: category, in: wording),
                  !lead.leavesTime(needed: needed, issued: issued),
                  let words = try? lead.words(wording).replacingOccurrences(of: "\u{00A0}", with: " ")
            else { continue }
            let title = "'" + (adjustment.title ?? entry?.title ?? adjustment.code ?? "") + "'"
            let field = adjustment.from == nil ? "adjustments[\(index)]" : "adjustments[\(index)].from"
            let days = issued.days(until: needed)
            let from = adjustment.from == nil ? "the plan's start" : "its from date"
            let ordered = (try? LeadTime.isOrdered(category: category, in: wording)) ?? true
            let late = ordered ? "may arrive late" : "may be late"
            let when = days == 0 ? "the issue date itself" : "\(days) day\(days == 1 ? "" : "s") after the issue date \(issued.iso)"
            warnings.append(CaseWarning(
                field: field,
                problem: "\(title) usually takes \(words) to arrange, but is needed from \(needed.iso) (\(from)), \(when), "
                    + "so the employer report asks the employer to \(ordered ? "order" : "arrange") it now"
                    + (days > 0 ? " and says it \(late)" : ""),
                fix: "Check with the employer that it is already \(ordered ? "ordered" : "arranged"), or move the date it is needed to "
                    + "\(issued.adding(days: 7 * lead.mostWeeks).iso) or later."))
        }
        return warnings
    }
}
