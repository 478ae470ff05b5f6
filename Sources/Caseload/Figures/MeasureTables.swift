/// The before-and-after tables: every score the case-file format defines (HADS, EQ-5D,
/// WAI, COPM performance and satisfaction, confidence), and the share leaving the
/// abnormal HADS band. A score no client has both before and after is left out rather
/// than printed as an empty row.
extension CaseloadFigures {
    public var measures: StatTable {
        let rows = MeasureScore.all.compactMap { score -> StatRow? in
            let sum = tally.measures[score.code]
            guard sum.count > 0 else { return nil }
            return StatRow(score.code, [.count(sum.count), .number(sum.meanBefore, clients: sum.count),
                                        .number(sum.meanAfter, clients: sum.count), .number(sum.meanChange, clients: sum.count)])
        }
        return StatTable(id: "measures", titleKey: "table_measures", rowHeader: "measure",
                         columns: ["clients-with-both", "mean-at-assessment", "mean-at-latest-review", "change"],
                         rows: rows, noteKey: "note_measures", noteValues: StatTable.words(["clients": tally.clients]),
                         hasData: !rows.isEmpty)
    }

    public var hadsBand: StatTable {
        let shifts = [("hads-anxiety", tally.measures.anxietyAbnormal), ("hads-depression", tally.measures.depressionAbnormal)]
        let rows = shifts.map { code, shift in
            StatRow(code, [.count(shift.abnormalAtAssessment), .count(shift.leftBand), .share(shift.leftBand, of: shift.abnormalAtAssessment)])
        }
        return StatTable(id: "hads-abnormal-band", titleKey: "table_hads_band", rowHeader: "measure",
                         columns: ["abnormal-at-assessment", "below-11-at-latest-review", "percent"], rows: rows,
                         noteKey: "note_hads_band", noteValues: StatTable.words(["threshold": Int(MeasureTally.hadsAbnormal)]),
                         hasData: shifts.contains { $0.1.abnormalAtAssessment > 0 })
    }
}
