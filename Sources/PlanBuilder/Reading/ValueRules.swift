/// A value that was read but cannot be right, with what would put it right.
struct ValueProblem: Sendable {
    var problem: String
    var fix: String?
}

/// The limits that make a number possible for a field: hours in a day, percentages and
/// score ranges. Each rule explains itself in the words a case manager would use.
struct NumberRule: Sendable {
    let check: @Sendable (Double) -> ValueProblem?

    /// Hours in one day or shift: more than 0 and at most 24.
    static let hoursInDay = NumberRule { value in
        if value <= 0 {
            return ValueProblem(problem: "\(ScalarText.plain(value)) hours is not possible",
                                fix: "Give the hours as a number above 0, e.g. 7.5.")
        }
        if value > 24 {
            return ValueProblem(problem: "\(ScalarText.plain(value)) hours is more than a day has",
                                fix: "A day has at most 24 hours.")
        }
        return nil
    }

    /// Contracted hours in one week: at least 1 and at most 168. Less than an hour a week
    /// cannot be phased in steps of minutes: every planned day would round to nothing.
    static let hoursInWeek = NumberRule { value in
        if value <= 0 {
            return ValueProblem(problem: "\(ScalarText.plain(value)) hours a week is not possible",
                                fix: "Give the contracted hours as a number above 0, e.g. 37.5.")
        }
        if value < 1 {
            return ValueProblem(problem: "\(ScalarText.plain(value)) hours a week is less than an hour, too little "
                                    + "to plan a return in",
                                fix: "Give the contracted hours a week (at least 1), e.g. 37.5.")
        }
        if value > 168 {
            return ValueProblem(problem: "\(ScalarText.plain(value)) hours is more than a week has",
                                fix: "A week has at most 168 hours.")
        }
        return nil
    }

    /// A percentage of the contract; `allowZero` for fields where none at all makes sense.
    static func percent(allowZero: Bool) -> NumberRule {
        NumberRule { value in
            if value < 0 || value > 100 || (!allowZero && value == 0) {
                let lowest = allowZero ? "0" : "more than 0"
                return ValueProblem(problem: "\(ScalarText.plain(value)) % is not possible",
                                    fix: "Give a percentage from \(lowest) up to 100.")
            }
            return nil
        }
    }

    /// Any value within `range`, described as `what` (e.g. "days a week").
    static func within(_ range: ClosedRange<Double>, _ what: String) -> NumberRule {
        NumberRule { value in
            guard !range.contains(value) else { return nil }
            let low = ScalarText.plain(range.lowerBound), high = ScalarText.plain(range.upperBound)
            return ValueProblem(problem: "\(ScalarText.plain(value)) is outside the range for \(what)",
                                fix: "Use a value from \(low) to \(high).")
        }
    }

    /// Zero or more, for counts and measurements that cannot be negative.
    static func notNegative(_ what: String) -> NumberRule {
        NumberRule { value in
            value < 0 ? ValueProblem(problem: "\(ScalarText.plain(value)) \(what) is not possible",
                                     fix: "Use 0 or more.") : nil
        }
    }
}
