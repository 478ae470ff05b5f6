import PlanBuilder
import ReportKit

/// "Your return-to-work plan": the plan written to the client in plain, second-person
/// words, with the schedule as a calendar and what each week means for their pay. The
/// client may see their own health details (appointments are named), never the
/// caseload-only fields, which `ClientView` does not carry. Set in large
/// print (body text 16 pt or more) when the case file asks for it.
struct ClientCopyDocument: CaseDocument {
    let view: ClientView
    var identity: DocumentIdentity { view.identity }
    let catalogue: Catalogue
    let wording: Wording

    func build() throws(DocumentError) -> ReportDocument {
        let title = try wording.text(identity.opening("title"))
        var blocks: [Block] = [.heading(level: 1, text: RichText(title)),
                               .paragraph(.bold(try wording.text("greeting", ["name": name])), style: .lead),
                               .paragraph(RichText(try DocumentFrame(identity: identity, wording: wording).issueLine()), style: .small)]
        let suffix = ended ? "_ended" : ""
        if let employer = view.workplace.employer?.name {
            blocks.append(.paragraph(RichText(try wording.text(identity.opening("intro_employer") + suffix, ["employer": employer]))))
        } else {
            blocks.append(.paragraph(RichText(try wording.text(identity.opening("intro") + suffix))))
        }
        blocks += try inShort()
        blocks += try calendar()
        blocks += try pay()
        blocks += try goals()
        blocks += try duties()
        blocks += try changes()
        blocks += try checkIns()
        blocks += try employerTold()
        blocks += try badDay()
        blocks += try whoToCall()
        blocks += try moreHelp()
        return try DocumentFrame(identity: identity, wording: wording)
            .document(title: title, subject: try wording.text(identity.opening("subject")), confidentialKey: "footer_confidential", blocks: blocks)
    }

    /// Issued after the plan's last week, the copy is a record of the plan, not a look ahead.
    private var ended: Bool { identity.endedOn(view.schedule) != nil }

    /// A client who is still at work (stay-in-work) does not "start back".
    private var isAtWork: Bool {
        view.staysInWork
    }

    private func inShort() throws(DocumentError) -> [Block] {
        guard let schedule = view.schedule, let first = schedule.weeks.first, let last = schedule.weeks.last else { return [] }
        let startDay = first.days.first?.date ?? first.start
        var items = [
            // A copy issued after the first day says so in the past: "You started back on…".
            try wording.text((isAtWork ? "short_start_at_work" : "short_start") + (view.identity.issued.map { $0 > startDay } == true ? "_past" : ""),
                             ["date": dates.on(startDay, inFull: true)]),
            try wording.text("short_first_week", ["hours": wording.spelledDuration(minutes: first.totalMinutes)]),
        ]
        if schedule.weeks.count > 1 {
            items.append(try wording.text("short_build"))
            let target = schedule.targetWeek.map { schedule.weeks[$0 - 1] } ?? last
            items.append(try wording.text("short_end", ["week": "\(target.number)", "date": dates.long(target.start),
                                                        "hours": wording.spelledDuration(minutes: target.totalMinutes)]))
        }
        if schedule.targetPercent < 100 {
            items.append(try wording.text("short_reduced", ["hours": wording.spelledDuration(minutes: schedule.contractMinutes)]))
        }
        items += try ClientScheduleWarnings(schedule: schedule, wording: wording, dates: dates, issued: view.identity.issued).sentences()
        if !ended { items.append(try wording.text("short_keep_to_plan")) }
        return [.heading(level: 2, text: RichText(try wording.text("short_heading"))), .bulletList(items.map { RichText($0) })]
    }

    private func calendar() throws(DocumentError) -> [Block] {
        guard let schedule = view.schedule else { return [] }
        let workingDays = view.workplace.contract?.workingDays ?? [.mon, .tue, .wed, .thu, .fri]
        let calendar = ClientCalendar(schedule: schedule, workingDays: workingDays, wording: wording, dates: dates,
                                      rota: view.workplace.isRota)
        let listed = view.largePrint && workingDays.count > 5
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("calendar_heading"))),
                               .paragraph(RichText(try wording.text(listed ? "calendar_intro_list" : "calendar_intro")
                                    + (!listed && calendar.showsDayOffAsRest ? " " + (try wording.text("calendar_rota_days_off")) : "")))]
        if let overnight = try OvernightShifts(schedule: schedule, wording: wording, dates: dates).sentence("calendar_overnight", inFull: true) {
            blocks.append(.paragraph(RichText(overnight)))
        }
        // The pay mark is explained before the table, where it travels with the first rows,
        // rather than under it, where it could be left alone at the top of the next page.
        if let note = try calendar.payTimeOffNote() { blocks.append(note) }
        blocks.append(.table(try listed ? calendar.listTable() : calendar.table()))
        blocks += try notTold(.schedule)
        let daysOff = try calendar.daysOff(appointments: view.appointments)
        if !daysOff.isEmpty {
            blocks.append(.keepTogether([.heading(level: 3, text: RichText(try wording.text("days_off_heading"))), .bulletList(daysOff)]))
        }
        return blocks
    }

    private func pay() throws(DocumentError) -> [Block] {
        guard let plan = view.plan else { return [] }
        let text: String
        if let pay = plan.pay {
            text = try PayWording(wording: wording, pay: pay, schedule: view.schedule, rotaSuffix: view.workplace.payWordingSuffix).text()
        } else {
            text = try wording.text("pay_unknown")
        }
        // A short section read as one: where to get help about money stays with the pay it is about.
        return [.keepTogether([.heading(level: 2, text: RichText(try wording.text("pay_heading"))),
                               .paragraph(RichText(text)), .paragraph(RichText(try wording.text(view.nation.key("pay_worry", in: wording))))])]
    }

    private func goals() throws(DocumentError) -> [Block] {
        guard !view.goals.isEmpty else { return [] }
        var items: [RichText] = []
        for goal in view.goals {
            if let by = goal.by {
                let sentence = goal.text.last.map { ".!?".contains($0) } == true ? goal.text : goal.text + "."
                items.append(RichText(try wording.text("goal_with_date", ["goal": sentence, "date": dates.long(by)])))
            } else {
                items.append(RichText(goal.text))
            }
        }
        return [.heading(level: 2, text: RichText(try wording.text("goals_heading"))), .bulletList(items)]
    }
}
