/// Health terms arranged so that screening a text looks each of its words up instead of
/// searching for every term: single words in a set, prefixes (`epilep*`) by their first
/// three letters, and phrases by their first word. The shared list is indexed once when
/// it is read; each case adds its own few terms to a copy.
struct HealthTermIndex: Sendable {
    static let prefixKeyLength = 3

    private(set) var words: Set<String> = []
    /// Single-word prefixes by their first three letters, sorted.
    private(set) var prefixes: [String: [String]] = [:]
    /// Terms of several words, as words, by their first word; `lastIsPrefix` for a term
    /// such as `side effect*`.
    private(set) var phrases: [String: [(words: [String], lastIsPrefix: Bool)]] = [:]
    private var seenPhrases: Set<String> = []

    /// This index with `terms` added (each a word, a prefix ending in `*`, or a phrase).
    func adding(_ terms: [String]) -> HealthTermIndex {
        var index = self
        var newPrefixes: Set<String> = []
        for term in terms {
            let isPrefix = term.hasSuffix("*")
            let tokens = HealthTextScreen.tokens(isPrefix ? String(term.dropLast()) : term)
            guard let first = tokens.first else { continue }
            if tokens.count == 1 {
                if !isPrefix {
                    index.words.insert(first)
                } else if first.count >= Self.prefixKeyLength {
                    newPrefixes.insert(first)
                }
            } else if index.seenPhrases.insert(tokens.joined(separator: " ") + (isPrefix ? "*" : "")).inserted {
                index.phrases[first, default: []].append((tokens, isPrefix))
            }
        }
        for prefix in newPrefixes {
            let key = String(prefix.prefix(Self.prefixKeyLength))
            var list = index.prefixes[key] ?? []
            if !list.contains(prefix) { list.append(prefix) }
            index.prefixes[key] = list.sorted()
        }
        return index
    }
}
