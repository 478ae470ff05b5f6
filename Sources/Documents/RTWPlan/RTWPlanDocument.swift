import PlanBuilder
import ReportKit

/// The phased return-to-work plan: agreed and signed by the employee, the employer and
/// the case manager, so it is built from the employer's view of the case.
struct RTWPlanDocument: CaseDocument {
    let view: EmployerView
    var identity: DocumentIdentity { view.identity }
    let catalogue: Catalogue
    let wording: Wording
    /// Set in large print for the client, who signs it too: the week table then has two
    /// columns, as seven do not fit a page at 16 pt.
    var largePrint = false

    /// The plan's last day, when the plan was issued after it.
    var endedOn: LocalDate? { view.identity.endedOn(view.schedule) }

    func build() throws(DocumentError) -> ReportDocument {
        let title = try wording.text(identity.opening("title"))
        var blocks = try DocumentFrame(identity: identity, wording: wording).titleBlocks(title: title)
        // Without the schedule the plan cannot promise "the hours below": it says what it holds.
        // Issued after the plan's last week, it is a record of what was agreed, not a request.
        let intro = view.schedule == nil ? "intro_schedule_not_shared" : identity.opening("intro") + (endedOn == nil ? "" : "_ended")
        blocks.append(.paragraph(RichText(try wording.text(intro, ["name": preferredName, "contents": try introContents(),
                                                                    "date": endedOn.map(dates.long) ?? ""])), style: .body))
        blocks += try parties()
        blocks += try aims()
        blocks += try summary()
        blocks += try weekByWeek()
        blocks += try duties()
        blocks += try adjustments()
        blocks += try reviews()
        blocks += try harder()
        blocks += try agreement()
        return try DocumentFrame(identity: identity, wording: wording)
            .document(title: title, subject: try wording.text(identity.opening("subject")), confidentialKey: "footer_confidential", blocks: blocks)
    }

    /// What the plan below holds, named only when it is there: no "which duties to leave
    /// out" above a plan whose duties were not shared or that has none.
    private func introContents() throws(DocumentError) -> String {
        var parts = [try wording.text("intro_contents_schedule")]
        if !(view.plan?.duties.isEmpty ?? true) { parts.append(try wording.text("intro_contents_duties")) }
        if !view.adjustments.isEmpty { parts.append(try wording.text("intro_contents_adjustments")) }
        parts.append(try wording.text("intro_contents_reviews"))
        return parts.joined(separator: ", ")
    }

    /// Said on the page wherever consent keeps something from the employer.
    func notShared(_ item: ShareableItem) throws(DocumentError) -> Block {
        try WithheldNotice(wording: wording, name: preferredName, consentRecorded: view.consent.isRecorded).block(item)
    }

    /// The strategy in words; a plan that keeps `max_day_hours` to the end by adding
    /// days says that instead, since its days never reach full length within the plan.
    private func approach(_ plan: EmployerPlan, schedule: GradedSchedule?) throws(DocumentError) -> String {
        guard let schedule, let more = schedule.warnings.moreDays else { return wording.lookup("strategy", plan.strategy.rawValue) }
        return try wording.text(schedule.countsShifts ? "strategy_more_shifts" : "strategy_more_days",
                                ["limit": wording.duration(minutes: more.limitMinutes), "week": "\(more.week)"])
    }
    private func parties() throws(DocumentError) -> [Block] {
        var rows: [KeyValue] = []
        let employee = [name, view.workplace.jobTitle].compactMap { $0 }.joined(separator: ", ")
        rows.append(KeyValue(.init(try wording.text("party_employee")), RichText(employee)))
        if let employer = view.workplace.employer, employer.name != nil || employer.address != nil {
            rows.append(KeyValue(.init(try wording.text("party_employer")),
                                 RichText([employer.name, employer.address].compactMap { $0 }.joined(separator: ", "))))
        }
        let contacts: [(String, Contact?)] = [
            ("party_line_manager", view.workplace.lineManager),
            ("party_hr", view.workplace.hr),
            ("party_occupational_health", view.workplace.occupationalHealth),
            ("party_case_manager", identity.caseManager),
        ]
        for (key, contact) in contacts {
            if let contact, !contact.isEmpty { rows.append(KeyValue(.init(try wording.text(key)), contact.richText)) }
        }
        if let service = identity.service, let serviceName = service.name {
            let contact = Contact(name: serviceName, role: service.address, phone: service.phone, email: service.email)
            rows.append(KeyValue(.init(try wording.text("party_service")), contact.richText))
        }
        return [.heading(level: 2, text: RichText(try wording.text("parties_heading"))), .keyValues(rows)]
    }

    private func aims() throws(DocumentError) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("aims_heading")))]
        if let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last {
            // The hours of the first week actually worked, as the table and the client's
            // copy give them: a week shortened by an appointment starts lower than planned.
            let start = schedule.weeks.first { $0.totalMinutes > 0 } ?? first
            blocks.append(.paragraph(RichText(try wording.text("aim_summary", [
                "start_hours": wording.duration(minutes: start.totalMinutes),
                "start_percent": HoursText.percent(start.percentOfContract),
                "target_hours": wording.duration(minutes: last.totalMinutes),
                "target_week": "\(schedule.targetWeek ?? last.number)",
                "target_percent": HoursText.percent(last.plannedPercent),
                "weeks": "\(schedule.weeks.count)",
                "first_day": dates.long(first.start),
                "last_day": dates.long(last.end),
            ]))))
            if schedule.targetPercent < 100 {
                blocks.append(.paragraph(RichText(try wording.text("aim_reduced", ["target_percent": HoursText.percent(schedule.targetPercent)]))))
            }
        }
        if !view.goals.isEmpty {
            blocks.append(.paragraph(RichText(try wording.text("goals_intro"))))
            var items: [RichText] = []
            for goal in view.goals {
                var item = goal.text
                if let by = goal.by { item += " (" + (try wording.text("goal_by", ["date": dates.long(by)])) + ")" }
                items.append(RichText(item))
            }
            blocks.append(.bulletList(items))
        } else if view.isWithheld(.goals) {
            blocks.append(try notShared(.goals))
        }
        if view.goalScreened {
            blocks.append(.paragraph(.italic(try wording.text("goals_screened")), style: .note))
        }
        return blocks
    }

    private func summary() throws(DocumentError) -> [Block] {
        guard let plan = view.plan, let contract = view.workplace.contract else { return [] }
        var rows: [KeyValue] = []
        let hours = wording.duration(hours: contract.hoursPerWeek)
        if contract.isShiftWork, let shifts = contract.shiftsPerWeek, let shiftHours = contract.shiftHours {
            rows.append(KeyValue(.init(try wording.text("summary_contract")), RichText(try wording.text("summary_contract_shifts", [
                "hours": hours, "shifts": "\(shifts)", "shift_hours": wording.duration(hours: shiftHours)]))))
        } else {
            rows.append(KeyValue(.init(try wording.text("summary_contract")), RichText(try wording.text("summary_contract_value", ["hours": hours]))))
        }
        if let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last {
            // The first day worked, as the client copy says it: a plan starting on a bank
            // holiday Monday starts on the Tuesday.
            let firstDay = schedule.weeks.lazy.compactMap(\.days.first).first?.date ?? first.start
            rows.append(KeyValue(.init(try wording.text("summary_start")), RichText(dates.weekday(firstDay) + " " + dates.long(firstDay))))
            let lastDay = last.days.last?.date ?? last.end
            rows.append(KeyValue(.init(try wording.text("summary_end")), RichText(dates.weekday(lastDay) + " " + dates.long(lastDay))))
            rows.append(KeyValue(.init(try wording.text("summary_weeks")), RichText(try wording.text("summary_weeks_value", ["weeks": "\(schedule.weeks.count)"]))))
        }
        if view.schedule != nil {
            rows.append(KeyValue(.init(try wording.text("summary_approach")), RichText(try approach(plan, schedule: view.schedule))))
        }
        // Said with the shape of the work, before the table that prints "20:00–01:00".
        if let schedule = view.schedule,
           let overnight = try OvernightShifts(schedule: schedule, wording: wording, dates: dates).sentence("overnight_shifts") {
            rows.append(KeyValue(.init(try wording.text("summary_overnight")), RichText(overnight)))
        }
        rows.append(KeyValue(.init(try wording.text("summary_holidays")), RichText(wording.lookup("holiday_region", plan.holidays.rawValue))))
        if let pay = plan.pay {
            let text = try PayWording(wording: wording, pay: pay, schedule: view.schedule,
                                      rotaSuffix: view.workplace.payWordingSuffix).text()
            rows.append(KeyValue(.init(try wording.text("summary_pay")), RichText(text)))
        } else {
            // Said as the employer report says it ("Pay to be agreed"), not left out.
            rows.append(KeyValue(.init(try wording.text("summary_pay")), RichText(try wording.text("summary_pay_unknown"))))
        }
        return [.heading(level: 2, text: RichText(try wording.text("summary_heading"))), .keyValues(rows)]
    }

    private func weekByWeek() throws(DocumentError) -> [Block] {
        guard view.plan != nil else { return [] }
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("schedule_heading")))]
        guard let schedule = view.schedule else { return blocks + [try notShared(.schedule)] }
        blocks.append(.paragraph(RichText(try wording.text("schedule_intro")), style: .small))
        let restWeeks = schedule.weeks.filter(\.nonConsecutive).map(\.number)
        if let last = restWeeks.max() {
            let shifts = schedule.countsShifts ? "_shifts" : ""
            let text = last == 1 ? try wording.text("rest_days_week_one" + shifts) : try wording.text("rest_days_weeks" + shifts, ["last": "\(last)"])
            blocks.append(.paragraph(.bold(text), style: .small))
        }
        let table = ScheduleTable(schedule: schedule, wording: wording, dates: dates)
        blocks.append(.table(try largePrint ? table.largePrintTable() : table.table()))
        let words = NoteWords(wording: wording, dates: dates, schedule: schedule, issued: view.identity.issued)
        var notes: [RichText] = []
        for note in schedule.notes { notes.append(RichText(try words.text(note))) }
        // Points resting on what the client can manage, when consent keeps them back, are
        // said to be missing where the others are listed.
        let withheld = view.capacityPointsWithheld
            ? [try WithheldNotice(wording: wording, name: preferredName, consentRecorded: view.consent.isRecorded).capacityPointsBlock()] : []
        if !notes.isEmpty || !withheld.isEmpty {
            blocks.append(.keepTogether([.heading(level: 3, text: RichText(try wording.text("notes_heading")))]
                                        + (notes.isEmpty ? [] : [.bulletList(notes)]) + withheld))
        }
        return blocks
    }
}
