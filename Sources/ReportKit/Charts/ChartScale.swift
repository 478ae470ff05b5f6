import Foundation

/// The value axis of a chart: a range that starts and ends on "nice" round
/// numbers (steps of 1, 2, 2.5 or 5 times a power of ten), so tick labels
/// read as 0, 5, 10… rather than 0, 4.37, 8.74….
struct ChartScale: Equatable {
    let minimum: Double
    let maximum: Double
    let step: Double

    /// A scale covering `values` and zero (bars grow from zero, and a line
    /// chart of hours reads wrongly if the axis starts elsewhere), with
    /// about `targetTicks` ticks.
    init(covering values: [Double], targetTicks: Int = 5) {
        let low = min(values.min() ?? 0, 0)
        var high = max(values.max() ?? 0, 0)
        if high == low { high = low + 1 }
        let step = ChartScale.niceStep((high - low) / Double(max(targetTicks - 1, 1)))
        minimum = (low / step).rounded(.down) * step
        maximum = (high / step - 1e-9).rounded(.up) * step
        self.step = step
    }

    /// The smallest of 1, 2, 2.5, 5 or 10 × 10ⁿ that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// Tick values from minimum to maximum inclusive.
    var ticks: [Double] {
        let count = Int(((maximum - minimum) / step).rounded())
        return (0...count).map { minimum + Double($0) * step }
    }

    /// Where `value` sits between the axis ends, 0 (minimum) to 1 (maximum).
    func fraction(_ value: Double) -> Double {
        (value - minimum) / (maximum - minimum)
    }

    /// Decimal places needed so every tick label is exact (0 for whole steps, 1 for 2.5…).
    var decimals: Int {
        var places = 0
        while places < 6 {
            let scaled = step * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 { break }
            places += 1
        }
        return places
    }

    /// A tick label, independent of the process locale.
    func label(_ value: Double) -> String {
        let text = String(format: "%.\(decimals)f", value)
        // "-0" can appear from rounding; it should read as zero.
        return Double(text) == 0 ? String(format: "%.\(decimals)f", 0.0) : text
    }
}
