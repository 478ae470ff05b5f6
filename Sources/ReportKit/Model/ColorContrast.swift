import Foundation

/// WCAG contrast for colours drawn on white: chart series must stand at
/// least 3:1 against the page (WCAG 1.4.11, non-text contrast), whatever
/// palette a service's theme names.
extension RGBColor {
    /// Relative luminance (WCAG 2).
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// Contrast ratio against white paper.
    var contrastOnWhite: Double { 1.05 / (luminance + 0.05) }

    /// The same hue darkened just enough to reach `ratio` against white.
    func darkened(toContrast ratio: Double) -> RGBColor {
        var color = self
        var step = 0
        while color.contrastOnWhite < ratio, step < 100 {
            color = RGBColor(r: color.r * 0.97, g: color.g * 0.97, b: color.b * 0.97)
            step += 1
        }
        return color
    }
}
