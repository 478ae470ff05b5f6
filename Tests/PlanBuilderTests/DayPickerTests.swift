import XCTest
@testable import PlanBuilder

/// `DayPicker` tries only the subsets of the size it looks for, largest first for
/// `mostDays`: the answers are those of trying every subset, as it did, on 3,000 random
/// weeks (candidate days, rest days or not, the days of the week before, the longest run).
final class DayPickerTests: XCTestCase {
    /// The picker as it was: every subset built and checked.
    private enum EverySubset {
        static func mostDays(from candidates: [LocalDate], rules: DayPicker.Rules) -> Int {
            var best = 0
            forEachSubset(of: candidates) { subset in
                if subset.count > best, isAllowed(subset, rules: rules) { best = subset.count }
            }
            return best
        }

        static func pick(_ count: Int, from candidates: [LocalDate], rules: DayPicker.Rules) -> [LocalDate]? {
            guard count > 0 else { return [] }
            guard count <= candidates.count else { return nil }
            var best: [LocalDate]?
            var bestScore = (Int.min, Int.min, Int.min, Int.min)
            forEachSubset(of: candidates) { subset in
                guard subset.count == count, isAllowed(subset, rules: rules) else { return }
                let score = spreadScore(subset)
                if score > bestScore {
                    bestScore = score
                    best = subset
                }
            }
            return best
        }

        static func isAllowed(_ days: [LocalDate], rules: DayPicker.Rules) -> Bool {
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

        static func forEachSubset(of candidates: [LocalDate], _ body: ([LocalDate]) -> Void) {
            let count = min(candidates.count, 16)
            guard count > 0 else { return }
            for mask in 1..<(1 << count) {
                var subset: [LocalDate] = []
                for index in 0..<count where mask & (1 << index) != 0 { subset.append(candidates[index]) }
                body(subset)
            }
        }
    }

    func testSameAnswersAsTryingEverySubset() {
        var generator = SystemRandomNumberGenerator()
        let monday = LocalDate(year: 2026, month: 3, day: 2)!
        for _ in 0..<3_000 {
            let week = monday.adding(days: 7 * Int.random(in: 0..<10, using: &generator))
            let candidates = (0..<7).filter { _ in Bool.random(using: &generator) }.map { week.adding(days: $0) }
            let previous = (0..<7).filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }.map { week.adding(days: $0 - 7) }
            let rules = DayPicker.Rules(nonConsecutive: Bool.random(using: &generator), previousDays: previous,
                                        maxRun: Int.random(in: 1...7, using: &generator))
            let most = DayPicker.mostDays(from: candidates, rules: rules)
            XCTAssertEqual(most, EverySubset.mostDays(from: candidates, rules: rules), "\(candidates) \(rules)")
            for count in 0...(candidates.count + 1) {
                XCTAssertEqual(DayPicker.pick(count, from: candidates, rules: rules),
                               EverySubset.pick(count, from: candidates, rules: rules), "\(count) of \(candidates) \(rules)")
            }
        }
    }
}
