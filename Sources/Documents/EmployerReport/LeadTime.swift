import PlanBuilder

/// How long an adjustment usually takes to arrange, and so when the employer should order
/// it: the weeks are facts every language shares (`lead_time_weeks` in
/// `every-language.yaml`, by adjustment code, else category, else default), put into
/// words by the report's language.
///
/// "Lead time: 2–6 weeks" beside "From 2 Mar" left the manager to work out that a desk
/// must be ordered by mid-January. With an issue date the report says so: "Order by
/// 19 Jan (2–6 weeks)", or, when even the most weeks no longer fit before the day it is
/// needed, "Order now (2–6 weeks): may arrive late". Without an issue date (a draft) only
/// the lead time is printed: the date it would be ordered from is not known.
struct LeadTime: Equatable {
    let fewestWeeks: Int
    let mostWeeks: Int

    /// The lead time for an adjustment; nil when nothing needs arranging ("0") or the
    /// table has no line for it (`LeadTimeTests` reads every line of the shipped table).
    static func of(code: String?, category: String, in wording: Wording) -> LeadTime? {
        let table = wording.table("lead_time_weeks")
        guard let text = code.flatMap({ table[$0] }) ?? table[category] ?? table["default"] else { return nil }
        let bounds = text.split(separator: "-").map { Int($0.filter { $0 != " " }) }
        guard let first = bounds.first.flatMap({ $0 }), let last = bounds.last.flatMap({ $0 }), bounds.count <= 2,
              first >= 0, last >= first, last > 0 else { return nil }
        return LeadTime(fewestWeeks: first, mostWeeks: last)
    }

    /// Whether an adjustment needed on `needed` may not be there in time when the documents
    /// are issued on `issued`: even its most weeks no longer fit before that day, which is
    /// still ahead. The employer report then says "Order now … may arrive late", and the
    /// plan and the client copy say the same of that day, so nobody expects it on the first
    /// morning when only the employer was told it could be late (`LateOrderCheck` warns).
    static func mayArriveLate(code: String?, category: String, needed: LocalDate?, issued: LocalDate?,
                              in wording: Wording) -> Bool {
        guard let needed, let issued, needed > issued, let lead = of(code: code, category: category, in: wording) else { return false }
        return !lead.leavesTime(needed: needed, issued: issued)
    }

    /// Whether ordering on the issue date still leaves the most weeks before `needed`.
    func leavesTime(needed: LocalDate, issued: LocalDate) -> Bool {
        needed.adding(days: -7 * mostWeeks) >= issued
    }

    /// "A few days", "1 week", "3 weeks", "2–6 weeks", kept on one line: no break at its
    /// spaces (nor after its dash, which ReportKit keeps with the numbers of every range).
    /// True for an adjustment the employer buys (`ordered_categories`), so it is ordered.
    static func isOrdered(category: String, in wording: Wording) throws(DocumentError) -> Bool {
        try wording.list("ordered_categories").contains(category)
    }

    func words(_ wording: Wording) throws(DocumentError) -> String {
        let text: String
        if fewestWeeks == 0, mostWeeks == 1 {
            text = try wording.text("lead_days")
        } else if fewestWeeks == mostWeeks {
            text = mostWeeks == 1 ? try wording.text("lead_week") : try wording.text("lead_weeks", ["weeks": "\(mostWeeks)"])
        } else {
            text = try wording.text("lead_week_range", ["fewest": "\(fewestWeeks)", "most": "\(mostWeeks)"])
        }
        return text.replacingOccurrences(of: " ", with: "\u{00A0}")
    }

    /// When to order, with the lead time, for an adjustment needed on `needed` in a report
    /// issued on `issued`: by the day that leaves the most weeks ("Order by 19 Jan (2–6
    /// weeks)"), or now, saying it may come late while the day it is needed is still ahead
    /// ("From 2 Mar" stands just above). `late` is true when it is now. What is bought is
    /// ordered; anything else (a buddy, a cooler room) is arranged (`ordered_categories`).
    func orderAdvice(needed: LocalDate, issued: LocalDate, ordered: Bool, wording: Wording,
                     dates: DateWords) throws(DocumentError) -> (text: String, late: Bool) {
        let verb = ordered ? "order" : "arrange"
        let lead = try words(wording)
        if leavesTime(needed: needed, issued: issued) {
            let latest = needed.adding(days: -7 * mostWeeks)
            let date = dates.short(latest, year: latest.year != needed.year)
            return (try wording.text("action_\(verb)_by", ["date": date, "lead": lead]), false)
        }
        return (try wording.text(needed > issued ? "action_\(verb)_now" : "action_\(verb)_now_due", ["lead": lead]), true)
    }
}
