import PlanBuilder
import ReportKit

/// "What we ask you to do": every action for the employer in one table — each agreed
/// adjustment, each duty left out, the phased hours — with who acts, when (and how long
/// it takes to arrange), what it costs and who can fund it, so a line manager does not
/// have to hunt through sections. Four columns rather than six: with six, five sat at the
/// width of their longest word and left the action itself a third of the page, so every
/// row ran to five lines. Lead times and cost bands are data in the wording (by
/// adjustment code, else by category), and funding follows the nation's schemes.
struct EmployerActionTable {
    let view: EmployerView
    let catalogue: Catalogue
    let wording: Wording
    let dates: DateWords

    func blocks() throws(DocumentError) -> [Block] {
        var rows: [TableRow] = []
        rows += try adjustmentRows()
        rows += try dutyRows()
        rows += try hoursRow()
        guard !rows.isEmpty else { return [] }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_action")), weight: 4.2),
            TableColumn(.init(try wording.text("col_action_who")), weight: 1.0),
            TableColumn(.init(try wording.text("col_action_when")), weight: 1.5),
            TableColumn(.init(try wording.text("col_action_cost_funding")), weight: 1.7),
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
            if let detail = try detail(adjustment) { what += RichText("\n" + detail) }
            if let why = entry?.why { what += .italic("\n" + (try wording.text("action_why", ["why": why]))) }
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
            rows.append(TableRow([what, RichText(who),
                                  try whenCell(when, lead: band("lead_time", code: adjustment.code, category: category)),
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
    /// needs arranging.
    private func whenCell(_ when: String, lead: String) throws(DocumentError) -> RichText {
        guard !lead.isEmpty, lead != (try wording.text("lead_none")) else { return RichText(when) }
        // "2–6 weeks" stays on one line: no break at its spaces (nor after its dash, which
        // ReportKit keeps with the numbers of every range).
        let whole = lead.replacingOccurrences(of: " ", with: "\u{00A0}")
        return RichText(when + "\n" + (try wording.text("action_lead", ["lead": whole])))
    }

    /// The cost band, then who can fund it.
    private func costCell(_ cost: String, funding: String) throws(DocumentError) -> RichText {
        RichText(cost) + RichText("\n") + .italic(funding)
    }

    private func funding(_ entry: AdjustmentEntry?) throws(DocumentError) -> String {
        guard let entry, entry.accessToWork else { return try wording.text("funding_employer") }
        return try wording.text(nation.key("funding_scheme", in: wording))
    }

    private func dutyRows() throws(DocumentError) -> [TableRow] {
        guard let plan = view.plan, !plan.duties.isEmpty else { return [] }
        let timeline = DutyTable(duties: plan.duties, planStart: plan.start, weeks: view.schedule?.weeks ?? [],
                                 wording: wording, dates: dates)
        let manager = wording.lookup("responsible", "line-manager")
        var rows: [TableRow] = []
        for duty in timeline.duties {
            let what = RichText.bold(try wording.text("action_duty", ["duty": duty.duty])) + RichText("\n" + (try timeline.when(duty)))
            rows.append(TableRow([what, RichText(manager), RichText(dates.short(plan.start, year: false)),
                                  RichText(try wording.text("cost_none"))]))
        }
        return rows
    }

    private func hoursRow() throws(DocumentError) -> [TableRow] {
        guard let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last else { return [] }
        let what = RichText.bold(try wording.text("action_hours")) + RichText("\n" + (try wording.text("action_hours_detail", [
            "weeks": "\(schedule.weeks.count)", "target_week": "\(schedule.targetWeek ?? last.number)"])))
        return [TableRow([what, RichText(wording.lookup("responsible", "line-manager")),
                          RichText(dates.short(first.start, year: false) + " –\n" + dates.short(last.end, year: false)),
                          try costCell(try wording.text(schedule.payPolicy == nil ? "cost_pay_unknown" : "cost_pay"),
                                       funding: try wording.text("funding_employer"))])]
    }

    /// Up to three catalogue suggestions the case does not already record, marked as not
    /// yet agreed.
    private func suggestions() throws(DocumentError) -> [Block] {
        let titles = AdjustmentSuggester(catalogue: catalogue).suggest(for: view.suggestionCase).prefix(3).map(\.entry.title)
        guard !titles.isEmpty else { return [] }
        return [.paragraph(RichText(try wording.text("actions_suggested", ["titles": titles.joined(separator: "; ")])), style: .small)]
    }
}
