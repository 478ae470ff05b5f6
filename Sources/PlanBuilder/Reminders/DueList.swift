/// What needs the case manager's attention soon: the reminders `vr-docs due` prints and
/// the workspace shows. A review the plan has planned but nobody has recorded stays on
/// the list after its date, as overdue, until it is recorded or the case is closed: a
/// forgotten review is exactly what a reminder is for.
public struct DueItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A review point of the plan (week N), not yet recorded in `reviews`.
        case review(week: Int?)
        case planStarts
        case planEnds
        /// The date an agreed adjustment is to be looked at again.
        case adjustmentReview(String)
        /// The follow-up after discharge, not yet recorded.
        case followUp
        /// An issued version whose employer documents wait for the client's approval
        /// (the workspace's, which keeps versions).
        case approval(version: Int)
    }

    public var date: LocalDate
    public var kind: Kind
    public var reference: String
    public var clientName: String?
    /// Before `today`: it should already have happened.
    public var overdue: Bool

    public init(date: LocalDate, kind: Kind, reference: String, clientName: String?, overdue: Bool) {
        self.date = date
        self.kind = kind
        self.reference = reference
        self.clientName = clientName
        self.overdue = overdue
    }

    /// What is due, in words for the terminal and the workspace.
    public var description: String {
        switch kind {
        case .review(let week): return week.map { "Review (week \($0))" } ?? "Review"
        case .planStarts: return "Plan starts"
        case .planEnds: return "Plan ends (last working day)"
        case .adjustmentReview(let title): return "Adjustment review: \(title)"
        case .followUp: return "Follow-up after discharge"
        case .approval(let version): return "Client's approval of version \(version) (employer documents held)"
        }
    }

    /// `review`, `plan-starts`, ... for `due --json`.
    public var code: String {
        switch kind {
        case .review: return "review"
        case .planStarts: return "plan-starts"
        case .planEnds: return "plan-ends"
        case .adjustmentReview: return "adjustment-review"
        case .followUp: return "follow-up"
        case .approval: return "approval"
        }
    }
}

public enum DueList {
    /// Everything due for this case from `today` to `today + days` (both included), and
    /// planned reviews already past but not recorded. Cases discharged by `today`
    /// have only their follow-up, until its result is recorded.
    public static func items(for caseFile: CaseFile, schedule: GradedSchedule?, today: LocalDate, within days: Int) -> [DueItem] {
        let last = today.adding(days: days)
        let reference = caseFile.caseInfo.reference
        let name = caseFile.client.name
        func item(_ date: LocalDate, _ kind: DueItem.Kind) -> DueItem {
            DueItem(date: date, kind: kind, reference: reference, clientName: name, overdue: date < today)
        }
        var items: [DueItem] = []
        // A discharge dated after `today` (a file written up later, or a date planned)
        // leaves the case open until that day.
        if let outcome = caseFile.outcome, let discharged = outcome.discharged, discharged <= today {
            if let followUp = outcome.followUp, let date = followUp.date, followUp.status == nil, date <= last {
                items.append(item(date, .followUp))
            }
            return items
        }
        if let schedule {
            let recordedDates = Set(caseFile.reviews.compactMap(\.date))
            let recordedWeeks = Set(caseFile.reviews.compactMap(\.week))
            for point in schedule.reviewPoints where point.date <= last {
                let recorded = recordedDates.contains(point.date) || point.week.map(recordedWeeks.contains) == true
                if !recorded { items.append(item(point.date, .review(week: point.week))) }
            }
            if let first = schedule.firstDay, first >= today, first <= last { items.append(item(first, .planStarts)) }
            // The last day worked, not the Sunday the plan's last week ends on.
            let end = schedule.weeks.flatMap(\.days).last?.date ?? schedule.lastDay
            if let end, end >= today, end <= last { items.append(item(end, .planEnds)) }
        }
        for adjustment in caseFile.adjustments {
            guard let date = adjustment.review, date >= today, date <= last else { continue }
            items.append(item(date, .adjustmentReview(adjustment.title ?? adjustment.code ?? "adjustment")))
        }
        return items
    }

    /// Soonest first; the same day by reference, then in the order of a case's year.
    public static func sorted(_ items: [DueItem]) -> [DueItem] {
        items.enumerated().sorted { lhs, rhs in
            (lhs.element.date, lhs.element.reference, lhs.offset) < (rhs.element.date, rhs.element.reference, rhs.offset)
        }.map(\.element)
    }
}
