import Foundation

/// Proposes adjustments from the catalogue for a case: those that address the client's
/// limitations, ranked first by whether they also meet a demand of the job, then by
/// score, then by code so the same case file always gives the same list.
///
/// The score adds the severity weight of each limitation matched (high 3, moderate 2,
/// low or unrecorded 1), doubled for the limitation the entry lists first because that
/// is what it is mainly for (lifting aids are for lifting, though they also spare a
/// tired person), plus one point per job demand matched, at most two.
///
/// The list is then adjusted so that every limitation the catalogue can help with gets
/// at least one suggestion (see `covering`).
///
/// A suggestion always answers at least one limitation: a demand alone ("the job
/// involves lifting") says nothing about what this client needs. Adjustments the case
/// manager has already listed, by code or by the same title, are never suggested again,
/// nor are those an entry's `not_suggested_with` rules out for the case.
public struct AdjustmentSuggester: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    public func suggest(for caseFile: CaseFile, limit: Int = 8) -> [SuggestedAdjustment] {
        guard limit > 0 else { return [] }
        let limitations = clientLimitations(caseFile)
        guard !limitations.isEmpty else { return [] }
        let demands = jobDemands(caseFile)
        let listed = listedAdjustments(caseFile)

        let suggestions = catalogue.adjustments.compactMap { entry -> SuggestedAdjustment? in
            guard !listed.codes.contains(entry.code), !entry.notSuggestedWith.contains(where: listed.codes.contains),
                  !listed.titles.contains(AdjustmentSuggester.normalised(entry.title)) else { return nil }
            if !entry.requiresDemands.isEmpty,
               !entry.requiresDemands.contains(where: { demands.reasons[$0] != nil }) { return nil }
            return suggestion(for: entry, limitations: limitations, demands: demands)
        }
        let ranked = suggestions.sorted(by: AdjustmentSuggester.ranksBefore)
        return AdjustmentSuggester.covering(mostSevereFirst(limitations.keys, in: limitations),
                                            from: ranked, limit: limit)
    }

    /// The ranking: meets a job demand too, then higher score, then code.
    static func ranksBefore(_ a: SuggestedAdjustment, _ b: SuggestedAdjustment) -> Bool {
        if a.addressesJobDemand != b.addressesJobDemand { return a.addressesJobDemand }
        if a.score != b.score { return a.score > b.score }
        return a.entry.code < b.entry.code
    }

    /// The top `limit` of `ranked`, except that a limitation no chosen suggestion
    /// addresses gets its best one (preferring an adjustment mainly for it) in place of
    /// the lowest-ranked choice whose limitations others already cover. Otherwise one
    /// severe limitation can fill the whole list while a milder one gets nothing. The
    /// result keeps the ranked order.
    static func covering(_ limitations: [String], from ranked: [SuggestedAdjustment],
                         limit: Int) -> [SuggestedAdjustment] {
        guard ranked.count > limit else { return ranked }
        var chosen = Array(ranked.prefix(limit))
        for limitation in limitations where !chosen.contains(where: { $0.matchedLimitations.contains(limitation) }) {
            let options = ranked.filter { option in
                option.matchedLimitations.contains(limitation) && !chosen.contains { $0.entry.code == option.entry.code }
            }
            guard let candidate = options.first(where: { $0.entry.limitations.first == limitation }) ?? options.first
            else { continue }
            let spare = chosen.indices.reversed().first { index in
                chosen[index].matchedLimitations.allSatisfy { code in
                    chosen.indices.contains { $0 != index && chosen[$0].matchedLimitations.contains(code) }
                }
            }
            guard let spare else { continue }
            chosen.remove(at: spare)
            chosen.append(candidate)
        }
        return chosen.sorted(by: ranksBefore)
    }

    private func suggestion(for entry: AdjustmentEntry, limitations: [String: Severity?],
                            demands: JobDemandSet) -> SuggestedAdjustment? {
        let matchedLimitations = mostSevereFirst(entry.limitations.filter { limitations[$0] != nil },
                                                 in: limitations)
        guard !matchedLimitations.isEmpty else { return nil }
        let matchedDemands = demands.order.filter { entry.demands.contains($0) }

        var score = 0.0
        var reasons: [String] = []
        for code in matchedLimitations {
            let severity = limitations[code] ?? nil
            let primary = code == entry.limitations.first
            score += Double(weight(severity) * (primary ? 2 : 1))
            reasons.append("limitation: \(code)" + (severity.map { " (\($0.rawValue))" } ?? ""))
        }
        score += Double(min(matchedDemands.count, AdjustmentSuggester.maxDemandPoints))
        reasons += matchedDemands.map { demands.reasons[$0] ?? "job demand: \($0)" }
        return SuggestedAdjustment(entry: entry, score: score, reasons: reasons,
                                   matchedLimitations: matchedLimitations, matchedDemands: matchedDemands)
    }

    /// Demands only show an adjustment fits the job; past two, more of them say little
    /// more, and an entry listing many demands should not outrank one that answers the
    /// client's main limitation.
    static let maxDemandPoints = 2

    /// Codes ordered by the client's severity, then alphabetically.
    private func mostSevereFirst(_ codes: some Sequence<String>, in limitations: [String: Severity?]) -> [String] {
        codes.sorted { a, b in
            let (wa, wb) = (weight(limitations[a] ?? nil), weight(limitations[b] ?? nil))
            return wa != wb ? wa > wb : a < b
        }
    }

    /// High 3, moderate 2, low or not recorded 1: an unrecorded severity still counts,
    /// just least.
    private func weight(_ severity: Severity?) -> Int {
        switch severity {
        case .high: return 3
        case .moderate: return 2
        case .low, nil: return 1
        }
    }

    /// The client's limitation codes with their severity; a code given twice keeps the
    /// higher severity.
    private func clientLimitations(_ caseFile: CaseFile) -> [String: Severity?] {
        var result: [String: Severity?] = [:]
        for limitation in caseFile.assessment?.limitations ?? [] {
            let code = AdjustmentSuggester.normalised(limitation.code)
            if let existing = result[code], weight(existing) >= weight(limitation.severity) { continue }
            result[code] = limitation.severity
        }
        return result
    }

    /// The job's demands that are catalogue codes (free text is ignored), plus what the
    /// contract itself says: a shift contract is shift work, and a day of ten hours or
    /// more is a long shift, even when the case manager did not list those demands.
    private func jobDemands(_ caseFile: CaseFile) -> JobDemandSet {
        var set = JobDemandSet()
        for demand in caseFile.employment?.jobDemands ?? [] {
            let code = AdjustmentSuggester.normalised(demand.demand)
            if catalogue.demand(code) != nil { set.add(code, reason: "job demand: \(code)") }
        }
        guard let contract = caseFile.employment?.contract else { return set }
        if contract.isShiftWork, catalogue.demand("shift-work") != nil {
            set.add("shift-work", reason: "job demand: shift-work (from the contract)")
        }
        let dayHours = contract.fullDayHours
        if dayHours >= 10, catalogue.demand("long-shifts") != nil {
            let hours = dayHours == dayHours.rounded() ? String(Int(dayHours)) : String(dayHours)
            set.add("long-shifts", reason: "job demand: long-shifts (\(hours)-hour days in the contract)")
        }
        return set
    }

    /// Adjustments the case file already has: listed ones, and those its plan already is
    /// (a phased return, rest days between working days).
    private func listedAdjustments(_ caseFile: CaseFile) -> (codes: Set<String>, titles: Set<String>) {
        var codes = caseFile.adjustments.compactMap(\.code).map(AdjustmentSuggester.normalised)
        codes += caseFile.interventions.map { AdjustmentSuggester.normalised($0.type) }
        if let plan = caseFile.plan {
            codes.append("phased-return")
            if plan.nonConsecutiveUntilWeek != nil { codes.append("non-consecutive-days") }
            // The plan's own facts, which an entry's `notSuggestedWith` may name.
            if !plan.duties.isEmpty { codes.append(AdjustmentEntry.CaseFact.planDuties.rawValue) }
            if plan.targetPercent >= 100 { codes.append(AdjustmentEntry.CaseFact.fullReturn.rawValue) }
        }
        let titles = caseFile.adjustments.compactMap(\.title).map(AdjustmentSuggester.normalised)
        return (Set(codes), Set(titles))
    }

    static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

/// The job's demand codes in case-file order, each with the reason text a suggestion
/// quotes when it matches.
private struct JobDemandSet {
    var order: [String] = []
    var reasons: [String: String] = [:]

    mutating func add(_ code: String, reason: String) {
        guard reasons[code] == nil else { return }
        order.append(code)
        reasons[code] = reason
    }
}
