/// Reads the `plan` section, the phased return as the case manager asked for it, and
/// checks that its numbers are possible on their own and against the contract. Whether
/// the plan can be met week by week is PlanBuilder's question, not the reader's.
struct PlanSectionReader {
    static let keys = ["start", "weeks", "start_percent", "start_hours_per_day", "target_percent", "strategy",
                       "max_step_percent", "min_day_hours", "max_day_hours", "non_consecutive_until_week",
                       "rounding_minutes", "holidays", "unavailable", "duties", "reviews", "pay", "exceed_capacity",
                       "after_pause", "max_day_hours_until_review", "max_day_rise_hours", "day_start", "days",
                       "working_days", "holidays_in_lieu"]
    static let unavailableKeys = ["from", "until", "reason", "share_reason"]
    static let dutyKeys = ["duty", "from_week", "until_week"]
    static let reviewKeys = ["every_weeks", "dates"]
    static let payKeys = ["policy", "weeks"]
    /// Rounding steps that divide an hour evenly.
    static let roundingSteps = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60]

    /// The contract read from `employment`, for checks such as a start above a full day.
    let contract: Contract?

    func read(_ fields: MappingReader) -> PlanSpec? {
        fields.require("start", "a plan needs the first day of the return",
                       fix: "Add start:, e.g. start: 2026-03-02.")
        let hours = "a number of hours such as 4"
        let weekRange = NumberRule.within(1...104, "the weeks of a phased return")
        let start = fields.date("start")
        let weeks = fields.integer("weeks", expected: "a number of weeks such as 6", rule: weekRange)
        let startPercent = fields.number("start_percent", expected: "a percentage such as 50", rule: .percent(allowZero: false))
        let startHours = fields.number("start_hours_per_day", expected: hours, rule: .hoursInDay)
        let target = fields.number("target_percent", expected: "a percentage such as 100", rule: .percent(allowZero: false))
        let maxStep = fields.number("max_step_percent", expected: "a percentage such as 25", rule: .percent(allowZero: false))
        let minDay = fields.number("min_day_hours", expected: hours, rule: .hoursInDay)
        let maxDay = fields.number("max_day_hours", expected: hours, rule: .hoursInDay)
        let nonConsecutive = fields.integer("non_consecutive_until_week", expected: "a week number such as 2", rule: weekRange)
        let rounding = roundingMinutes(fields)
        let strategy = fields.choice("strategy", among: ChoiceWords.strategies, noun: "strategy")
            .flatMap(PlanSpec.Strategy.init(rawValue:))
        let holidays = fields.choice("holidays", among: ChoiceWords.holidayRegions, noun: "holiday region")
            .flatMap(HolidayRegion.init(rawValue:))
        checkStart(fields, startPercent: startPercent, startHours: startHours, target: target)
        if let minDay, let maxDay, minDay > maxDay {
            fields.report("min_day_hours", "the shortest day (\(ScalarText.plain(minDay)) hours) is longer than the "
                              + "longest day allowed (max_day_hours: \(ScalarText.plain(maxDay)))",
                          fix: "Lower min_day_hours or raise max_day_hours.")
        }
        if let minDay, let contract, minDay > contract.fullDayHours {
            fields.report("min_day_hours", "the shortest day (\(ScalarText.plain(minDay)) hours) is longer than a full "
                              + "day of the contract (\(ScalarText.plain(contract.fullDayHours)) hours)",
                          fix: "Lower min_day_hours.")
        }
        if let start, let weeks, start.adding(days: 7 * weeks - 1) > DateBounds.latest {
            fields.report("weeks", "a plan of \(weeks) weeks from \(start.iso) would run past \(DateBounds.latest.iso), "
                              + "the last date vr-docs plans for",
                          fix: "Check plan.start; a return starts within a few years of today.")
        }
        let unavailable = unavailableSpans(fields)
        let duties = dutyChanges(fields)
        let reviews = reviewPlan(fields)
        let pay = fields.mapping("pay", validKeys: PlanSectionReader.payKeys).flatMap(payPolicy)
        let exceedCapacity = fields.bool("exceed_capacity") ?? false
        let afterPause = fields.choice("after_pause", among: AfterPause.allCases.map(\.rawValue), noun: "way to resume after a pause")
            .flatMap(AfterPause.init(rawValue:))
        let untilReview = fields.integer("max_day_hours_until_review", expected: "a review number such as 2",
                                         rule: .within(1...52, "reviews"))
        if untilReview != nil, maxDay == nil, fields.has("max_day_hours_until_review") {
            fields.report("max_day_hours_until_review", "there is no max_day_hours for it to hold until a review",
                          fix: "Add max_day_hours:, e.g. max_day_hours: 8, or remove max_day_hours_until_review.")
        }
        let dayRise = fields.number("max_day_rise_hours", expected: "a number of hours such as 2",
                                    rule: .within(0.25...24, "hours a day may grow in a week"))
        let pattern = PlanPatternReader(contract: contract).read(fields)
        let inLieu = fields.bool("holidays_in_lieu") ?? false
        guard let start else { return nil }
        return PlanSpec(start: start, weeks: weeks, startPercent: startPercent, startHoursPerDay: startHours,
                        targetPercent: target ?? 100, strategy: strategy ?? .balanced, maxStepPercent: maxStep ?? 25,
                        minDayHours: minDay ?? 2, maxDayHours: maxDay, nonConsecutiveUntilWeek: nonConsecutive,
                        roundingMinutes: rounding ?? 15, holidays: holidays ?? .englandAndWales,
                        unavailable: unavailable, duties: duties, reviews: reviews, pay: pay,
                        exceedCapacity: exceedCapacity, afterPause: afterPause ?? .repeatLevel,
                        maxDayHoursUntilReview: untilReview, maxDayRiseHours: dayRise ?? 2,
                        pattern: pattern, holidaysInLieu: inLieu)
    }

    /// Where the return begins must be below where it ends and within a working day.
    private func checkStart(_ fields: MappingReader, startPercent: Double?, startHours: Double?, target: Double?) {
        if fields.has("start_percent"), fields.has("start_hours_per_day") {
            fields.report("start_hours_per_day", "both start_percent and start_hours_per_day are given",
                          fix: "Give only one of them: where the return begins.")
        }
        if let startPercent, let target, target < startPercent {
            fields.report("target_percent", "the target (\(ScalarText.plain(target)) %) is below the start "
                              + "(\(ScalarText.plain(startPercent)) %)",
                          fix: "Raise target_percent to at least start_percent, or lower start_percent.")
        }
        if let startHours, let contract, startHours > contract.fullDayHours {
            fields.report("start_hours_per_day", "the first days (\(ScalarText.plain(startHours)) hours) are longer "
                              + "than a full day of the contract (\(ScalarText.plain(contract.fullDayHours)) hours)",
                          fix: "Lower start_hours_per_day to \(ScalarText.plain(contract.fullDayHours)) or less.")
        }
    }

    private func roundingMinutes(_ fields: MappingReader) -> Int? {
        guard let minutes = fields.integer("rounding_minutes", expected: "a number of minutes such as 15") else {
            return nil
        }
        guard PlanSectionReader.roundingSteps.contains(minutes) else {
            fields.report("rounding_minutes", "hours cannot be rounded to \(minutes) minutes",
                          fix: "Use a step that divides an hour: 1, 5, 10, 15, 30 or 60.")
            return nil
        }
        return minutes
    }

    /// Leave and treatment; `until` defaults to `from` for a single day.
    private func unavailableSpans(_ fields: MappingReader) -> [UnavailableSpan] {
        fields.items("unavailable", validKeys: PlanSectionReader.unavailableKeys,
                     example: "- from: 2026-04-06").compactMap { item in
            item.require("from", "each unavailable period needs its first day", fix: "Add from:, e.g. from: 2026-04-06.")
            let hadUntil = item.has("until")
            let span = DateSpan.read(item)
            let reason = item.text("reason")
            let shareReason = item.bool("share_reason") ?? false
            guard let from = span.from, hadUntil == (span.until != nil) else { return nil }
            return UnavailableSpan(from: from, until: span.until ?? from, reason: reason, shareReason: shareReason)
        }
    }

    /// Each duty comes back from a week or is avoided until a week: exactly one of the two.
    private func dutyChanges(_ fields: MappingReader) -> [DutyChange] {
        fields.items("duties", validKeys: PlanSectionReader.dutyKeys, example: "- duty: Night shifts").compactMap { item in
            item.require("duty", "each duty needs its description", fix: "Add duty:, e.g. duty: Night shifts.")
            let weekRule = NumberRule.within(1...104, "plan weeks")
            let expected = "a week number such as 5"
            let from = item.integer("from_week", expected: expected, rule: weekRule)
            let until = item.integer("until_week", expected: expected, rule: weekRule)
            switch (item.has("from_week"), item.has("until_week")) {
            case (true, true):
                item.report("until_week", "a duty has from_week or until_week, not both",
                            fix: "Keep from_week if the duty comes back, or until_week if it is avoided until then.")
                return nil
            case (false, false):
                item.log.report(item.fieldPath("from_week"), at: item.anchor,
                                "missing: say when the duty comes back (from_week) or until when it is avoided (until_week)",
                                fix: "Add from_week: or until_week:, e.g. from_week: 5.")
                return nil
            default:
                guard let duty = item.text("duty") else { return nil }
                if let from { return DutyChange(duty: duty, when: .fromWeek(from)) }
                return until.map { DutyChange(duty: duty, when: .untilWeek($0)) }
            }
        }
    }

    /// `{every_weeks, dates}`, or just a list of dates.
    private func reviewPlan(_ fields: MappingReader) -> ReviewPlan {
        guard let node = fields.value("reviews") else { return ReviewPlan() }
        if case .sequence = node {
            return ReviewPlan(dates: fields.dateList("reviews"))
        }
        guard let reviews = fields.mapping("reviews", validKeys: PlanSectionReader.reviewKeys) else { return ReviewPlan() }
        return ReviewPlan(everyWeeks: reviews.integer("every_weeks", expected: "a number of weeks such as 2",
                                                      rule: .within(1...104, "weeks between reviews")),
                          dates: reviews.dateList("dates"))
    }

    private func payPolicy(_ fields: MappingReader) -> PayPolicy? {
        fields.require("policy", "say what the employer pays during the return",
                       fix: "Add policy:, one of full, hours-worked or full-for-weeks.")
        let policy = fields.choice("policy", among: ChoiceWords.payPolicies, noun: "pay policy")
            .flatMap(PayPolicy.Policy.init(rawValue:))
        let weeks = fields.integer("weeks", expected: "a number of weeks such as 4", rule: .within(1...104, "weeks of full pay"))
        if policy == .fullForWeeks, !fields.has("weeks") {
            fields.require("weeks", "full-for-weeks needs the number of weeks on full pay",
                           fix: "Add weeks:, e.g. weeks: 4.")
        }
        if let policy, policy != .fullForWeeks, fields.has("weeks") {
            fields.report("weeks", "weeks only applies to policy: full-for-weeks",
                          fix: "Remove weeks:, or set policy: full-for-weeks.")
        }
        guard let policy else { return nil }
        return PayPolicy(policy: policy, weeks: weeks)
    }
}
