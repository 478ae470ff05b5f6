import PlanBuilder

/// Outcome measures at assessment and, later, with the improvement VR services
/// typically see (and sometimes none): HADS, WAI, EQ-5D-5L, confidence and COPM.
struct SyntheticMeasures {
    var anxiety: Int?
    var depression: Int?
    var wai: Int?
    var vas: Int?
    var eq5d: [Int] = []
    var confidence: Int?
    /// COPM performance and satisfaction (1–10).
    var copm: (performance: Int, satisfaction: Int)?

    init(random: inout SplitMix64, anxious: Bool) {
        var side = Self.sideStream(random)
        if side.chance(0.4) { copm = (side.int(2...6), side.int(1...6)) }
        if random.chance(0.75) {
            anxiety = random.int(anxious ? 8...19 : 3...14)
            depression = random.int(anxious ? 7...17 : 2...13)
        }
        if random.chance(0.55) { wai = random.int(12...34) }
        if random.chance(0.5) {
            vas = random.int(25...75)
            eq5d = (0..<5).map { _ in random.int(1...4) }
        }
        if random.chance(0.75) { confidence = random.int(1...6) }
    }

    private init() {}

    /// COPM was added after the other measures: it draws from a stream of its own, seeded
    /// from (but not advancing) the file's stream, so every other value of a seed's files
    /// stays as it was.
    private static func sideStream(_ random: SplitMix64) -> SplitMix64 {
        var copy = random
        return SplitMix64(seed: copy.next() ^ 0x434F_504D, stream: 7)
    }

    func improved(random: inout SplitMix64) -> SyntheticMeasures {
        var later = SyntheticMeasures()
        later.anxiety = anxiety.map { max(0, $0 - random.int(-1...7)) }.map { min(21, $0) }
        later.depression = depression.map { max(0, $0 - random.int(-1...6)) }.map { min(21, $0) }
        later.wai = wai.map { min(49, $0 + random.int(-2...12)) }
        later.vas = vas.map { min(100, $0 + random.int(-5...25)) }
        later.eq5d = eq5d.map { max(1, $0 - random.int(0...1)) }
        later.confidence = confidence.map { min(10, $0 + random.int(-1...4)) }
        var side = Self.sideStream(random)
        later.copm = copm.map { (min(10, max(1, $0.performance + side.int(-1...4))), min(10, max(1, $0.satisfaction + side.int(-1...5)))) }
        return later
    }

    func write(to out: inout YAMLText, indent: Int, date: LocalDate) {
        if let anxiety, let depression {
            out.line(indent, "- instrument: HADS")
            out.line(indent + 1, "date: \(date.iso)")
            out.line(indent + 1, "anxiety: \(anxiety)")
            out.line(indent + 1, "depression: \(depression)")
        }
        if let wai {
            out.line(indent, "- instrument: WAI")
            out.line(indent + 1, "date: \(date.iso)")
            out.line(indent + 1, "score: \(wai)")
        }
        if let vas, eq5d.count == 5 {
            out.line(indent, "- instrument: EQ-5D-5L")
            out.line(indent + 1, "date: \(date.iso)")
            for (name, value) in zip(["mobility", "self_care", "usual_activities", "pain_discomfort", "anxiety_depression"], eq5d) {
                out.line(indent + 1, "\(name): \(value)")
            }
            out.line(indent + 1, "vas: \(vas)")
        }
        if let confidence {
            out.line(indent, "- instrument: confidence")
            out.line(indent + 1, "date: \(date.iso)")
            out.line(indent + 1, "score: \(confidence)")
        }
        if let copm {
            out.line(indent, "- instrument: COPM")
            out.line(indent + 1, "date: \(date.iso)")
            out.line(indent + 1, "performance: \(copm.performance)")
            out.line(indent + 1, "satisfaction: \(copm.satisfaction)")
        }
    }
}
