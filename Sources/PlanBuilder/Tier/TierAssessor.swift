/// Assigns a tier from what the assessment found, and says why, so a case manager can
/// check the reasoning rather than trust a number.
///
/// The weights follow what VR evaluations single out: how many areas of life the
/// barriers touch and how severe they are; psychological and workplace barriers;
/// absence beyond 20 weeks, after which the chance of ever returning falls sharply; a
/// previous return that broke down; and financial pressure.
public enum TierAssessor {
    /// Absence beyond this many weeks sharply lowers the chance of returning.
    static let longAbsenceWeeks = 20

    public static func assess(_ caseFile: CaseFile) -> TierAssessment {
        if case .given(let tier) = caseFile.caseInfo.tier {
            return TierAssessment(tier: tier, isGiven: true, reasons: ["set by the case manager in the case file"], score: nil)
        }
        var score = 0.0
        var reasons: [(weight: Double, text: String)] = []
        let barriers = caseFile.assessment?.barriers ?? []

        let domains = Array(Set(barriers.map(\.domain))).sorted { order($0) < order($1) }
        let severe = barriers.filter { $0.severity == .high }
        let barrierPoints = barriers.reduce(0.0) { $0 + points($1.severity) }
        score += barrierPoints
        if !domains.isEmpty {
            var text = "\(domains.count) barrier domain\(domains.count == 1 ? "" : "s") (\(domains.joined(separator: ", ")))"
            if !severe.isEmpty { text += ", \(severe.count) of high severity" }
            reasons.append((barrierPoints, text))
        } else {
            reasons.append((0, "no barriers recorded at assessment"))
        }
        if domains.count >= 4 {
            score += 1
            reasons.append((1, "needs span several areas of life, which calls for coordinated support"))
        }

        if let weeks = absenceWeeks(caseFile) {
            if weeks > longAbsenceWeeks {
                score += 3
                reasons.append((3, "off work for \(weeks) weeks, beyond the \(longAbsenceWeeks)-week point after which the chance of returning falls sharply"))
            } else if weeks >= 8 {
                score += 1
                reasons.append((1, "off work for \(weeks) weeks"))
            } else {
                reasons.append((0, "off work for \(weeks) week\(weeks == 1 ? "" : "s"), a short absence"))
            }
        }

        if let breakdown = barriers.first(where: mentionsFailedReturn) {
            score += 2
            reasons.append((2, "a previous return to work broke down (\(breakdown.domain) barrier)"))
        }
        for (domain, label) in [("psychological", "psychological barriers"), ("financial", "financial pressure"), ("workplace", "workplace barriers")] {
            guard let worst = barriers.filter({ $0.domain == domain }).compactMap(\.severity).max() else { continue }
            let extra = worst == .high ? 1.0 : 0
            score += extra
            reasons.append((1 + extra, "\(label) (\(worst.rawValue))"))
        }

        let tier: Int
        let longAbsence = (absenceWeeks(caseFile) ?? 0) > longAbsenceWeeks
        let complex = domains.count >= 3 && (longAbsence || barriers.contains(where: mentionsFailedReturn))
        if score >= 10 || complex {
            tier = 3
        } else if score <= 2 && domains.count <= 1 && !longAbsence {
            tier = 1
        } else {
            tier = 2
        }
        let ordered = reasons.enumerated().sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }.map(\.element.text)
        return TierAssessment(tier: tier, isGiven: false, reasons: ordered, score: score)
    }

    /// Whole weeks from the start of the absence to the assessment (or the plan's start).
    static func absenceWeeks(_ caseFile: CaseFile) -> Int? {
        guard let employment = caseFile.employment, employment.status == "off-sick" || employment.absenceStart != nil,
              let start = employment.absenceStart else { return nil }
        let reference = caseFile.assessment?.date ?? caseFile.caseInfo.assessed ?? caseFile.plan?.start ?? caseFile.caseInfo.referral?.date
        guard let reference, reference >= start else { return nil }
        return start.days(until: reference) / 7
    }

    static func points(_ severity: Severity?) -> Double {
        switch severity {
        case .high: return 2
        case .moderate: return 1
        case .low, nil: return 0.5
        }
    }

    /// A barrier that records a return which did not hold, in the words case managers use.
    static func mentionsFailedReturn(_ barrier: Barrier) -> Bool {
        guard let description = barrier.description else { return false }
        let text = description.lowercased()
        return failedReturnPhrases.contains { ByteSearch.contains($0, in: text) }
    }

    private static let failedReturnPhrases = ["broke down", "breakdown of", "failed return", "return failed", "previous return",
                                              "went off sick again", "relapsed after returning"].map { Array($0.utf8) }

    private static func order(_ domain: String) -> Int { Barrier.domains.firstIndex(of: domain) ?? Barrier.domains.count }
}
