import PlanBuilder
import ReportKit

/// The end of the health and work report: the schedule in brief, progress and goals
/// where shared, when the advice is reviewed, what the employee consented to, and whom
/// to contact.
extension EmployerReportDocument {
    func scheduleSummary() throws(DocumentError) -> [Block] {
        guard caseFile.plan != nil else { return [] }
        let heading = Block.heading(level: 2, text: RichText(try wording.text("schedule_heading")))
        guard let schedule = disclosed.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last else {
            return disclosed.isWithheld(.schedule) ? [heading, try notice.block(.schedule)] : []
        }
        var rows: [KeyValue] = []
        if let contract = caseFile.employment?.contract {
            rows.append(KeyValue(.init(try wording.text("schedule_contract")),
                                 RichText(try wording.text("schedule_contract_value", ["hours": HoursText.duration(hours: contract.hoursPerWeek)]))))
        }
        rows.append(KeyValue(.init(try wording.text("schedule_length")), RichText(try wording.text("schedule_length_value", [
            "weeks": "\(schedule.weeks.count)", "first_day": dates.long(first.start), "last_day": dates.long(last.end)]))))
        rows.append(KeyValue(.init(try wording.text("schedule_first_week")), RichText(try weekSummary(first))))
        rows.append(KeyValue(.init(try wording.text("schedule_last_week")), RichText(try weekSummary(last))))
        var blocks: [Block] = [heading, .keyValues(rows),
                               .paragraph(RichText(try wording.text("schedule_table_intro")), style: .small),
                               .table(try CompactScheduleTable(schedule: schedule, wording: wording, dates: dates).table())]
        let watch = schedule.notes.filter { $0.kind == .flag || $0.topic == .pause }.map { RichText($0.message) }
        if !watch.isEmpty {
            blocks.append(.keepTogether([.heading(level: 3, text: RichText(try wording.text("schedule_watch_heading"))), .bulletList(watch)]))
        }
        return blocks
    }

    private func weekSummary(_ week: WeekPlan) throws(DocumentError) -> String {
        try wording.text("schedule_week_value", [
            "week": "\(week.number)", "dates": dates.range(week.start, week.end),
            "hours": HoursText.duration(minutes: week.totalMinutes), "percent": HoursText.percent(week.percentOfContract)])
    }

    func progress() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("progress_heading")))
        if caseFile.reviews.isEmpty {
            return disclosed.isWithheld(.reviews) ? [heading, try notice.block(.reviews)] : []
        }
        let rows = caseFile.reviews.map { review in
            TableRow([RichText(review.date.map { dates.short($0) } ?? ""),
                      RichText(review.week.map { "\($0)" } ?? ""),
                      RichText(review.hoursWorked.map { HoursText.duration(hours: $0) } ?? ""),
                      RichText(review.note ?? "")])
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
        if caseFile.goals.isEmpty {
            return disclosed.isWithheld(.goals) ? [heading, try notice.block(.goals)] : []
        }
        var items: [RichText] = []
        for goal in caseFile.goals {
            var text = goal.text
            if let by = goal.by { text += " (" + (try wording.text("goal_by", ["date": dates.long(by)])) + ")" }
            items.append(RichText(text))
        }
        return [heading, .bulletList(items)]
    }

    func reviewOfAdvice() throws(DocumentError) -> [Block] {
        guard let next = nextReview else { return [] }
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("review_heading"))),
                               .paragraph(RichText(try wording.text("review_next", ["date": dates.long(next), "name": caseFile.client.preferredName ?? name])))]
        let points = disclosed.schedule?.reviewPoints ?? []
        if points.count > 1 {
            let list = points.map { dates.withWeekday($0.date, year: true) }.joined(separator: ", ")
            blocks.append(.paragraph(RichText(try wording.text("review_dates", ["dates": list]))))
        }
        if caseFile.adjustments.contains(where: { $0.review != nil }) {
            blocks.append(.paragraph(RichText(try wording.text("review_adjustments"))))
        }
        return blocks
    }

    /// What the employee agreed to share and on which date, and what they did not, so
    /// the employer knows the report is partial by the employee's choice.
    func consent() throws(DocumentError) -> [Block] {
        let consent = caseFile.consent
        let preferred = caseFile.client.preferredName ?? name
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("consent_heading")))]
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
            blocks += [.paragraph(RichText(intro)), .bulletList(shared.map { RichText(wording.lookup("consent_item", $0.rawValue)) })]
        }
        if !notShared.isEmpty {
            blocks += [.paragraph(RichText(try wording.text(consent.isRecorded ? "consent_not_agreed" : "consent_not_recorded", ["name": preferred]))),
                       .bulletList(notShared.map { RichText(wording.lookup("consent_item", $0.rawValue)) })]
        }
        let diagnosisKey = consent.discloseDiagnosis ? "consent_diagnosis_yes" : (consent.isRecorded ? "consent_diagnosis_no" : "consent_diagnosis_default")
        blocks.append(.paragraph(RichText(try wording.text(diagnosisKey,
                                                            ["name": preferred]))))
        return blocks
    }

    func contact() throws(DocumentError) -> [Block] {
        var rows: [KeyValue] = []
        if let manager = caseFile.caseInfo.caseManager, !manager.isEmpty {
            rows.append(KeyValue(.init(try wording.text("contact_case_manager")), manager.richText))
        }
        if let service = caseFile.caseInfo.service, let serviceName = service.name {
            let contact = Contact(name: serviceName, role: service.address, phone: service.phone, email: service.email)
            rows.append(KeyValue(.init(try wording.text("contact_service")), contact.richText))
        }
        guard !rows.isEmpty else { return [] }
        return [.keepTogether([.heading(level: 2, text: RichText(try wording.text("contact_heading"))),
                               .paragraph(RichText(try wording.text("contact_intro"))), .keyValues(rows)])]
    }
}
