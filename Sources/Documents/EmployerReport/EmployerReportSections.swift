import PlanBuilder
import ReportKit

/// What the employee's health means for their work, when they agreed to share it: the
/// effects in plain words, what they could manage at the assessment, other difficulties
/// and strengths.
extension EmployerReportDocument {
    /// "**Limited sitting.** Needs to change position…"; a detail that starts with the
    /// title's own first word continues it rather than repeating it: "**Tires easily**, by
    /// early afternoon." (not "Tires easily. Tires by early afternoon.").
    static func effect(title: String, detail: String) -> RichText {
        let titleWord = title.split(separator: " ").first.map { $0.lowercased() }
        let words = detail.split(separator: " ", maxSplits: 1)
        if let titleWord, words.count == 2, words[0].lowercased() == titleWord {
            return .bold(title) + RichText(", " + words[1])
        }
        return .bold(title + ". ") + RichText(detail)
    }

    func functionalEffects() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("effects_heading")))
        var blocks: [Block] = []
        var effects: [RichText] = []
        for limitation in view.limitations {
            let entry = catalogue.limitation(limitation.code)
            // The case's own words when it has them; the catalogue's plain description otherwise.
            let text = limitation.detail ?? entry?.description ?? ""
            effects.append(Self.effect(title: entry?.title ?? limitation.code, detail: text))
        }
        if !effects.isEmpty {
            // Dated, so a report issued weeks later does not call January's findings "now".
            let intro: String
            if let assessed = view.assessmentDate {
                intro = try wording.text("effects_intro", ["date": dates.long(assessed)])
            } else {
                intro = try wording.text("effects_intro_undated")
            }
            blocks += [.paragraph(RichText(intro)), .bulletList(effects)]
        }
        let capacity = try capacityLines(view.capacity)
        if !capacity.isEmpty {
            let list = capacity.map { $0.plainText }.joined(separator: "; ")
            blocks.append(.paragraph(RichText(try wording.text("capacity_intro", ["name": preferredName]) + " " + list + ".")))
        }
        if let effects = view.medicationEffects {
            blocks.append(.paragraph(RichText(try wording.text("medication_effects", ["text": effects]))))
        }
        // Other difficulties and strengths in a sentence each: the effects above are what
        // the manager plans around.
        if !view.barriers.isEmpty {
            blocks.append(.paragraph(RichText(try wording.text("barriers_intro") + " " + Self.sentences(view.barriers))))
        }
        if !view.strengths.isEmpty {
            blocks.append(.paragraph(RichText(try wording.text("strengths_intro") + " " + Self.sentences(view.strengths))))
        }
        if blocks.isEmpty { return [] }
        return [heading] + blocks
    }

    private func capacityLines(_ capacity: Capacity?) throws(DocumentError) -> [RichText] {
        guard let capacity else { return [] }
        var lines: [String] = []
        if let hours = capacity.hoursPerDay { lines.append(try wording.text("capacity_hours", ["hours": wording.duration(hours: hours)])) }
        if let days = capacity.daysPerWeek { lines.append(try wording.text("capacity_days", ["days": "\(days)"])) }
        // Each limit with the limitation code whose effect may already give it.
        let limits: [(number: String?, code: String, value: String)] = [
            (capacity.liftingKg.map { HoursText.percent($0) }, "lifting", "kg"),
            (capacity.sittingMinutes.map { "\($0)" }, "sitting", "minutes"),
            (capacity.standingMinutes.map { "\($0)" }, "standing", "minutes"),
            (capacity.walkingMinutes.map { "\($0)" }, "walking", "minutes"),
        ]
        for limit in limits {
            guard let number = limit.number, !effectSays(number, code: limit.code) else { continue }
            lines.append(try wording.text("capacity_" + limit.code, [limit.value: number]))
        }
        if let drive = capacity.canDrive { lines.append(try wording.text(drive ? "capacity_can_drive" : "capacity_cannot_drive")) }
        return lines.map { RichText($0) }
    }

    /// Whether the effect printed for a limitation already gives this number ("Avoid
    /// lifting over 5 kg for now" beside an assessed 5 kg), so the assessment's list does
    /// not say it a second time.
    private func effectSays(_ number: String, code: String) -> Bool {
        view.limitations.contains { limitation in
            guard limitation.code == code, let detail = limitation.detail else { return false }
            return detail.split(whereSeparator: { !$0.isNumber && $0 != "." }).contains { $0 == number || $0 == number + "." }
        }
    }

    /// Items run together as sentences: each ends with its own full stop, or gets one.
    static func sentences(_ items: [String]) -> String {
        items.map { item in
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            return trimmed.last.map { ".!?".contains($0) } == true ? trimmed : trimmed + "."
        }.joined(separator: " ")
    }
}
