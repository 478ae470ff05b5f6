import XCTest
@testable import PlanBuilder

/// `DayPicker` tries only the subsets of the size it looks for, largest first for
/// `mostDays`: the answers are those of trying every subset, as it did, on 3,000 random
/// weeks (candidate days, rest days or not, the days of the week before, the longest run).
final class DayPickerTests: XCTestCase {
    /// The picker as it was: every subset built, and judged by the picker's own rules.
    private enum EverySubset {
        static func mostDays(from candidates: [LocalDate], rules: DayPicker.Rules) -> Int {
            var best = 0
            forEachSubset(of: candidates) { subset in
                if subset.count > best, DayPicker.isAllowed(subset, rules: rules) { best = subset.count }
            }
            return best
        }

        static func pick(_ count: Int, from candidates: [LocalDate], rules: DayPicker.Rules) -> [LocalDate]? {
            guard count > 0 else { return [] }
            guard count <= candidates.count else { return nil }
            var best: [LocalDate]?
            var bestScore = (Int.min, Int.min, Int.min, Int.min)
            forEachSubset(of: candidates) { subset in
                guard subset.count == count, DayPicker.isAllowed(subset, rules: rules) else { return }
                let score = DayPicker.spreadScore(subset)
                if score > bestScore {
                    bestScore = score
                    best = subset
                }
            }
            return best
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
        var generator = SchedulePropertyTests.SeededGenerator(state: 20261205)
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
