import PlanBuilder

/// Turns the running totals into the report's tables. Every table states its
/// denominator: all clients, or only those for whom the figure was recorded. The
/// tables hold the true figures; `SmallCells` suppresses small ones wherever they are
/// shown.
public struct CaseloadFigures: Sendable {
    public let tally: CaseloadTally

    public init(_ tally: CaseloadTally) { self.tally = tally }

    /// Every table in report order.
    public var tables: [StatTable] {
        [keyFigures, referralSources, tierMix, timeToAssessment, contactsByTier, employmentStatus]
            + transitionTables + [followUp, measures, hadsBand]
    }

    /// The report's key figures (`Headline`) as a table of their own, so the CSV files
    /// carry them too: each figure with the denominator it is a share of.
    public var keyFigures: StatTable {
        let headline = Headline(tally)
        let figures: [(String, Int, Int)] = [
            ("clients", headline.clients, headline.clients),
            ("at-work-at-referral", headline.atWorkAtReferral, headline.clients),
            ("discharged", headline.discharged, headline.clients),
            ("still-open", headline.stillOpen, headline.clients),
            ("at-work-at-discharge", headline.atWorkAtDischarge, headline.discharged),
            ("discharged-status-not-recorded", headline.dischargedStatusNotRecorded, headline.discharged),
            ("assessed-within-two-weeks", headline.assessedWithinTwoWeeks, headline.waitsCounted),
        ]
        let rows = figures.map { code, count, whole in StatRow(code, [.count(count), .count(whole), .share(count, of: whole)]) }
        return StatTable(id: "key-figures", titleKey: "key_figures_heading", rowHeader: "figure", columns: ["count", "of", "percent"],
                         rows: rows, noteKey: "note_key_figures", noteValues: [:], hasData: headline.clients > 0)
    }

    public var referralSources: StatTable {
        let codes = (Referral.sources + [StatusCodes.notRecorded]).filter { tally.referralSources[$0] > 0 }
            + tally.referralSources.counts.keys.filter { !Referral.sources.contains($0) && $0 != StatusCodes.notRecorded }.sorted()
        let total = tally.clients
        var rows = codes.map { code in
            StatRow(code, [.count(tally.referralSources[code]), .share(tally.referralSources[code], of: total)])
        }
        rows.append(StatRow("total", [.count(total), .share(total, of: total)], isTotal: true))
        return StatTable(id: "referrals-by-source", titleKey: "table_referrals", rowHeader: "source",
                         columns: ["clients", "percent"], rows: rows, noteKey: "note_all_clients",
                         noteValues: StatTable.words(["clients": total]), hasData: total > 0)
    }

    /// Tiers 1 to 3 (set in the case file or assessed by vr-docs) and clients not
    /// allocated a tier: no tier in the case file and no assessment to work one out from.
    public var tierMix: StatTable {
        let total = tally.clients
        var rows = [1, 2, 3].map { tier in
            let given = tally.tiersGiven[tier], assessed = tally.tiersAssessed[tier]
            return StatRow("tier-\(tier)", [.count(given), .count(assessed), .count(given + assessed), .share(given + assessed, of: total)])
        }
        if tally.tiersNotAllocated > 0 {
            rows.append(StatRow(TierAllocation.notAllocatedCode, [.count(0), .count(0), .count(tally.tiersNotAllocated),
                                                                  .share(tally.tiersNotAllocated, of: total)]))
        }
        rows.append(StatRow("total", [.count(tally.tiersGiven.total), .count(tally.tiersAssessed.total), .count(total),
                                      .share(total, of: total)], isTotal: true))
        return StatTable(id: "tier-mix", titleKey: "table_tiers", rowHeader: "tier",
                         columns: ["tier-given", "tier-assessed", "clients", "percent"], rows: rows,
                         noteKey: "note_tiers", noteValues: StatTable.words(["clients": total, "assessed": tally.tiersAssessed.total,
                                                                             "not_allocated": tally.tiersNotAllocated]),
                         hasData: total > 0)
    }

    public var timeToAssessment: StatTable {
        let counted = tally.waits.total
        var running = 0
        let rows = AssessmentWait.allCases.map { wait in
            running += tally.waits[wait]
            return StatRow(wait.rawValue, [.count(tally.waits[wait]), .share(tally.waits[wait], of: counted), .share(running, of: counted)])
        } + [StatRow("total", [.count(counted), .share(counted, of: counted), .share(counted, of: counted)], isTotal: true)]
        return StatTable(id: "time-to-assessment", titleKey: "table_wait", rowHeader: "wait",
                         columns: ["clients", "percent", "cumulative-percent"], rows: rows, noteKey: "note_wait",
                         noteValues: StatTable.words(["counted": counted, "clients": tally.clients, "missing": tally.waitsMissingDates,
                                      "out_of_order": tally.waitsOutOfOrder, "from_referral": tally.waitsFromReferral]),
                         hasData: counted > 0)
    }

    public var contactsByTier: StatTable {
        var all = Counter<Int>()
        var rows: [StatRow] = []
        for code in TierAllocation.codes {
            guard let counter = tally.contactsByTier[code], !counter.isEmpty else { continue }
            all.merge(counter)
            rows.append(StatRow(code, Self.contactCells(counter)))
        }
        rows.append(StatRow("all-tiers", Self.contactCells(all), isTotal: true))
        return StatTable(id: "contacts-by-tier", titleKey: "table_contacts", rowHeader: "tier",
                         columns: ["clients", "mean", "median"], rows: rows, noteKey: "note_contacts",
                         noteValues: StatTable.words(["counted": all.total, "missing": tally.contactsMissing]),
                         hasData: all.total > 0)
    }

    static func contactCells(_ counter: Counter<Int>) -> [StatCell] {
        let n = counter.total
        let sum = counter.counts.reduce(0) { $0 + $1.key * $1.value }
        return [.count(n), .number(n == 0 ? nil : Double(sum) / Double(n), clients: n), .number(median(counter), clients: n)]
    }

    /// The exact median of the values counted: the middle value, or the mean of the two
    /// middle values when there is an even number of them.
    public static func median(_ counter: Counter<Int>) -> Double? {
        let n = counter.total
        guard n > 0 else { return nil }
        let keys = counter.counts.keys.sorted()
        func value(at index: Int) -> Int {
            var seen = 0
            for key in keys {
                seen += counter[key]
                if seen > index { return key }
            }
            return keys.last ?? 0
        }
        return n % 2 == 1 ? Double(value(at: n / 2)) : Double(value(at: n / 2 - 1) + value(at: n / 2)) / 2
    }

    public var employmentStatus: StatTable {
        let counter = tally.transitions[.everyone] ?? Counter()
        var atReferral = Counter<String>(), atDischarge = Counter<String>()
        for (transition, count) in counter.counts {
            atReferral.add(transition.from, count)
            atDischarge.add(transition.to, count)
        }
        let total = tally.clients
        let codes = Self.statusOrder(Set(atReferral.counts.keys).union(atDischarge.counts.keys))
        var rows = codes.map { code in
            StatRow(code, [.count(atReferral[code]), .share(atReferral[code], of: total),
                           .count(atDischarge[code]), .share(atDischarge[code], of: total)])
        }
        rows.append(StatRow("total", [.count(total), .share(total, of: total), .count(total), .share(total, of: total)], isTotal: true))
        return StatTable(id: "employment-status", titleKey: "table_status", rowHeader: "status",
                         columns: ["at-referral", "at-referral-percent", "at-discharge", "at-discharge-percent"],
                         rows: rows, noteKey: "note_status", noteValues: StatTable.words(["clients": total]), hasData: total > 0)
    }

    /// The report's order of status codes, keeping any code it does not know at the end.
    static func statusOrder(_ codes: Set<String>) -> [String] {
        StatusCodes.all.filter(codes.contains) + codes.subtracting(StatusCodes.all).sorted()
    }

    public var followUp: StatTable {
        let recorded = tally.followUp.total - tally.followUp[StatusCodes.notRecorded]
        let codes = Self.statusOrder(Set(tally.followUp.counts.keys)).filter { $0 != StatusCodes.notRecorded }
        var rows = codes.map { StatRow($0, [.count(tally.followUp[$0]), .share(tally.followUp[$0], of: recorded)]) }
        rows.append(StatRow("total", [.count(recorded), .share(recorded, of: recorded)], isTotal: true))
        let stillAtWork = StatCell.share(tally.atWorkAtDischargeStillAtWork, of: tally.atWorkAtDischargeFollowedUp)
        return StatTable(id: "status-at-follow-up", titleKey: "table_follow_up", rowHeader: "status",
                         columns: ["clients", "percent"], rows: rows, noteKey: "note_follow_up",
                         noteValues: StatTable.words(["recorded": recorded, "missing": tally.followUp[StatusCodes.notRecorded],
                                      "at_work_discharged": tally.atWorkAtDischargeFollowedUp,
                                      "still_at_work": tally.atWorkAtDischargeStillAtWork,
                                      "still_at_work_percent": FigureText.percentText(SmallCells.suppress(stillAtWork))]),
                         hasData: recorded > 0)
    }
}
