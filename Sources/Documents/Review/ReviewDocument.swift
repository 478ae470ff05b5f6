import PlanBuilder
import ReportKit

/// The progress review: the case manager's record of how the return is going, planned
/// against worked hours, the measures then and now with their bands, the notes, and what
/// changes next. Its audience is the case manager (the client may read it too), so it
/// carries measure scores; it says on the page whether the employer may see progress.
struct ReviewDocument: CaseDocument {
    let view: CaseManagerView
    var identity: DocumentIdentity { view.identity }
    var caseFile: CaseFile { view.caseFile }
    let catalogue: Catalogue
    let wording: Wording


    /// The most recent review, by date where dates are given, else the last listed.
    var latest: ReviewRecord? {
        caseFile.reviews.enumerated().max { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            default: return a.offset < b.offset
            }
        }?.element
    }

    func build() throws(DocumentError) -> ReportDocument {
        let title = try wording.text("title")
        var blocks = try DocumentFrame(identity: identity, wording: wording).titleBlocks(title: title)
        blocks.append(.paragraph(RichText(try wording.text(caseFile.outcome?.discharged == nil ? "intro" : "intro_discharged"))))
        let sharing = caseFile.consent.shareWithEmployer.contains(.reviews) ? "sharing_reviews"
            : caseFile.consent.isRecorded ? "sharing_none" : "sharing_no_consent"
        blocks.append(.paragraph(.italic(try wording.text(sharing, ["name": preferredName])), style: .note))
        blocks += try details()
        blocks += try hours()
        blocks += try measures()
        blocks += try notes()
        blocks += try nextSteps()
        blocks += try support()
        blocks += try outcome()
        return try DocumentFrame(identity: identity, wording: wording)
            .document(title: title, subject: try wording.text(identity.opening("subject")), confidentialKey: "footer_confidential", blocks: blocks)
    }

    private func details() throws(DocumentError) -> [Block] {
        var rows = [KeyValue(.init(try wording.text("detail_client")), RichText(name))]
        if let employer = caseFile.employment?.employer?.name {
            rows.append(KeyValue(.init(try wording.text("detail_employer")), RichText(employer)))
        }
        if let manager = caseFile.caseInfo.caseManager, !manager.isEmpty {
            rows.append(KeyValue(.init(try wording.text("detail_case_manager")), manager.richText))
        }
        if let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last {
            rows.append(KeyValue(.init(try wording.text(identity.opening("detail_plan"))), RichText(try wording.text("detail_plan_value", [
                "weeks": "\(schedule.weeks.count)", "first_day": dates.long(first.start), "last_day": dates.long(last.end)]))))
        }
        if let latest, let date = latest.date {
            let week = latest.week ?? view.schedule.flatMap { HoursComparison.week(of: latest, in: $0) }
            let value = try week.map { week throws(DocumentError) in
                try wording.text("detail_latest_value", ["date": dates.long(date), "week": "\(week)"])
            } ?? dates.long(date)
            rows.append(KeyValue(.init(try wording.text("detail_latest")), RichText(value)))
        }
        rows.append(KeyValue(.init(try wording.text("detail_reviews")), RichText("\(caseFile.reviews.count)")))
        return [.heading(level: 2, text: RichText(try wording.text("details_heading"))), .keyValues(rows)]
    }

    private func hours() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("hours_heading")))
        guard let schedule = view.schedule else { return try reviewsOnly(heading) }
        let comparison = HoursComparison(schedule: schedule, reviews: caseFile.reviews)
        guard !comparison.weeks.isEmpty else { return try reviewsOnly(heading) }
        let notRecorded = try wording.text("not_recorded")
        var rows: [TableRow] = []
        for week in comparison.weeks {
            rows.append(TableRow([
                .bold("\(week.plan.number)"),
                RichText(dates.range(week.plan.start, week.plan.end)),
                RichText(wording.duration(hours: week.plannedHours)),
                week.actualHours.map { .bold(wording.duration(hours: $0)) } ?? .italic(notRecorded),
                RichText(try week.actualHours.map { actual throws(DocumentError) in try difference(actual - week.plannedHours) } ?? ""),
            ], emphasis: week.plan.review != nil ? .shaded : .normal))
        }
        if let totals = comparison.recordedTotals {
            rows.append(TableRow(["", RichText(try wording.text("total_recorded")), RichText(wording.duration(hours: totals.planned)),
                                  RichText(wording.duration(hours: totals.actual)), RichText(try difference(totals.actual - totals.planned))],
                                 emphasis: .strong))
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_week")), weight: 0.7, alignment: .center),
            TableColumn(.init(try wording.text("col_dates")), weight: 1.3),
            TableColumn(.init(try wording.text("col_planned")), weight: 1, alignment: .trailing),
            TableColumn(.init(try wording.text("col_actual")), weight: 1, alignment: .trailing),
            TableColumn(.init(try wording.text("col_difference")), weight: 1, alignment: .trailing),
        ], rows: rows)
        return [heading, .paragraph(RichText(try wording.text("hours_intro")), style: .small), .table(table),
                .chart(try HoursChart(comparison: comparison, wording: wording).chart())]
    }

    /// "+1.5", "−4" (a true minus sign), "0".
    func difference(_ hours: Double) throws(DocumentError) -> String {
        let sign = hours > 0.004 ? "+" : (hours < -0.004 ? "\u{2212}" : "")
        return try wording.text("difference_value", ["sign": sign, "hours": wording.duration(hours: abs(hours))])
    }

    /// Without a plan to compare with, the hours recorded at each review.
    private func reviewsOnly(_ heading: Block) throws(DocumentError) -> [Block] {
        let recorded = caseFile.reviews.filter { $0.hoursWorked != nil }
        guard !recorded.isEmpty else { return [] }
        let rows = recorded.map { review in
            TableRow([RichText(review.date.map { dates.short($0) } ?? ""), RichText(review.week.map { "\($0)" } ?? ""),
                      .bold(review.hoursWorked.map { wording.duration(hours: $0) } ?? "")])
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_review_date")), weight: 1.2),
            TableColumn(.init(try wording.text("col_review_week")), weight: 0.7, alignment: .center),
            TableColumn(.init(try wording.text("col_actual")), weight: 1, alignment: .trailing),
        ], rows: rows)
        return [heading, .paragraph(RichText(try wording.text("reviews_only_intro")), style: .small), .table(table)]
    }

    private func measures() throws(DocumentError) -> [Block] {
        let changes = MeasureComparison(assessment: caseFile.assessment?.measures ?? [], reviews: caseFile.reviews).changes()
        guard !changes.isEmpty else { return [] }
        var rows: [TableRow] = []
        for change in changes {
            let label = wording.lookup("measure_label", "\(change.instrument.rawValue).\(change.field)")
            let now: RichText
            if let reading = change.now {
                now = try cell(reading, change)
            } else {
                now = .italic(try wording.text("not_measured_again"))
            }
            rows.append(TableRow([.bold(label), try cell(change.then, change), now, RichText(try changeWords(change))]))
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_measure")), weight: 1.5),
            TableColumn(.init(try wording.text("col_then")), weight: 1.2),
            TableColumn(.init(try wording.text("col_now")), weight: 1.2),
            TableColumn(.init(try wording.text("col_change")), weight: 1),
        ], rows: rows)
        // What the scores mean, only for the measures shown.
        let bands = wording.table("bands")
        let shown = Set(changes.map(\.instrument))
        let notes = Measure.Instrument.allCases.filter(shown.contains).compactMap { bands[$0.rawValue] }
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("measures_heading"))), .table(table)]
        if !notes.isEmpty {
            blocks.append(.paragraph(RichText(([try wording.text("bands_intro")] + notes).joined(separator: " ")), style: .note))
        }
        return [.keepTogether(blocks)]
    }

    private func cell(_ reading: MeasureChange.Reading, _ change: MeasureChange) throws(DocumentError) -> RichText {
        let value = HoursText.percent(reading.value)
        let text: String
        if let band = MeasureBands.band(change.instrument, field: change.field, value: reading.value) {
            text = try wording.text("measure_value_band", ["value": value, "band": wording.lookup("band", band)])
        } else {
            text = try wording.text("measure_value", ["value": value])
        }
        guard let date = reading.date else { return .bold(text) }
        return .bold(text) + RichText("\n" + (try wording.text("measure_date", ["date": dates.short(date)])))
    }

    private func changeWords(_ change: MeasureChange) throws(DocumentError) -> String {
        guard let now = change.now, let improvement = change.improvement else { return "" }
        let delta = now.value - change.then.value
        let signed = (delta > 0 ? "+" : (delta < 0 ? "\u{2212}" : "")) + HoursText.percent(abs(delta))
        if improvement > 0 { return try wording.text("change_better", ["delta": signed]) }
        if improvement < 0 { return try wording.text("change_worse", ["delta": signed]) }
        return try wording.text("change_same")
    }
}
