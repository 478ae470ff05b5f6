import PlanBuilder
import ReportKit

/// The later sections of the rtw-plan: duties, adjustments, reviews, what to do when
/// things get harder, and the signatures.
extension RTWPlanDocument {
    func duties() throws(DocumentError) -> [Block] {
        guard let plan = view.plan else { return [] }
        let heading = Block.heading(level: 2, text: RichText(try wording.text("duties_heading")))
        if plan.duties.isEmpty {
            return view.isWithheld(.duties) ? [heading, try notShared(.duties)] : []
        }
        let table = try DutyTable(duties: plan.duties, planStart: plan.start, weeks: view.schedule?.weeks ?? [],
                                  wording: wording, dates: dates, afterPlanKey: identity.opening("duty_from_week_after")).table()
        return [heading, .paragraph(RichText(try wording.text("duties_intro")), style: .small), .table(table)]
    }

    func adjustments() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("adjustments_heading")))
        if view.adjustments.isEmpty {
            return view.isWithheld(.adjustments) ? [heading, try notShared(.adjustments)] : []
        }
        var rows: [TableRow] = []
        for adjustment in view.adjustments {
            let entry = adjustment.code.flatMap { catalogue.adjustment($0) }
            var what = RichText.bold(adjustment.title ?? entry?.title ?? adjustment.code ?? "")
            if let detail = adjustment.detail ?? entry?.involves { what += RichText(". " + detail) }
            if adjustment.detailScreened {
                what += RichText(" ") + .italic(try wording.text(adjustment.detail == nil ? "detail_screened" : "rest_screened"))
            }
            let who = adjustment.responsible.map { wording.lookup("responsible", $0) } ?? ""
            var from = RichText(adjustment.from.map { dates.short($0) } ?? "")
            let category = entry?.category ?? adjustment.category ?? ""
            if LeadTime.mayArriveLate(code: adjustment.code, category: category, needed: adjustment.from ?? view.plan?.start,
                                      issued: view.identity.issued, in: wording) {
                from += (from.isEmpty ? RichText("") : RichText("\n")) + .italic(try wording.text("adjustment_may_be_late"))
            }
            let review: String
            if let date = adjustment.review {
                review = dates.short(date)
            } else {
                review = try wording.text(adjustment.permanent ? "adjustment_permanent" : "adjustment_ongoing")
            }
            rows.append(TableRow([what, RichText(who), from, RichText(review)]))
        }
        let table = Table(columns: [
            TableColumn(.init(try wording.text("col_adjustment")), weight: 3.2),
            TableColumn(.init(try wording.text("col_who")), weight: 1.1),
            TableColumn(.init(try wording.text("col_from")), weight: 0.9),
            TableColumn(.init(try wording.text("col_review")), weight: 0.9),
        ], rows: rows)
        return [heading, .paragraph(RichText(try wording.text("adjustments_intro")), style: .small), .table(table)]
    }

    func reviews() throws(DocumentError) -> [Block] {
        guard let schedule = view.schedule, !schedule.reviewPoints.isEmpty else { return [] }
        var items: [RichText] = []
        for point in schedule.reviewPoints {
            let date = dates.withWeekdayLong(point.date)
            var entry: String
            if let week = point.week {
                // "End of week 4" only when no working day of that week comes after the review.
                let worksAfter = schedule.weeks.first { $0.number == week }?.days.contains { $0.date > point.date } ?? false
                entry = try wording.text(worksAfter ? "review_entry_during" : "review_entry", ["date": date, "week": "\(week)"])
            } else {
                entry = try wording.text("review_entry_no_week", ["date": date])
            }
            // A plan issued part way through does not list a past review as one to come.
            if let issued = view.identity.issued, point.date < issued { entry = try wording.text("review_entry_past", ["entry": entry]) }
            items.append(RichText(entry))
        }
        return [.heading(level: 2, text: RichText(try wording.text("reviews_heading"))),
                .paragraph(RichText(try wording.text("reviews_intro"))), .bulletList(items)]
    }

    func harder() throws(DocumentError) -> [Block] {
        let body = [RichText(try wording.text(identity.opening("harder_intro")))]
        let steps = try wording.list("harder_steps").map { RichText($0) }
        var closing: [RichText] = []
        if let manager = identity.caseManager, !manager.isEmpty {
            closing.append(RichText(try wording.text("harder_contact", ["contact": ""])) + manager.richText)
        }
        return [.callout(title: RichText(try wording.text("harder_heading")), body: body, bullets: steps, closing: closing)]
    }

    func agreement() throws(DocumentError) -> [Block] {
        let employerSigner = view.workplace.lineManager?.name ?? view.workplace.hr?.name
        let fields = [
            SignatureField(role: RichText(try wording.text("sign_employee")), name: name),
            SignatureField(role: RichText(try wording.text("sign_employer")), name: employerSigner),
            SignatureField(role: RichText(try wording.text("sign_case_manager")), name: identity.caseManager?.name),
        ]
        return [.keepTogether([
            .heading(level: 2, text: RichText(try wording.text("signatures_heading"))),
            .paragraph(RichText(try wording.text(view.schedule == nil ? "signatures_intro_no_dates"
                                                 : endedOn == nil ? "signatures_intro" : "signatures_intro_ended",
                                                 ["date": endedOn.map(dates.long) ?? ""]))),
            .signatures(fields, labels: SignatureLabels(name: RichText(try wording.text("sign_label_name")),
                                                        signature: RichText(try wording.text("sign_label_signature")),
                                                        date: RichText(try wording.text("sign_label_date")))),
        ])]
    }
}
