import PlanBuilder

/// One score at the assessment and at the latest review that recorded it.
struct MeasureChange {
    struct Reading {
        let value: Double
        let date: LocalDate?
    }
    let instrument: Measure.Instrument
    let field: String
    let then: Reading
    /// Nil when the score has not been measured again since.
    let now: Reading?

    /// Positive when the score moved the better way, negative when worse, zero when
    /// unchanged; nil without a second reading.
    var improvement: Double? {
        guard let now else { return nil }
        let delta = now.value - then.value
        return MeasureBands.lowerIsBetter(instrument, field: field) ? -delta : delta
    }
}

/// Pairs each score's first reading (at the assessment when there is one) with its most
/// recent one from the reviews, in the instrument order of the case-file format.
struct MeasureComparison {
    let assessment: [Measure]
    let reviews: [ReviewRecord]

    func changes() -> [MeasureChange] {
        var readings: [Measure] = assessment
        let ordered = reviews.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            default: return a.offset < b.offset
            }
        }.map(\.element)
        for review in ordered {
            readings += review.measures.map { measure in
                var dated = measure
                dated.date = measure.date ?? review.date
                return dated
            }
        }
        var changes: [MeasureChange] = []
        for instrument in Measure.Instrument.allCases {
            for field in instrument.fields.map(\.name) {
                let found = readings.filter { $0.instrument == instrument && $0.scores[field] != nil }
                guard let first = found.first, let value = first.scores[field] else { continue }
                let last = found.count > 1 ? found.last : nil
                changes.append(MeasureChange(
                    instrument: instrument, field: field,
                    then: .init(value: value, date: first.date),
                    now: last.flatMap { measure in measure.scores[field].map { .init(value: $0, date: measure.date) } }))
            }
        }
        return changes
    }
}
