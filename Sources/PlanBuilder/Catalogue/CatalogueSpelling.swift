/// Finds the known codes nearest to a misspelt one, so a catalogue error can say
/// "nearest known: fatigue" rather than leave the editor to search the file.
enum CatalogueSpelling {
    /// Up to `limit` candidates within a small edit distance, closest first, then
    /// alphabetical so messages are stable.
    static func nearest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let allowed = max(2, word.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(word, candidate)
            return distance <= allowed ? (candidate, distance) : nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
