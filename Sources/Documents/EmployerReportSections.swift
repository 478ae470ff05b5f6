import PlanBuilder
import ReportKit

/// The middle of the health and work report: what the employee's health means for their
/// work, the difficulties with what helps each one, the adjustments asked of the
/// employer, and the duties left out for now.
extension EmployerReportDocument {
    func functionalEffects() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("effects_heading")))
        let assessment = caseFile.assessment ?? Assessment()
        var blocks: [Block] = []
        var effects: [RichText] = []
        for limitation in assessment.limitations {
            let entry = catalogue.limitation(limitation.code)
            let text = [limitation.detail, entry?.description].compactMap { $0 }.joined(separator: " ")
            effects.append(.bold((entry?.title ?? limitation.code) + ". ") + RichText(text))
        }
        if !effects.isEmpty {
            blocks += [.paragraph(RichText(try wording.text("effects_intro"))), .bulletList(effects)]
        }
        let capacity = try capacityLines(assessment.capacity)
        if !capacity.isEmpty {
            let preferred = caseFile.client.preferredName ?? name
            blocks.append(.keepTogether([.paragraph(RichText(try wording.text("capacity_intro", ["name": preferred]))), .bulletList(capacity)]))
        }
        if let effects = caseFile.health?.medicationEffects {
            blocks.append(.paragraph(RichText(try wording.text("medication_effects", ["text": effects]))))
        }
        let barriers = assessment.barriers.compactMap(\.description).map { RichText($0) }
        if !barriers.isEmpty {
            blocks.append(.keepTogether([.paragraph(RichText(try wording.text("barriers_intro"))), .bulletList(barriers)]))
        }
        if !assessment.strengths.isEmpty {
            blocks.append(.keepTogether([.paragraph(RichText(try wording.text("strengths_intro"))),
                                         .bulletList(assessment.strengths.map { RichText($0) })]))
        }
        if blocks.isEmpty {
            return disclosed.isWithheld(.functionalEffects) ? [heading, try notice.block(.functionalEffects)] : []
        }
        return [heading] + blocks
    }

    private func capacityLines(_ capacity: Capacity?) throws(DocumentError) -> [RichText] {
        guard let capacity else { return [] }
        var lines: [String] = []
        if let hours = capacity.hoursPerDay { lines.append(try wording.text("capacity_hours", ["hours": HoursText.duration(hours: hours)])) }
        if let days = capacity.daysPerWeek { lines.append(try wording.text("capacity_days", ["days": "\(days)"])) }
        if let kg = capacity.liftingKg { lines.append(try wording.text("capacity_lifting", ["kg": HoursText.percent(kg)])) }
        if let minutes = capacity.sittingMinutes { lines.append(try wording.text("capacity_sitting", ["minutes": "\(minutes)"])) }
        if let minutes = capacity.standingMinutes { lines.append(try wording.text("capacity_standing", ["minutes": "\(minutes)"])) }
        if let minutes = capacity.walkingMinutes { lines.append(try wording.text("capacity_walking", ["minutes": "\(minutes)"])) }
        if let drive = capacity.canDrive { lines.append(try wording.text(drive ? "capacity_can_drive" : "capacity_cannot_drive")) }
        return lines.map { RichText($0) }
    }

    /// One row per limitation with the agreed adjustments that address it; where none
    /// was agreed, the catalogue's suggestions, marked as such.
    func difficulties() throws(DocumentError) -> [Block] {
        let limitations = caseFile.assessment?.limitations ?? []
        guard !limitations.isEmpty else { return [] }
        let suggestions = AdjustmentSuggester(catalogue: catalogue).suggest(for: caseFile)
        var rows: [TableRow] = []
        for limitation in limitations {
            let entry = catalogue.limitation(limitation.code)
            var difficulty = RichText.bold(entry?.title ?? limitation.code)
            if let detail = limitation.detail { difficulty += RichText("\n" + detail) }
            rows.append(TableRow([difficulty, RichText(try recommendations(for: limitation.code, suggestions: suggestions))]))
        }
        let table = Table(columns: [TableColumn(.init(try wording.text("col_difficulty")), weight: 1.4),
                                   TableColumn(.init(try wording.text("col_recommendation")), weight: 1.6)], rows: rows)
        return [.heading(level: 2, text: RichText(try wording.text("difficulties_heading"))),
                .paragraph(RichText(try wording.text("difficulties_intro")), style: .small), .table(table)]
    }

    private func recommendations(for code: String, suggestions: [SuggestedAdjustment]) throws(DocumentError) -> String {
        if disclosed.isWithheld(.adjustments) { return try wording.text("recommendation_withheld") }
        let agreed = caseFile.adjustments.compactMap { adjustment -> String? in
            guard let entry = adjustment.code.flatMap({ catalogue.adjustment($0) }), entry.limitations.contains(code) else { return nil }
            return adjustment.title ?? entry.title
        }
        if !agreed.isEmpty { return agreed.joined(separator: "\n") }
        var suggested: [String] = []
        for suggestion in suggestions.filter({ $0.matchedLimitations.contains(code) }).prefix(2) {
            suggested.append(try wording.text("recommendation_suggested", ["title": suggestion.entry.title]))
        }
        return suggested.isEmpty ? try wording.text("recommendation_none") : suggested.joined(separator: "\n")
    }

    /// Each adjustment on its own, kept together: what it involves, why it helps (from
    /// the catalogue, which never names a condition), who acts and by when.
    func adjustments() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("adjustments_heading")))
        if caseFile.adjustments.isEmpty {
            return disclosed.isWithheld(.adjustments) ? [heading, try notice.block(.adjustments)] : []
        }
        var blocks: [Block] = [heading, .paragraph(RichText(try wording.text("adjustments_intro")), style: .small)]
        for adjustment in caseFile.adjustments {
            let entry = adjustment.code.flatMap { catalogue.adjustment($0) }
            var rows: [KeyValue] = []
            if let involves = adjustment.detail ?? entry?.involves {
                rows.append(KeyValue(.init(try wording.text("adjustment_involves")), RichText(involves)))
            }
            if let why = entry?.why {
                rows.append(KeyValue(.init(try wording.text("adjustment_why")), RichText(why)))
            }
            if let who = adjustment.responsible {
                rows.append(KeyValue(.init(try wording.text("adjustment_who")), RichText(wording.lookup("responsible", who))))
            }
            if let from = adjustment.from {
                rows.append(KeyValue(.init(try wording.text("adjustment_from")), RichText(dates.long(from))))
            }
            let review: String
            if let date = adjustment.review {
                review = dates.long(date)
            } else {
                review = try wording.text(adjustment.permanent ? "adjustment_permanent" : "adjustment_ongoing")
            }
            rows.append(KeyValue(.init(try wording.text("adjustment_review")), RichText(review)))
            let title = adjustment.title ?? entry?.title ?? adjustment.code ?? ""
            blocks.append(.keepTogether([.heading(level: 3, text: RichText(title)), .keyValues(rows)]))
        }
        return blocks
    }

    func duties() throws(DocumentError) -> [Block] {
        guard let plan = caseFile.plan else { return [] }
        let heading = Block.heading(level: 2, text: RichText(try wording.text("duties_heading")))
        if plan.duties.isEmpty {
            return disclosed.isWithheld(.duties) ? [heading, try notice.block(.duties)] : []
        }
        let table = try DutyTable(duties: plan.duties, planStart: plan.start, weeks: disclosed.schedule?.weeks ?? [],
                                  wording: wording, dates: dates).table()
        return [heading, .paragraph(RichText(try wording.text("duties_intro")), style: .small), .table(table)]
    }
}
