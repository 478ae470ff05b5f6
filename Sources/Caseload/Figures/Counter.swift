/// Counts of things, mergeable so that each worker thread counts its own share of a
/// caseload and the shares are added up at the end. A count can also be taken back
/// (when a client turns out to be counted twice); a key whose count returns to zero is
/// dropped, so two counters of the same clients are equal however they were built.
public struct Counter<Key: Hashable & Sendable>: Sendable, Equatable {
    public private(set) var counts: [Key: Int] = [:]

    public init() {}

    public mutating func add(_ key: Key, _ count: Int = 1) {
        let new = counts[key, default: 0] + count
        counts[key] = new == 0 ? nil : new
    }

    public mutating func merge(_ other: Counter<Key>) {
        for (key, count) in other.counts { add(key, count) }
    }

    public subscript(_ key: Key) -> Int { counts[key] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }

    public var isEmpty: Bool { counts.isEmpty }
}

/// A running sum of before-and-after scores: enough for the two means and their change
/// without keeping any client's scores.
public struct PairSum: Sendable, Equatable {
    public private(set) var count = 0
    public private(set) var before = 0.0
    public private(set) var after = 0.0

    public init() {}

    /// `sign` -1 takes a pair back out.
    public mutating func add(_ pair: ScorePair, sign: Int = 1) {
        count += sign
        before += Double(sign) * pair.atAssessment
        after += Double(sign) * pair.atLatestReview
        if count == 0 { before = 0; after = 0 }
    }

    public mutating func merge(_ other: PairSum) {
        count += other.count
        before += other.before
        after += other.after
    }

    public var meanBefore: Double? { count == 0 ? nil : before / Double(count) }
    public var meanAfter: Double? { count == 0 ? nil : after / Double(count) }
    public var meanChange: Double? { count == 0 ? nil : (after - before) / Double(count) }
}
