import PlanBuilder
import ReportKit

/// "What we ask you to do": every action for the employer in one table — the phased
/// hours with the duties left out first, then each agreed adjustment — with who acts,
/// when (and how long it takes to arrange), what it costs and who can fund it, so a line
/// manager does not have to hunt through sections. Four columns rather than six: with six, five sat at the
/// width of their longest word and left the action itself a third of the page, so every
/// row ran to five lines. Lead times (`LeadTime`) and cost bands are data in the wording
/// (by adjustment code, else by category), and funding follows the nation's schemes.
struct EmployerActionTable {
    let view: EmployerView
    let catalogue: Catalogue
    let wording: Wording
    let dates: DateWords

    func blocks() throws(DocumentError) -> [Block] {
        var rows: [TableRow] = []
        rows += try planRow()
        rows += try adjustmentRows()
        guard !rows.isEmpty else { return [] }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_action")), weight: 4.0),
            TableColumn(.init(try wording.text("col_action_who")), weight: 1.0),
            TableColumn(.init(try wording.text("col_action_when")), weight: 1.8),
            TableColumn(.init(try wording.text("col_action_cost_funding")), weight: 1.6),
        ], rows: rows)
        // The column titles say what each holds; no introduction needed.
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("actions_heading"))), .table(table)]
        blocks += try suggestions()
        return blocks
    }

    private var nation: Nation { view.nation }

    private func adjustmentRows() throws(DocumentError) -> [TableRow] {
        var rows: [TableRow] = []
        for adjustment in view.adjustments {
            let entry = adjustment.code.flatMap { catalogue.adjustment($0) }
            let title = adjustment.title ?? entry?.title ?? adjustment.code ?? ""
            var what = RichText.bold(title)
            let detail = try detail(adjustment)
            if let detail { what += RichText("\n" + detail) }
            if adjustment.detailScreened {
                what += (detail == nil ? RichText("\n") : RichText(" ")) + .italic(try wording.text(adjustment.detail == nil ? "detail_screened" : "rest_screened"))
            }
            // The case's own words say what this adjustment is for; the catalogue's reason
            // is for an adjustment the case describes no further. Its reasons speak of
            // tiredness, discomfort and recovery, which is how health affects work: printed
            // only when the client agreed to share that.
            if let why = entry?.why, detail == nil, view.consent.shareWithEmployer.contains(.functionalEffects) {
                what += .italic("\n" + (try wording.text("action_why", ["why": why])))
            }
            let who = adjustment.responsible.map { wording.lookup("responsible", $0) } ?? ""
            var when: String
            if let from = adjustment.from {
                when = try wording.text("action_from", ["date": dates.short(from, year: false)])
            } else {
                when = try wording.text("adjustment_from_start")
            }
            if let review = adjustment.review {
                when += "\n" + (try wording.text("action_review", ["date": dates.short(review, year: false)]))
            } else if adjustment.permanent {
                when += "\n" + (try wording.text("action_lasting"))
            }
            let category = entry?.category ?? adjustment.category ?? ""
            let lead = LeadTime.of(code: adjustment.code, category: category, in: wording)
            rows.append(TableRow([what, RichText(who),
                                  try whenCell(when, lead: lead, ordered: try LeadTime.isOrdered(category: category, in: wording),
                                           needed: adjustment.from ?? view.plan?.start),
                                  try costCell(band(nation.key("cost_band", in: wording), code: adjustment.code, category: category),
                                               funding: try funding(entry))]))
        }
        return rows
    }

    /// The case's own words (already screened for the employer), or a start time the plan
    /// sets. The catalogue's longer description is left to the rtw-plan: here the title
    /// and the reason keep each row short enough to read down the page.
    private func detail(_ adjustment: EmployerAdjustment) throws(DocumentError) -> String? {
        if let detail = adjustment.detail { return detail }
        if adjustment.code == "later-start", let start = view.plan?.dayStart {
            return try wording.text("later_start_from_plan", ["time": "\(start)"])
        }
        return nil
    }

    private func band(_ table: String, code: String?, category: String) -> String {
        let values = wording.table(table)
        return code.flatMap { values[$0] } ?? values[category] ?? values["default"] ?? ""
    }

    /// When, then how long it takes to arrange ("Lead time: 2–6 weeks") unless nothing
    /// needs arranging; once the report has an issue date, when to order with the lead
    /// time beside it ("Order by 19 Jan (2–6 weeks)"), in bold when that is now.
    private func whenCell(_ when: String, lead: LeadTime?, ordered: Bool, needed: LocalDate?) throws(DocumentError) -> RichText {
        guard let lead else { return RichText(when) }
        if let needed, let issued = view.identity.issued {
            let advice = try lead.orderAdvice(needed: needed, issued: issued, ordered: ordered, wording: wording, dates: dates)
            return RichText(when + "\n") + (advice.late ? .bold(advice.text) : RichText(advice.text))
        }
        return RichText(when + "\n" + (try wording.text("action_lead", ["lead": try lead.words(wording)])))
    }

    /// The cost band, then who can fund it; nothing to fund when it costs nothing.
    private func costCell(_ cost: String, funding: String) throws(DocumentError) -> RichText {
        guard cost != (try wording.text("cost_none")) else { return RichText(cost) }
        return RichText(cost) + RichText("\n") + .italic(funding)
    }

    private func funding(_ entry: AdjustmentEntry?) throws(DocumentError) -> String {
        guard let entry, entry.accessToWork else { return try wording.text("funding_employer") }
        return try wording.text(nation.key("funding_scheme", in: wording))
    }

    /// The phased hours and the duties left out, in one row: both are the line manager's
    /// from the first day, and follow the schedule below. Without the schedule (not shared)
    /// the duties still have their row.
    private func planRow() throws(DocumentError) -> [TableRow] {
        let duties = try dutyLines()
        let manager = RichText(wording.lookup("responsible", "line-manager"))
        guard let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last else {
            guard let plan = view.plan, !duties.isEmpty else { return [] }
            let what = RichText.bold(try wording.text("action_duties")) + RichText("\n" + duties.joined(separator: "\n"))
            return [TableRow([what, manager, RichText(dates.short(plan.start, year: false)), RichText(try wording.text("cost_none"))])]
        }
        // Named as the report names the schedule: phased for a return, adjusted for a client at work.
        var what = RichText.bold(try wording.text(view.identity.opening(duties.isEmpty ? "action_hours" : "action_hours_duties")))
        what += RichText("\n" + (try wording.text("action_hours_detail", [
            "weeks": "\(schedule.weeks.count)", "target_week": "\(schedule.targetWeek ?? last.number)"])))
        if !duties.isEmpty { what += RichText("\n" + duties.joined(separator: "\n")) }
        return [TableRow([what, manager,
                          RichText(dates.short(first.start, year: false) + " –\n" + dates.short(last.end, year: false)),
                          try costCell(try payCost(schedule.payPolicy), funding: try wording.text("funding_employer"))])]
    }

    /// What the phased return costs the employer: the pay policy in a few words.
    private func payCost(_ pay: PayPolicy?) throws(DocumentError) -> String {
        let rota = view.workplace.payWordingSuffix
        switch pay?.policy {
        case nil: return try wording.text("cost_pay_unknown")
        case .full?: return try wording.text("cost_pay_full")
        case .hoursWorked?: return try wording.text("cost_pay_hours_worked" + rota)
        case .fullForWeeks?: return try wording.text("cost_pay_full_for_weeks" + rota, ["weeks": "\(pay?.weeks ?? 0)"])
        }
    }

    /// "Leave out: Lifting. Back from week 7 (13 April 2026)." for each duty, in the order
    /// the duties come back.
    private func dutyLines() throws(DocumentError) -> [String] {
        guard let plan = view.plan, !plan.duties.isEmpty else { return [] }
        let timeline = DutyTable(duties: plan.duties, planStart: plan.start, weeks: view.schedule?.weeks ?? [],
                                 wording: wording, dates: dates, afterPlanKey: view.identity.opening("duty_from_week_after"), shortDates: true)
        var lines: [String] = []
        for duty in timeline.duties {
            lines.append(try wording.text("action_duty", ["duty": duty.duty, "when": try timeline.when(duty)]))
        }
        return lines
    }

    /// Up to three catalogue suggestions the case does not already record, marked as not
    /// yet agreed.
    private func suggestions() throws(DocumentError) -> [Block] {
        let titles = AdjustmentSuggester(catalogue: catalogue).suggest(for: view.suggestionCase).prefix(3).map(\.entry.title)
        guard !titles.isEmpty else { return [] }
        return [.paragraph(RichText(try wording.text("actions_suggested", ["titles": titles.joined(separator: "; ")])), style: .small)]
    }
}
