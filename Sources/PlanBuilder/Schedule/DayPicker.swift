/// Chooses which days of a week are worked: spread out through the week, and with no two
/// days in a row while the plan asks for rest days between working days.
///
/// A week has at most seven candidate days, so every subset can be tried; that keeps the
/// rule exact instead of greedy.
struct DayPicker {
    /// The most days that can be worked from `candidates` under the rule.
    static func mostDays(from candidates: [LocalDate], nonConsecutive: Bool, after previous: LocalDate?) -> Int {
        guard nonConsecutive else { return candidates.count }
        var best = 0
        forEachSubset(of: candidates) { subset in
            if isAllowed(subset, after: previous) { best = max(best, subset.count) }
        }
        return best
    }

    /// The best-spread choice of `count` days, or nil when none is allowed.
    static func pick(_ count: Int, from candidates: [LocalDate], nonConsecutive: Bool,
                     after previous: LocalDate?) -> [LocalDate]? {
        guard count > 0 else { return [] }
        guard count <= candidates.count else { return nil }
        var best: [LocalDate]?
        var bestScore = (Int.min, Int.min, Int.min, Int.min)
        forEachSubset(of: candidates) { subset in
            guard subset.count == count else { return }
            if nonConsecutive && !isAllowed(subset, after: previous) { return }
            let score = spreadScore(subset, within: candidates)
            if score > bestScore {
                bestScore = score
                best = subset
            }
        }
        return best
    }

    private static func isAllowed(_ days: [LocalDate], after previous: LocalDate?) -> Bool {
        if let previous, let first = days.first, previous.days(until: first) <= 1 { return false }
        for (a, b) in zip(days, days.dropFirst()) where a.days(until: b) <= 1 { return false }
        return true
    }

    /// Larger is better: the widest smallest gap (counting the gap into next week), the
    /// most even gaps, the shortest run of days in a row, then earlier days.
    private static func spreadScore(_ days: [LocalDate], within candidates: [LocalDate]) -> (Int, Int, Int, Int) {
        var gaps = zip(days, days.dropFirst()).map { $0.days(until: $1) }
        if let first = days.first, let last = days.last { gaps.append(7 - first.days(until: last)) }
        let smallest = gaps.min() ?? 7
        let unevenness = (gaps.max() ?? 0) - smallest
        var longestRun = 1
        var run = 1
        for gap in gaps.dropLast() {
            run = gap == 1 ? run + 1 : 1
            longestRun = max(longestRun, run)
        }
        let earliness = -days.reduce(0) { $0 + $1.dayNumber }
        return (smallest, -unevenness, -longestRun, earliness)
    }

    private static func forEachSubset(of candidates: [LocalDate], _ body: ([LocalDate]) -> Void) {
        let count = min(candidates.count, 16)
        for mask in 1..<(1 << count) {
            var subset: [LocalDate] = []
            for index in 0..<count where mask & (1 << index) != 0 { subset.append(candidates[index]) }
            body(subset)
        }
    }
}
