import PlanBuilder
import ReportKit

/// The end of the health and work report: the schedule in brief, progress and goals
/// where shared, when the advice is reviewed, what the employee consented to, and whom
/// to contact.
extension EmployerReportDocument {
    /// The longest schedule whose grid is never split across pages.
    static let unsplitGridWeeks = 12

    func scheduleSummary() throws(DocumentError) -> [Block] {
        guard view.plan != nil else { return [] }
        let heading = Block.heading(level: 2, text: RichText(try wording.text(identity.opening("schedule_heading"))))
        // Withheld parts are named once, in the consent statement.
        guard let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last else { return [] }
        var summary = try wording.text(identity.opening("schedule_length_value"), [
            "weeks": "\(schedule.weeks.count)", "first_day": dates.long(first.start), "last_day": dates.long(last.end)])
        if let contract = view.workplace.contract {
            summary += " " + (try wording.text("schedule_contract_value", ["hours": wording.duration(hours: contract.hoursPerWeek)]))
        }
        let workingDays = view.workplace.contract?.workingDays ?? [.mon, .tue, .wed, .thu, .fri]
        let weekGrid = WeekGrid(schedule: schedule, workingDays: workingDays, wording: wording, dates: dates,
                                rota: view.workplace.isRota)
        let grid = try weekGrid.table(showingPay: false, shadingReviewWeeks: true, compact: true)
        // What the grid's "Off" and shading stand for, in one small paragraph beneath it.
        var key: [String] = []
        if let overnight = try OvernightShifts(schedule: schedule, wording: wording, dates: dates).sentence("overnight_shifts") {
            key.append(overnight)
        }
        let excluded = try ExclusionWords(wording: wording).describe(schedule.weeks.flatMap(\.excluded), dates: dates)
        if !excluded.isEmpty { key.append(try wording.text("schedule_days_off", ["days": excluded.joined(separator: "; ")])) }
        let reviews = schedule.weeks.compactMap(\.review).map { dates.withWeekday($0.date) }
        if !reviews.isEmpty { key.append(try wording.text("schedule_reviews", ["dates": reviews.joined(separator: ", ")])) }
        let opening: [Block] = [heading, .paragraph(RichText(summary)),
                                .paragraph(RichText(try wording.text(identity.opening("schedule_table_intro"))
                                    + (weekGrid.showsDayOffAsRest ? " " + (try wording.text("schedule_rota_days_off")) : "")), style: .small)]
        // A grid of a few weeks is read across and down at a glance: it moves to the next
        // page whole rather than split; a long plan's grid splits between weeks.
        // Its key (days off, reviews) stays under it: read alone at the top of the next
        // page it explains a table the reader has just turned away from.
        let keyBlock: [Block] = key.isEmpty ? [] : [.paragraph(RichText(key.joined(separator: " ")), style: .small)]
        var blocks: [Block] = schedule.weeks.count <= Self.unsplitGridWeeks
            ? [.keepTogether(opening + [.table(grid)] + keyBlock)] : [.keepTogether(opening), .table(grid)] + keyBlock
        let words = NoteWords(wording: wording, dates: dates, schedule: schedule, issued: view.identity.issued)
        var watch: [RichText] = []
        for note in schedule.notes where note.kind == .flag || note.topic == .pause { watch.append(RichText(try words.text(note))) }
        // Kept-back points are said to be missing beside the points shown; with none shown,
        // the consent statement says it once and no heading stands only to say "not shared".
        let withheld = view.capacityPointsWithheld && !watch.isEmpty
            ? [try WithheldNotice(wording: wording, name: preferredName, consentRecorded: view.consent.isRecorded).capacityPointsBlock()] : []
        if !watch.isEmpty || !withheld.isEmpty {
            blocks.append(.keepTogether([.heading(level: 3, text: RichText(try wording.text("schedule_watch_heading")))]
                                        + (watch.isEmpty ? [] : [.bulletList(watch)]) + withheld))
        }
        return blocks
    }

    func progress() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("progress_heading")))
        if view.reviews.isEmpty { return [] }
        // A note left out as health information says so in its cell, never a blank.
        let withheld = RichText.italic(try wording.text("review_note_not_shared"))
        let rest = RichText.italic(try wording.text("rest_screened"))
        let rows = view.reviews.enumerated().map { index, review in
            TableRow([RichText(review.date.map { dates.short($0) } ?? ""),
                      RichText(review.week.map { "\($0)" } ?? ""),
                      RichText(review.hoursWorked.map { wording.duration(hours: $0) } ?? ""),
                      !view.wasScreened("reviews[\(index)].note") ? RichText(review.note ?? "")
                        : review.note.map { RichText($0 + " ") + rest } ?? withheld])
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_review_date")), weight: 1.1),
            TableColumn(.init(try wording.text("col_review_week")), weight: 0.6, alignment: .center),
            TableColumn(.init(try wording.text("col_hours_worked")), weight: 0.9, alignment: .trailing),
            TableColumn(.init(try wording.text("col_review_note")), weight: 3.4),
        ], rows: rows)
        return [heading, .table(table)]
    }

    func goals() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("goals_heading")))
        if view.goals.isEmpty && !view.goalScreened { return [] }
        var items: [RichText] = []
        for goal in view.goals {
            var text = goal.text
            if let by = goal.by { text += " (" + (try wording.text("goal_by", ["date": dates.long(by)])) + ")" }
            items.append(RichText(text))
        }
        var blocks: [Block] = [heading]
        if !items.isEmpty { blocks.append(.bulletList(items)) }
        if view.goalScreened { blocks.append(.paragraph(.italic(try wording.text("goals_screened")), style: .small)) }
        return blocks
    }

    /// What the employee agreed to share and on which date, and what they did not, so
    /// the employer knows the report is partial by the employee's choice.
    func consent() throws(DocumentError) -> [Block] {
        let consent = view.consent
        let preferred = preferredName
        var sentences: [String] = []
        let shared = ShareableItem.allCases.filter { consent.shareWithEmployer.contains($0) }
        let notShared = ShareableItem.allCases.filter { !consent.shareWithEmployer.contains($0) }
        if !shared.isEmpty {
            let intro: String
            if !consent.isRecorded {
                intro = try wording.text("consent_default", ["name": preferred])
            } else if let date = consent.recorded {
                intro = try wording.text("consent_recorded", ["date": dates.long(date), "name": preferred])
            } else {
                intro = try wording.text("consent_undated", ["name": preferred])
            }
            let items = shared.map { wording.lookup("consent_item", $0.rawValue) }.joined(separator: "; ")
            sentences.append(intro + " " + items + ".")
        }
        if consent.isRecorded, !consent.discloseDiagnosis, !notShared.isEmpty {
            // What was not agreed, the diagnosis with it, in one sentence.
            let items = notShared.map { wording.lookup("consent_item", $0.rawValue) }.joined(separator: ", ")
            sentences.append(try wording.text("consent_withheld", ["name": preferred, "items": items]))
        } else {
            if !consent.isRecorded, !notShared.isEmpty {
                let items = notShared.map { wording.lookup("consent_item", $0.rawValue) }.joined(separator: "; ")
                sentences.append(try wording.text("consent_not_recorded", ["name": preferred]) + " " + items + ".")
            } else if let last = notShared.last {
                // A sentence that names what was not agreed, however many parts ("…progress at
                // reviews, so this report leaves that out"), not a list hanging after a colon.
                let names = notShared.map { wording.lookup("consent_item", $0.rawValue) }
                let items = names.count == 1 ? names[0]
                    : names.dropLast().joined(separator: ", ") + (try wording.text("consent_items_last")) + wording.lookup("consent_item", last.rawValue)
                sentences.append(try wording.text("consent_not_agreed", ["name": preferred, "items": items]))
            }
            let diagnosisKey = consent.discloseDiagnosis ? "consent_diagnosis_yes" : (consent.isRecorded ? "consent_diagnosis_no" : "consent_diagnosis_default")
            sentences.append(try wording.text(diagnosisKey, ["name": preferred]))
        }
        // One statement: what was shared, what was not, and the diagnosis; then the
        // practitioner signs beneath it, under the same heading.
        return [.keepTogether([.heading(level: 2, text: RichText(try wording.text("consent_heading"))),
                               .paragraph(RichText(sentences.joined(separator: " ")))] + (try signature()))]
    }

    /// The practitioner's sign-off, as on the AHP Health and Work Report: who, then the
    /// signature and the date of issue side by side.
    private func signature() throws(DocumentError) -> [Block] {
        switch signing {
        case .here: break
        case .elsewhere(let sentence): return [.paragraph(sentence)]
        case .hereInBoth(let sentence, _): return [.paragraph(sentence)] + (try signOff())
        }
        return try signOff()
    }

    private func signOff() throws(DocumentError) -> [Block] {
        let manager = identity.caseManager
        var who = [manager?.name, manager?.profession ?? manager?.role].compactMap { $0 }.joined(separator: ", ")
        if let registration = manager?.registration { who += (who.isEmpty ? "" : ", ") + (try wording.text("detail_registration", ["number": registration])) }
        let date = identity.issued.map { signing.date($0, dates) }
        let signed = KeyValue(try signing.label("signature_signed", wording), RichText("\n________________________________"))
        // A blank to fill in sits level with the signature line; a date of issue beside its label.
        let issued = KeyValue(try signing.label("signature_date", wording), date ?? RichText("\n________________"))
        let name = KeyValue(try signing.label("signature_name", wording), RichText(who))
        // Labels in two languages are too long to sit side by side: one under the other.
        if case .hereInBoth = signing { return [.keyValues([name, signed, issued])] }
        return [.keyValues([name]), .columns([[.keyValues([signed])], [.keyValues([issued])]], weights: [0.5, 0.5])]
    }
}
