import Yams

/// Reads outcome measures (`assessment.measures`, `reviews[].measures`). Each instrument
/// has its own score fields and ranges, so a score that does not belong to the instrument
/// is an unknown key and a score out of range is an error.
enum MeasureReader {
    static func measures(_ fields: MappingReader) -> [Measure] {
        fields.list("measures", example: "- instrument: HADS").compactMap { item in
            measure(item.node, path: item.path, log: fields.log)
        }
    }

    private static func measure(_ node: Node, path: String, log: IssueLog) -> Measure? {
        guard case .mapping(let mapping) = node else {
            _ = MappingReader.open(node, path: path, anchor: nil, validKeys: ["instrument", "date"], log: log)
            return nil
        }
        let names = instrumentNames
        let written = mapping.value(forKey: "instrument").flatMap { $0.scalar?.string }.map(ScalarText.trimmed)
        let instrument = written.flatMap(Measure.Instrument.init(rawValue:))
        let spec = instrument.flatMap { specs[$0] }
        let fields = MappingReader(mapping, path: path, anchor: log.location(of: node),
                                   validKeys: spec?.validKeys ?? anyInstrumentKeys, log: log)
        fields.require("instrument", "each measure needs its instrument",
                       fix: "Add instrument:, one of \(names.joined(separator: ", ")).")
        _ = fields.choice("instrument", among: names, noun: "instrument")
        let date = fields.date("date")
        guard let instrument, let spec else { return nil }
        var scores: [String: Double] = [:]
        for score in spec.scores {
            scores[score.name] = fields.number(score.name, expected: score.expected, rule: score.rule)
        }
        return Measure(instrument: instrument, date: date, scores: scores)
    }

    /// What one instrument's measure may hold, and how each score is checked; worked out
    /// once, as every measure of the instrument is read the same way.
    private struct InstrumentSpec {
        var validKeys: [String]
        var scores: [(name: String, expected: String, rule: NumberRule)]
    }

    private static let instrumentNames = Measure.Instrument.allCases.map(\.rawValue)

    /// Without a known instrument, any instrument's score is accepted as a key.
    private static let anyInstrumentKeys = ["instrument", "date"]
        + uniqued(Measure.Instrument.allCases.flatMap { $0.fields.map(\.name) })

    private static let specs: [Measure.Instrument: InstrumentSpec] = {
        var specs: [Measure.Instrument: InstrumentSpec] = [:]
        for instrument in Measure.Instrument.allCases {
            let scoreFields = instrument.fields
            let scores = scoreFields.map { field in
                let low = ScalarText.plain(field.range.lowerBound), high = ScalarText.plain(field.range.upperBound)
                return (name: field.name, expected: "a score from \(low) to \(high)",
                        rule: NumberRule.within(field.range, "\(instrument.rawValue) \(field.name)"))
            }
            specs[instrument] = InstrumentSpec(validKeys: ["instrument", "date"] + uniqued(scoreFields.map(\.name)),
                                               scores: scores)
        }
        return specs
    }()

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
