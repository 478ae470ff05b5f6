import PlanBuilder

/// The transition tables: one row per status at referral, one column per status at
/// discharge (with "not discharged"), each cell a count and its share of the row, for
/// the whole caseload, each tier and each deprivation band.
///
/// Every status the case-file format defines has its own row and column, nothing is
/// lumped together; a status no client in the whole caseload has is left out (and the
/// report says which). Every group's table has the same rows and columns as the whole
/// caseload's, so the groups can be compared cell by cell.
extension CaseloadFigures {
    public static var groups: [CaseloadGroup] { CaseloadGroup.all }

    /// The rows and columns, in the format's order: every status some client has, at
    /// referral or at discharge, as a row when the format allows it at referral and as a
    /// column when it allows it at discharge, so that "Retired" has a row (of zeros, if
    /// nobody was retired when referred) beside its column. "Not recorded" means no
    /// status at referral as a row, and a discharge without a status as a column, so it
    /// appears only where clients have it.
    public var transitionStatuses: (rows: [String], columns: [String]) {
        let everyone = tally.transitions[.everyone] ?? Counter()
        let from = Set(everyone.counts.keys.map(\.from)), to = Set(everyone.counts.keys.map(\.to))
        return (Self.statusOrder(from.union(to.intersection(Employment.statuses))),
                Self.statusOrder(to.union(from.intersection(Outcome.statuses))))
    }

    /// The whole caseload's table, then one per group that has clients.
    public var transitionTables: [StatTable] {
        Self.groups.compactMap { group in
            guard let counter = tally.transitions[group] else { return group == .everyone ? transitionTable(group, Counter()) : nil }
            return transitionTable(group, counter)
        }
    }

    func transitionTable(_ group: CaseloadGroup, _ counter: Counter<Transition>) -> StatTable {
        let (rowCodes, columns) = transitionStatuses
        var rowTotals = Counter<String>(), columnTotals = Counter<String>()
        for (transition, count) in counter.counts {
            rowTotals.add(transition.from, count)
            columnTotals.add(transition.to, count)
        }
        let total = counter.total
        var rows = rowCodes.map { from in
            let rowTotal = rowTotals[from]
            let cells = columns.map { to -> StatCell in .countWithShare(counter[Transition(from: from, to: to)], of: rowTotal) }
            return StatRow(from, cells + [.countWithShare(rowTotal, of: total)])
        }
        rows.append(StatRow("total", columns.map { .countWithShare(columnTotals[$0], of: total) }
                            + [.countWithShare(total, of: total)], isTotal: true))
        return StatTable(id: "transitions-\(group.code)", titleKey: group == .everyone ? "table_transitions" : "table_transitions_group",
                         group: group == .everyone ? nil : group.code, rowHeader: "referral-vs-discharge",
                         columns: columns + ["total"], rows: rows, noteKey: "note_transitions",
                         noteValues: StatTable.words(["clients": total]), hasData: total > 0)
    }

    /// Statuses the format defines that no client had, at referral or at discharge, so
    /// the page can say why they have no row or column.
    public var statusesWithNoClient: [String] {
        let (rows, columns) = transitionStatuses
        let defined = StatusCodes.all.filter { $0 != StatusCodes.notRecorded && $0 != StatusCodes.notDischarged }
        return defined.filter { !rows.contains($0) && !columns.contains($0) }
    }
}
