/// Counts of things, mergeable so that each worker thread counts its own share of a
/// caseload and the shares are added up at the end.
public struct Counter<Key: Hashable & Sendable>: Sendable, Equatable {
    public private(set) var counts: [Key: Int] = [:]

    public init() {}

    public mutating func add(_ key: Key, _ count: Int = 1) { counts[key, default: 0] += count }

    public mutating func merge(_ other: Counter<Key>) {
        for (key, count) in other.counts { counts[key, default: 0] += count }
    }

    public subscript(_ key: Key) -> Int { counts[key] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }
}

/// A running sum of before-and-after scores: enough for the two means and their change
/// without keeping any client's scores.
public struct PairSum: Sendable, Equatable {
    public private(set) var count = 0
    public private(set) var before = 0.0
    public private(set) var after = 0.0

    public init() {}

    public mutating func add(_ pair: ScorePair) {
        count += 1
        before += pair.atAssessment
        after += pair.atLatestReview
    }

    public mutating func merge(_ other: PairSum) {
        count += other.count
        before += other.before
        after += other.after
    }

    public var meanBefore: Double? { count == 0 ? nil : before / Double(count) }
    public var meanAfter: Double? { count == 0 ? nil : after / Double(count) }
}
