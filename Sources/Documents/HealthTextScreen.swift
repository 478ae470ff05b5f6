import Foundation
import PlanBuilder
import Yams

/// Finds free text meant for the employer that carries health information, such as an
/// adjustment's detail "while morning medication causes drowsiness". Consent to share
/// adjustments is not consent to share what the medication does.
public struct HealthTextScreen: Sendable {
    private let terms: [String]

    /// The shared terms plus the significant words of the case's own health section.
    public init(terms shared: HealthTerms, health: Health?) {
        var terms = shared.terms
        if let health {
            let texts = health.conditions.map(\.name) + health.treatment.map(\.name)
                + health.appointments.compactMap(\.what) + [health.medicationEffects].compactMap { $0 }
            for text in texts {
                terms += text.lowercased().split { !$0.isLetter }.map(String.init)
                    .filter { $0.count >= 6 && !shared.ignored.contains($0) }
            }
        }
        self.terms = Array(Set(terms)).sorted()
    }

    /// The health terms a text contains, empty when it is clean.
    public func terms(in text: String) -> [String] {
        let lower = text.lowercased()
        return terms.filter { lower.contains($0) }
    }
}

/// The words of `templates/disclosure/health-terms.yaml`: terms that mark free text as
/// health information, and everyday words never to treat as such.
public struct HealthTerms: Sendable {
    public var terms: [String]
    public var ignored: Set<String>

    public static func load(templatesDirectory: String) -> HealthTerms {
        let path = templatesDirectory + "/disclosure/health-terms.yaml"
        return HealthTerms(terms: list(path, "terms"), ignored: Set(list(path, "ignore")))
    }

    private static func list(_ path: String, _ name: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              case .mapping(let mapping)? = try? Yams.compose(yaml: text, .basic),
              case .sequence(let items)? = mapping.value(forKey: name) else { return [] }
        return items.compactMap { $0.string?.lowercased() }
    }
}
