/// Chooses which days of a week are worked: spread out through the week, with no two
/// days in a row while the plan asks for rest days, and never a longer run of days in a
/// row than the contract has in a week (counting the days just worked before the week).
///
/// A week has at most seven candidate days, so every subset can be tried; that keeps the
/// rules exact instead of greedy.
struct DayPicker {
    /// What the days chosen this week must respect, from the plan and the week before.
    struct Rules {
        var nonConsecutive: Bool
        /// Days worked in the week before, for rest days and runs across the weekend.
        var previousDays: [LocalDate] = []
        /// Most days in a row (the contract's days or shifts a week).
        var maxRun: Int = 7
    }

    /// The most days that can be worked from `candidates` under the rules.
    /// Sizes are tried from the largest down, so the usual week, where every candidate day
    /// may be worked, costs one check rather than one for each of its 31 or 127 subsets.
    static func mostDays(from candidates: [LocalDate], rules: Rules) -> Int {
        for size in stride(from: min(candidates.count, 16), through: 1, by: -1) {
            var found = false
            forEachSubset(of: candidates, size: size) { subset in
                if !found, isAllowed(subset, rules: rules) { found = true }
            }
            if found { return size }
        }
        return 0
    }

    /// Kept for the setup's week-1 check, which has no week before.
    static func mostDays(from candidates: [LocalDate], nonConsecutive: Bool, after previous: LocalDate?) -> Int {
        mostDays(from: candidates, rules: Rules(nonConsecutive: nonConsecutive, previousDays: previous.map { [$0] } ?? []))
    }

    /// The best-spread choice of `count` days, or nil when none is allowed.
    static func pick(_ count: Int, from candidates: [LocalDate], rules: Rules) -> [LocalDate]? {
        guard count > 0 else { return [] }
        guard count <= candidates.count else { return nil }
        var best: [LocalDate]?
        var bestScore = (Int.min, Int.min, Int.min, Int.min)
        forEachSubset(of: candidates, size: count) { subset in
            guard isAllowed(subset, rules: rules) else { return }
            let score = spreadScore(subset)
            if score > bestScore {
                bestScore = score
                best = subset
            }
        }
        return best
    }

    /// Internal so that the tests' every-subset search judges subsets by the same rules.
    static func isAllowed(_ days: [LocalDate], rules: Rules) -> Bool {
        if rules.nonConsecutive {
            if let previous = rules.previousDays.last, let first = days.first, previous.days(until: first) <= 1 { return false }
            for (a, b) in zip(days, days.dropFirst()) where a.days(until: b) <= 1 { return false }
        }
        var run = 0
        var last: LocalDate?
        for day in rules.previousDays + days {
            run = (last.map { $0.days(until: day) == 1 } ?? false) ? run + 1 : 1
            if run > rules.maxRun { return false }
            last = day
        }
        return true
    }

    /// Larger is better: the widest smallest gap (counting the gap into next week), the
    /// most even gaps, the shortest run of days in a row, then earlier days.
    static func spreadScore(_ days: [LocalDate]) -> (Int, Int, Int, Int) {
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

    /// Every subset of `size` days of the first 16 candidates, in the order of their bit
    /// masks; the days of a subset are made only for masks of that size.
    private static func forEachSubset(of candidates: [LocalDate], size: Int, _ body: ([LocalDate]) -> Void) {
        let count = min(candidates.count, 16)
        guard count > 0 else { return }
        for mask in 1..<(1 << count) where mask.nonzeroBitCount == size {
            var subset: [LocalDate] = []
            subset.reserveCapacity(size)
            for index in 0..<count where mask & (1 << index) != 0 { subset.append(candidates[index]) }
            body(subset)
        }
    }
}
