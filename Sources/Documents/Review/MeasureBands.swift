import PlanBuilder

/// The published bands for the outcome measures, so a score reads as "11 (abnormal)"
/// rather than a bare number, and which way is better, so a change reads as better or
/// worse. HADS: Zigmond and Snaith (1983). WAI: Tuomi et al. (1998).
enum MeasureBands {
    /// The band code for a score (`normal`, `borderline`, ...), or nil for scores shown
    /// as numbers only (EQ-5D, COPM, confidence).
    static func band(_ instrument: Measure.Instrument, field: String, value: Double) -> String? {
        switch instrument {
        case .hads where field == "anxiety" || field == "depression":
            if value < 7.5 { return "normal" }
            return value < 10.5 ? "borderline" : "abnormal"
        case .wai where field == "score":
            if value < 27.5 { return "poor" }
            if value < 36.5 { return "moderate" }
            return value < 43.5 ? "good" : "excellent"
        default:
            return nil
        }
    }

    /// True when a lower score is the better one: HADS (symptoms) and the EQ-5D
    /// dimensions (levels of problems). Higher is better for the EQ-5D VAS, WAI, COPM
    /// and confidence.
    static func lowerIsBetter(_ instrument: Measure.Instrument, field: String) -> Bool {
        switch instrument {
        case .hads: return true
        case .eq5d: return field != "vas"
        case .wai, .copm, .confidence: return false
        }
    }
}
