import Foundation

/// The project's catalogues of workplace adjustments, limitations and job demands, read
/// from `templates/catalogue/`.
///
/// They live in YAML rather than code so that a service can reword an adjustment or add
/// one without rebuilding; `load(templatesDirectory:)` checks them strictly because a
/// bad entry would otherwise surface as a confusing error in somebody's case file.
public struct Catalogue: Sendable {
    public var adjustments: [AdjustmentEntry]
    public var limitations: [CatalogueEntry]
    public var demands: [CatalogueEntry]

    private var adjustmentIndex: [String: Int]
    private var limitationIndex: [String: Int]
    private var demandIndex: [String: Int]

    /// Builds a catalogue without checking it; `load(templatesDirectory:)` is the
    /// checked way in. If a code repeats, lookups return its first entry.
    public init(adjustments: [AdjustmentEntry], limitations: [CatalogueEntry], demands: [CatalogueEntry]) {
        self.adjustments = adjustments
        self.limitations = limitations
        self.demands = demands
        adjustmentIndex = Catalogue.firstIndex(of: adjustments.map(\.code))
        limitationIndex = Catalogue.firstIndex(of: limitations.map(\.code))
        demandIndex = Catalogue.firstIndex(of: demands.map(\.code))
    }

    public func adjustment(_ code: String) -> AdjustmentEntry? {
        adjustmentIndex[code].map { adjustments[$0] }
    }

    public func limitation(_ code: String) -> CatalogueEntry? {
        limitationIndex[code].map { limitations[$0] }
    }

    public func demand(_ code: String) -> CatalogueEntry? {
        demandIndex[code].map { demands[$0] }
    }

    /// The adjustments of one category, in catalogue order.
    public func adjustments(inCategory category: String) -> [AdjustmentEntry] {
        adjustments.filter { $0.category == category }
    }

    /// The codes a case file may use, for the case-file reader.
    public var knownCodes: KnownCodes {
        KnownCodes(limitations: Set(limitations.map(\.code)),
                   demands: Set(demands.map(\.code)),
                   adjustments: Set(adjustments.map(\.code)))
    }

    /// Adjustments whose code, title, category, `involves` or `why` contain every word
    /// of `text`, ignoring case and accents, so a case manager can type "desk" or
    /// "Access to Work". Entries matching on code or title come first; otherwise the
    /// catalogue order is kept. Blank text finds nothing.
    public func search(_ text: String) -> [AdjustmentEntry] {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return [] }
        var headline: [AdjustmentEntry] = []
        var body: [AdjustmentEntry] = []
        for entry in adjustments {
            let fields = [entry.code, entry.title, entry.category, entry.involves, entry.why]
            guard words.allSatisfy({ word in fields.contains { Catalogue.contains($0, word) } }) else { continue }
            let inHeadline = words.allSatisfy { Catalogue.contains(entry.code, $0) || Catalogue.contains(entry.title, $0) }
            if inHeadline { headline.append(entry) } else { body.append(entry) }
        }
        return headline + body
    }

    /// Limitation codes every catalogue must have: case-management systems export them.
    public static let requiredLimitations = [
        "fatigue", "pain", "lifting", "standing", "sitting", "walking", "fine-motor",
        "concentration", "memory", "anxiety", "low-mood", "bowel-urgency", "vision",
        "hearing", "heat-sensitivity", "travel", "dizziness", "sleep",
    ]

    /// Job-demand codes every catalogue must have.
    public static let requiredDemands = [
        "lifting", "carrying", "prolonged-standing", "prolonged-sitting", "walking",
        "driving", "night-work", "customer-facing", "screen-work", "concentration",
        "deadlines", "travel",
    ]

    /// Adjustment codes every catalogue must have.
    public static let requiredAdjustments = [
        "rest-breaks", "movement-breaks", "later-start", "reduced-hours", "shorter-shifts",
        "no-nights", "appointment-time-off", "home-working", "fixed-desk", "sit-stand-desk",
        "lifting-aids", "cooling", "uniform-change", "toilet-access", "buddy",
        "regular-check-ins", "workload-review", "travel-support", "quiet-space",
        "written-instructions", "assistive-software", "parking-space",
    ]

    private static func contains(_ field: String, _ word: String) -> Bool {
        field.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    private static func firstIndex(of codes: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, code) in codes.enumerated() where index[code] == nil {
            index[code] = position
        }
        return index
    }
}
