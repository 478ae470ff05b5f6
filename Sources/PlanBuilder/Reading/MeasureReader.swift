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
        let names = Measure.Instrument.allCases.map(\.rawValue)
        let written = mapping["instrument"].flatMap { $0.scalar?.string }.map(ScalarText.trimmed)
        let instrument = written.flatMap(Measure.Instrument.init(rawValue:))
        let scoreFields = instrument?.fields ?? []
        let scoreNames = instrument == nil ? Measure.Instrument.allCases.flatMap { $0.fields.map(\.name) }
                                           : scoreFields.map(\.name)
        let fields = MappingReader(mapping, path: path, anchor: log.location(of: node),
                                   validKeys: ["instrument", "date"] + uniqued(scoreNames), log: log)
        fields.require("instrument", "each measure needs its instrument",
                       fix: "Add instrument:, one of \(names.joined(separator: ", ")).")
        _ = fields.choice("instrument", among: names, noun: "instrument")
        let date = fields.date("date")
        guard let instrument else { return nil }
        var scores: [String: Double] = [:]
        for field in scoreFields {
            let low = ScalarText.plain(field.range.lowerBound), high = ScalarText.plain(field.range.upperBound)
            scores[field.name] = fields.number(field.name, expected: "a score from \(low) to \(high)",
                                               rule: .within(field.range, "\(instrument.rawValue) \(field.name)"))
        }
        return Measure(instrument: instrument, date: date, scores: scores)
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
