/// The transition tables: one row per status at referral, one column per status at
/// discharge (with "not discharged"), each cell a count and its share of the row, for
/// the whole caseload, each tier and each deprivation band.
extension CaseloadFigures {
    public static let groups: [CaseloadGroup] = [.everyone, .tier(1), .tier(2), .tier(3)]
        + DeprivationBand.allCases.map { .deprivation($0) }

    public var transitionTables: [StatTable] {
        Self.groups.compactMap { group in
            guard let counter = tally.transitions[group] else { return group == .everyone ? transitionTable(group, Counter()) : nil }
            return transitionTable(group, counter)
        }
    }

    func transitionTable(_ group: CaseloadGroup, _ counter: Counter<Transition>) -> StatTable {
        var fromCodes = Set<String>(), toCodes = Set<String>()
        var rowTotals = Counter<String>(), columnTotals = Counter<String>()
        for (transition, count) in counter.counts {
            fromCodes.insert(transition.from)
            toCodes.insert(transition.to)
            rowTotals.add(transition.from, count)
            columnTotals.add(transition.to, count)
        }
        let columns = Self.statusOrder(toCodes)
        let total = counter.total
        var rows = Self.statusOrder(fromCodes).map { from in
            let rowTotal = rowTotals[from]
            let cells = columns.map { to -> StatCell in
                let count = counter[Transition(from: from, to: to)]
                return .countWithPercent(count, StatCell.tenths(count, of: rowTotal))
            }
            return StatRow(from, cells + [.countWithPercent(rowTotal, StatCell.tenths(rowTotal, of: total))])
        }
        rows.append(StatRow("total", columns.map { .countWithPercent(columnTotals[$0], StatCell.tenths(columnTotals[$0], of: total)) }
                            + [.countWithPercent(total, StatCell.tenths(total, of: total))], isTotal: true))
        return StatTable(id: "transitions-\(group.code)", titleKey: group == .everyone ? "table_transitions" : "table_transitions_group",
                         group: group == .everyone ? nil : group.code, rowHeader: "referral-vs-discharge",
                         columns: columns + ["total"], rows: rows, noteKey: "note_transitions", noteValues: StatTable.words(["clients": total]))
    }
}
