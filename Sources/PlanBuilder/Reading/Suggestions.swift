/// Finds the valid words nearest to a mistyped one, so that a message can say "did you
/// mean `plan.start`?" rather than leave the case manager to search the format.
enum Suggestions {
    /// The candidates close enough to `text` to be what was meant, nearest first.
    ///
    /// Close means a few typing slips for the word's length (`strat` -> `start`,
    /// `balanse` -> `balanced`); failing that, one word beginning the other
    /// (`monday` -> `mon`, `sitting` -> `sitting_minutes`).
    static func nearest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
        let typed = Array(text.lowercased())
        guard !typed.isEmpty, typed.count <= 80 else { return [] }
        var scored: [(distance: Int, candidate: String)] = []
        var extending: [String] = []
        for candidate in candidates {
            let known = Array(candidate.lowercased())
            let allowed = max(1, max(typed.count, known.count) / 3)
            let distance = editDistance(typed, known, giveUpAbove: allowed)
            if distance <= allowed {
                scored.append((distance, candidate))
            } else if min(typed.count, known.count) >= 3,
                      known.starts(with: typed) || typed.starts(with: known) {
                extending.append(candidate)
            }
        }
        guard !scored.isEmpty else { return Array(extending.prefix(limit)) }
        return scored.sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
            .prefix(limit).map(\.candidate)
    }

    /// "Did you mean plan.start?" when something is close; otherwise the full list of
    /// valid choices, introduced by `listIntro`.
    static func didYouMean(_ text: String, among candidates: [String], prefix: String = "",
                           listIntro: String) -> String {
        let close = nearest(to: text, among: candidates)
        if !close.isEmpty {
            return "Did you mean " + orList(close.map { prefix + $0 }) + "?"
        }
        return listIntro + " " + andList(candidates) + "."
    }

    static func andList(_ items: [String]) -> String { joined(items, last: "and") }
    static func orList(_ items: [String]) -> String { joined(items, last: "or") }

    private static func joined(_ items: [String], last: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(last) " + items[items.count - 1]
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbouring letters (`strat` -> `start` is one slip). Stops early once every
    /// path is already further than `giveUpAbove`.
    static func editDistance(_ a: [Character], _ b: [Character], giveUpAbove limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > limit { return limit + 1 }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
