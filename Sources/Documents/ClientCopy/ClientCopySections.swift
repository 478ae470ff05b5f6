import PlanBuilder
import ReportKit

/// The practical half of the client copy: jobs to leave for now, the changes at work,
/// check-ins, what to do on a bad day, who to call and where else to get help.
extension ClientCopyDocument {
    func duties() throws(DocumentError) -> [Block] {
        guard let plan = view.plan, !plan.duties.isEmpty else { return [] }
        let weeks = view.schedule?.weeks ?? []
        var table = DutyTable(duties: plan.duties, planStart: plan.start, weeks: weeks, wording: wording, dates: dates)
        table.issued = view.identity.issued
        var items: [RichText] = []
        for change in table.duties {
            items.append(RichText(try table.when(change)))
        }
        // Issued once a job is back, the list is no longer "jobs to leave for now".
        let back = table.duties.filter { table.isBack($0) }.count
        let (heading, intro) = back == 0 ? ("duties_heading", "duties_intro")
            : ("duties_heading_some_back", back == table.duties.count ? "duties_intro_all_back" : "duties_intro_some_back")
        return Self.keptTogetherWhenShort(items.count, [.heading(level: 2, text: RichText(try wording.text(heading))),
                                                        .paragraph(RichText(try wording.text(intro))), .bulletList(items)]
                                                        + (try notTold(.duties)))
    }

    /// Said where the copy would otherwise read as if the employer knew: the client chose
    /// not to share this part, so nobody at work will arrange it until the client says so.
    func notTold(_ item: ShareableItem) throws(DocumentError) -> [Block] {
        guard !view.employerIsTold.contains(item) else { return [] }
        return [.paragraph(.bold(try wording.text("not_told_" + item.rawValue)))]
    }

    func changes() throws(DocumentError) -> [Block] {
        guard !view.adjustments.isEmpty else { return [] }
        var items: [RichText] = []
        var accessToWork = false
        for adjustment in view.adjustments {
            let entry = adjustment.code.flatMap { catalogue.adjustment($0) }
            accessToWork = accessToWork || entry?.accessToWork == true
            var text = RichText.bold(adjustment.title ?? entry?.title ?? adjustment.code ?? "")
            var sentences: [String] = []
            if let detail = adjustment.detail { sentences.append(detail) }
            if let who = adjustment.responsible, view.employerIsTold.contains(.adjustments) {
                sentences.append(try wording.text("change_who", ["who": wording.lookup("who_sorts", who)]))
            }
            if let from = adjustment.from, from > (view.plan?.start ?? from) {
                sentences.append(try wording.text("change_from", ["date": dates.long(from)]))
            }
            let needed = adjustment.from ?? view.plan?.start
            if let needed, view.employerIsTold.contains(.adjustments), LeadTime.mayArriveLate(code: adjustment.code, category: entry?.category ?? adjustment.category ?? "",
                                                  needed: needed, issued: view.identity.issued, in: wording) {
                sentences.append(try wording.text("change_may_be_late", ["date": dates.long(needed)]))
            }
            // When it is looked at again, so "No night shifts" beside "Night shifts: from
            // week 9" reads as a change with an end, not a contradiction.
            if let review = adjustment.review, view.identity.issued.map({ review >= $0 }) ?? true {
                sentences.append(try wording.text("change_review", ["date": dates.long(review)]))
            }
            if !sentences.isEmpty { text += RichText(". " + sentences.joined(separator: " ")) }
            items.append(text)
        }
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("changes_heading"))),
                               .paragraph(RichText(try wording.text(view.employerIsTold.contains(.adjustments) ? "changes_intro" : "changes_intro_not_told"))),
                               .bulletList(items)]
        blocks += try notTold(.adjustments)
        if accessToWork { blocks.append(.paragraph(RichText(try wording.text(view.nation.key("access_to_work", in: wording))))) }
        return blocks
    }

    func checkIns() throws(DocumentError) -> [Block] {
        guard let points = view.schedule?.reviewPoints, !points.isEmpty else { return [] }
        // A copy issued part way through marks the dates already gone, so the next one is
        // easy to find.
        var items: [RichText] = []
        for point in points {
            let date = dates.inFull(point.date)
            let past = view.identity.issued.map { point.date < $0 } ?? false
            items.append(RichText(past ? try wording.text("checkin_past", ["date": date]) : date))
        }
        return Self.keptTogetherWhenShort(items.count, [.heading(level: 2, text: RichText(try wording.text("checkins_heading"))),
                                                        .paragraph(RichText(try wording.text(view.employerIsTold.contains(.schedule) ? "checkins_intro" : "checkins_intro_not_told"))),
                                                        .bulletList(items)])
    }

    /// A short list of dates or jobs is read as one thing: three check-ins at the foot of a
    /// page and two over the leaf read as two lists. Up to this many items the section
    /// (heading, introduction, list) moves to the next page whole; a longer one splits.
    static let shortListItems = 8

    static func keptTogetherWhenShort(_ count: Int, _ blocks: [Block]) -> [Block] {
        count <= shortListItems ? [.keepTogether(blocks)] : blocks
    }

    func badDay() throws(DocumentError) -> [Block] {
        let body = [RichText(try wording.text("bad_day_intro"))]
        let steps = try wording.list("bad_day_steps").map { RichText($0) }
        return [.callout(title: RichText(try wording.text("bad_day_heading")), body: body, bullets: steps)]
    }

    func whoToCall() throws(DocumentError) -> [Block] {
        var rows: [KeyValue] = []
        let contacts: [(String, Contact?)] = [
            ("contact_case_manager", identity.caseManager),
            ("contact_line_manager", view.workplace.lineManager),
            ("contact_hr", view.workplace.hr),
            ("contact_occupational_health", view.workplace.occupationalHealth),
        ]
        for (key, contact) in contacts {
            if let contact, !contact.isEmpty { rows.append(KeyValue(.init(try wording.text(key)), contact.richText)) }
        }
        if let service = identity.service, let name = service.name {
            let contact = Contact(name: name, role: nil, phone: service.phone, email: service.email)
            rows.append(KeyValue(.init(try wording.text("contact_service")), contact.richText))
        }
        guard !rows.isEmpty else { return [] }
        return [.heading(level: 2, text: RichText(try wording.text("contacts_heading"))), .keyValues(rows)]
    }

    /// Each wording entry is "Name: what they do"; the name is set in bold so the list
    /// can be scanned.
    /// Charities for the client's own conditions only: a back-pain client is not sent
    /// to a cancer charity.
    /// Matched on whole words and phrases, so "burns" never finds "ms".
    private func conditionHelp(_ nation: Nation) -> [String] {
        let texts = view.helpTopics
        let words = " " + WholeWords.words(in: texts.joined(separator: " ")).joined(separator: " ") + " "
        return wording.table(nation.key("condition_help", in: wording)).sorted { $0.key < $1.key }.compactMap { keys, entry in
            keys.split(separator: "|").contains { key in
                words.contains(" " + WholeWords.words(in: String(key)).joined(separator: " ") + " ")
            } ? entry : nil
        }
    }

    func moreHelp() throws(DocumentError) -> [Block] {
        let nation = view.nation
        let entries = try wording.list(nation.key("help_entries", in: wording)) + conditionHelp(nation)
        guard !entries.isEmpty else { return [] }
        let items = entries.map { entry -> RichText in
            guard let colon = entry.range(of: ": ") else { return RichText(entry) }
            return .bold(String(entry[..<colon.lowerBound])) + RichText(": " + entry[colon.upperBound...])
        }
        return [.heading(level: 2, text: RichText(try wording.text("help_heading"))),
                .paragraph(RichText(try wording.text("help_intro"))), .bulletList(items)]
    }
}
