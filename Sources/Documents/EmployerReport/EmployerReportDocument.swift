import PlanBuilder
import ReportKit

/// The health and work report: the practitioner's advice to the employer on whether and
/// how the employee can work, in the fit note's terms, with the functional effects, the
/// adjustments and the schedule in brief. Built only from the employer's view of the
/// case, so that whatever consent withholds is simply not there to print.
struct EmployerReportDocument: CaseDocument {
    let view: EmployerView
    var identity: DocumentIdentity { view.identity }
    let catalogue: Catalogue
    let wording: Wording
    /// Where the practitioner signs: here, or once for both halves of a bilingual report.
    var signing: SigningPlace = .here

    func build() throws(DocumentError) -> ReportDocument {
        let title = try wording.text("title")
        var blocks = try DocumentFrame(identity: identity, wording: wording).titleBlocks(title: title)
        // The opening promise matches what follows: no medical details, or the diagnosis the
        // employee agreed to share and nothing more.
        let named = !view.diagnosisWithheld && !(view.conditions.isEmpty && view.treatments.isEmpty)
        // With no consent recorded, it promises nothing was agreed: the report holds no
        // health information at all.
        // Nor does it promise how health affects work when that was not agreed.
        let effects = !view.isWithheld(.functionalEffects)
        let intro = !view.consent.isRecorded ? "intro_no_consent"
            : named ? (effects ? "intro_with_diagnosis" : "intro_diagnosis_no_effects")
            : (effects ? "intro" : "intro_no_effects")
        blocks.append(.paragraph(RichText(try wording.text(identity.opening(intro), ["name": preferredName]))))
        // Page 1 is what a line manager acts on: who, for how long, the advice, the actions.
        // The particulars beside the advice: two short sections sharing one band of page 1.
        blocks.append(.columns([try details(), try fitness()], weights: [0.55, 0.45]))
        blocks += try EmployerActionTable(view: view, catalogue: catalogue, wording: wording, dates: dates).blocks()
        // Then the schedule the first action points to, the background the employee
        // agreed to share, and sign-off.
        blocks += try scheduleSummary()
        blocks += try diagnosis()
        blocks += try functionalEffects()
        blocks += try progress()
        blocks += try goals()
        blocks += try consent()
        return try DocumentFrame(identity: identity, wording: wording)
            .document(title: title, subject: try wording.text(identity.opening("subject")), confidentialKey: "footer_confidential", blocks: blocks)
    }

    /// The first review point of the return, the date the advice is next looked at.
    /// The first review the report's reader can still attend: on or after the issue date
    /// (a report issued three weeks into the plan does not give a review already held),
    /// and whether reviews were held before it ("Next review", not "First review").
    var nextReview: (date: LocalDate, earlierHeld: Bool)? {
        let dates = (view.schedule?.reviewPoints.map(\.date) ?? []) + (view.schedule == nil ? view.adjustments.compactMap(\.review) : [])
        let sorted = dates.sorted()
        guard let issued = view.identity.issued else { return sorted.first.map { ($0, false) } }
        return sorted.first { $0 >= issued }.map { ($0, sorted.first! < issued) }
    }

    /// The AHP report's particulars: when the assessment was, the period the advice
    /// covers, when it is next looked at, and who gives it and how to reach them. The
    /// employee, job and employer are already the line under the title.
    private func details() throws(DocumentError) -> [Block] {
        var rows: [KeyValue] = []
        if let assessed = view.assessmentDate {
            rows.append(KeyValue(.init(try wording.text("detail_assessed")), RichText(dates.long(assessed))))
        }
        if let schedule = view.schedule, let first = schedule.firstDay, let last = schedule.lastDay {
            // Issued after the plan's last week, the period is said to be over.
            rows.append(KeyValue(.init(try wording.text("detail_period")),
                                 RichText(try wording.text(view.identity.endedOn(schedule) != nil ? "detail_period_value_ended" : "detail_period_value",
                                                           ["from": dates.long(first), "until": dates.long(last)]))))
            if let now = try thisWeek(schedule) { rows.append(KeyValue(.init(try wording.text("detail_now")), RichText(now))) }
        }
        if let review = nextReview {
            rows.append(KeyValue(.init(try wording.text(review.earlierHeld ? "detail_review_next" : "detail_review")),
                                 RichText(dates.long(review.date))))
        }
        if let manager = identity.caseManager, let managerName = manager.name {
            let parts = [managerName, manager.profession ?? manager.role, manager.registration.map { try? wording.text("detail_registration", ["number": $0]) } ?? nil,
                         identity.service?.name].compactMap { $0 }
            var who = RichText(parts.joined(separator: ", "))
            let reach = Contact(phone: manager.phone, email: manager.email)
            if !reach.isEmpty { who += RichText("\n") + reach.richText }
            rows.append(KeyValue(.init(try wording.text("detail_prepared_by")), who))
        }
        guard !rows.isEmpty else { return [] }
        return [.heading(level: 2, text: RichText(try wording.text("details_heading"))), .keyValues(rows)]
    }

    /// A report issued part way through the plan says where the plan is: the line manager
    /// acts on this week first, not on week 1. Beside the fitness advice, it costs no room.
    private func thisWeek(_ schedule: GradedSchedule) throws(DocumentError) -> String? {
        guard let issued = view.identity.issued, let first = schedule.weeks.first, issued > first.start,
              let week = schedule.week(containing: issued) else { return nil }
        var values = ["week": "\(week.number)", "end": dates.withWeekday(week.end)]
        if week.days.isEmpty { return try wording.text("detail_now_break", values) }
        values["hours"] = wording.fraction(minutes: week.totalMinutes)
        values["days"] = "\(week.days.count)"
        return try wording.text(schedule.countsShifts ? "detail_now_shifts" : "detail_now_days", values)
    }

    private func fitness() throws(DocumentError) -> [Block] {
        guard let fitness = view.fitness else { return [] }
        var body = [RichText(try wording.text(view.nation.key("fitness_intro", in: wording)))]
        body += try FitnessChecklist(status: fitness.status, options: fitness.with, wording: wording).lines()
        if let comments = fitness.comments {
            body.append(RichText(try wording.text("fitness_comments", ["comments": comments])))
        }
        return [.heading(level: 2, text: RichText(try wording.text("fitness_heading"))), .callout(title: nil, body: body)]
    }

    /// Named only when the client agreed; otherwise nothing here, and the consent
    /// statement says it is not shared.
    private func diagnosis() throws(DocumentError) -> [Block] {
        let heading = Block.heading(level: 2, text: RichText(try wording.text("diagnosis_heading")))
        if view.diagnosisWithheld { return [] }
        guard !view.conditions.isEmpty || !view.treatments.isEmpty else { return [] }
        var items: [RichText] = []
        for condition in view.conditions {
            if let since = condition.since {
                items.append(RichText(try wording.text("condition_since", ["name": condition.name, "since": sinceWords(since)])))
            } else {
                items.append(RichText(condition.name))
            }
        }
        for treatment in view.treatments {
            if let from = treatment.from {
                items.append(RichText(try wording.text("treatment_from", ["name": treatment.name, "from": dates.short(from)])))
            } else {
                items.append(RichText(try wording.text("treatment_entry", ["name": treatment.name])))
            }
        }
        return [heading, .paragraph(RichText(try wording.text("diagnosis_intro", ["name": preferredName]))),
                .bulletList(items)]
    }

    /// "September 2025" for a month, "2025" for a year, a full date for a day.
    private func sinceWords(_ date: PartialDate) -> String {
        if let month = date.month, let day = date.day, let full = LocalDate(year: date.year, month: month, day: day) {
            return dates.long(full)
        }
        guard let month = date.month else { return "\(date.year)" }
        let months = (try? wording.list("month_long")) ?? []
        return months.indices.contains(month - 1) ? "\(months[month - 1]) \(date.year)" : date.description
    }
}
