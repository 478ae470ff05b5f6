/// Walks the calendar one week at a time and decides what the client actually works,
/// so that the rules hold on the hours worked and not only on a planned line:
///
/// - the return climbs one rung of the ladder for each week worked as planned; a week
///   shortened by a holiday, an appointment or leave is followed by a week at the same
///   rung (it resumes at the interrupted level, never past it);
/// - no week's worked total is more than `max_step_percent` above the last week worked;
/// - no day is longer than the longest day of the last week worked plus
///   `max_day_rise_hours`, and no longer than `max_day_hours` before the step-up (or
///   at all, when the plan adds days instead: `ScheduleSetup.daysAtLimit`);
/// - a week that leave takes out (more than half of its contract days unavailable, or no
///   day left at all) is a pause: nothing is worked, and the next week resumes at the
///   level reached before it (`after_pause: repeat`) or one rung lower (`step-back`).
struct WeekSimulator {
    let setup: ScheduleSetup
    let excluded: ExcludedDays
    /// The step-up to full days waits until after this week (`max_day_hours_until_review`).
    let stepUpAfterWeek: Int?
    /// A computed plan that has not reached its target by then is refused.
    static let longestPlanWeeks = 156

    enum WeekKind: Equatable { case complete, shortened, held, pause }

    /// Why a week was held below its rung by the rules rather than by the calendar.
    enum HoldReason: Equatable { case dayRise, dayLimit, restDays, pattern, afterShortWeek }

    struct SimulatedWeek {
        var plan: WeekPlan
        var kind: WeekKind
        var heldBy: HoldReason?
        var daysShorter: Bool
        /// Days the week was planned on before the calendar took any out.
        var plannedDays: Int = 0
    }

    struct Run {
        var weeks: [SimulatedWeek]
        /// The first week worked in full at the target.
        var targetWeek: Int?
        var lastIsTarget: Bool
    }

    private struct LastWorked {
        var total: Int
        var longest: Int
        var shortest: Int
        var count: Int
    }

    func run(rungs: [Int], plateauIndex: Int, weekCount: Int?) -> Run {
        let plan = setup.plan
        let unit = setup.unit
        let lastRung = rungs.count - 1
        var rung = 0
        var weeks: [SimulatedWeek] = []
        var lastWorked: LastWorked?
        var previousDays: [LocalDate] = []
        var previousKind: WeekKind?
        var targetWeek: Int?
        for index in 0..<(weekCount ?? Self.longestPlanWeeks) {
            let number = index + 1
            let start = plan.start.adding(days: 7 * index)
            let dates = (0..<7).map { start.adding(days: $0) }
            let contractDates = dates.filter { setup.workingDays.contains($0.weekday) }
            let free = contractDates.filter { excluded.reason(for: $0) == nil }
            let onLeave = contractDates.filter { excluded.isUnavailable($0) && !excluded.isHoliday($0) }.count
            let excludedDays = contractDates.compactMap(excluded.day)
            let restDays = (plan.nonConsecutiveUntilWeek ?? 0) >= number

            if free.isEmpty || onLeave * 2 > contractDates.count {
                var pause = weekPlan(number, start, days: [], excluded: excludedDays, planned: 0, restDays: restDays, pause: true)
                pause.pauseFreeDays = free.count
                weeks.append(SimulatedWeek(plan: pause, kind: .pause, heldBy: nil, daysShorter: false))
                previousDays = []
                previousKind = .pause
                continue
            }
            switch previousKind {
            case .complete?:
                let waitsForReview = rung + 1 > plateauIndex && (stepUpAfterWeek.map { number <= $0 } ?? false)
                if rung < lastRung, !waitsForReview { rung += 1 }
            case .pause? where plan.afterPause == .stepBack:
                rung = max(0, rung - 1)
            default:
                break
            }
            var desired = rungs[rung]
            if let lastWorked { desired = min(desired, lastWorked.total + setup.ramp.maxStepUnits) }
            if previousKind == .shortened, let interrupted = weeks.last?.plan.plannedMinutes {
                desired = min(desired, interrupted / unit)
            }
            if previousKind == .pause, let before = weeks.last(where: { !$0.plan.days.isEmpty })?.plan {
                desired = min(desired, before.plannedMinutes / unit)
            }

            var longest = rung > plateauIndex && setup.daysAtLimit == nil ? setup.finalDayUnits : setup.longestDayUnits
            if let lastWorked { longest = min(longest, lastWorked.longest + setup.dayRiseUnits) }
            let rules = DayPicker.Rules(nonConsecutive: restDays, previousDays: previousDays, maxRun: setup.maxRun)
            var limits = WeekShaper.Limits(longestDay: longest, mostDays: DayPicker.mostDays(from: contractDates, rules: rules),
                                           previousDays: lastWorked?.count, previousShortest: lastWorked?.shortest, fixedDays: nil,
                                           nextTotal: rung < lastRung ? rungs[rung + 1] : nil, dayRise: setup.dayRiseUnits,
                                           fullDay: rung + 1 > plateauIndex ? setup.finalDayUnits : setup.longestDayUnits)
            if lastWorked == nil {
                limits.fixedDays = setup.firstWeekDays
                if let days = setup.capacityDays { limits.mostDays = min(limits.mostDays, days) }
                if let hours = setup.capacityDayUnits { limits.longestDay = min(limits.longestDay, max(1, hours)) }
            }
            var shape = setup.shaper.shape(total: desired, limits: limits)
            let mostFree = DayPicker.mostDays(from: free, rules: rules)
            var chosen = DayPicker.pick(min(shape.lengths.count, mostFree), from: free, rules: rules) ?? []
            var placed = placeOnPattern(Array(shape.lengths.prefix(chosen.count)), on: chosen, longest: limits.longestDay)
            // An agreed early finish can leave a chosen day short of its length; another day
            // of the week, when the rules allow one, takes up what it cannot hold.
            var extra = shape.lengths.count + 1
            while placed.reduce(0, { $0 + $1.minutes }) < shape.lengths.reduce(0, +) * unit, extra <= min(mostFree, limits.mostDays),
                  !setup.plan.pattern.windows.isEmpty {
                var wider = limits
                wider.fixedDays = extra
                let candidate = setup.shaper.shape(total: desired, limits: wider)
                let days = DayPicker.pick(min(candidate.lengths.count, mostFree), from: free, rules: rules) ?? []
                let tried = placeOnPattern(Array(candidate.lengths.prefix(days.count)), on: days, longest: limits.longestDay)
                if tried.reduce(0, { $0 + $1.minutes }) > placed.reduce(0, { $0 + $1.minutes }) {
                    (shape, chosen, placed) = (candidate, days, tried)
                }
                extra += 1
            }
            let worked = placed.reduce(0) { $0 + $1.minutes } / unit
            let shapedTotal = shape.lengths.reduce(0, +)

            let kind: WeekKind
            var heldBy: HoldReason?
            if worked >= rungs[rung] {
                kind = .complete
            } else if chosen.count < shape.lengths.count {
                kind = .shortened
            } else {
                kind = .held
                if worked < shapedTotal { heldBy = .pattern }
                else if desired < rungs[rung] { heldBy = .afterShortWeek }
                else if let lastWorked, limits.longestDay == lastWorked.longest + setup.dayRiseUnits { heldBy = .dayRise }
                else if restDays { heldBy = .restDays }
                else { heldBy = .dayLimit }
            }
            let planned = kind == .shortened ? shapedTotal : worked
            weeks.append(SimulatedWeek(plan: weekPlan(number, start, days: placed, excluded: excludedDays,
                                                      planned: planned, restDays: restDays, pause: false),
                                       kind: kind, heldBy: heldBy, daysShorter: shape.daysShorter, plannedDays: shape.lengths.count))
            if worked > 0 {
                lastWorked = LastWorked(total: worked, longest: (placed.map(\.minutes).max() ?? 0) / unit,
                                        shortest: shape.lengths.min() ?? 0, count: shape.lengths.count)
            }
            previousDays = chosen
            previousKind = kind
            if kind == .complete, rung == lastRung {
                if targetWeek == nil { targetWeek = number }
                if weekCount == nil { break }
            }
        }
        let lastIsTarget = weeks.last.map { $0.kind == .complete && $0.plan.totalMinutes >= rungs[lastRung] * unit } ?? false
        return Run(weeks: weeks, targetWeek: targetWeek, lastIsTarget: lastIsTarget)
    }

    private func weekPlan(_ number: Int, _ start: LocalDate, days: [WorkDay], excluded: [ExcludedDay],
                          planned: Int, restDays: Bool, pause: Bool) -> WeekPlan {
        let plan = setup.plan
        return WeekPlan(
            number: number, start: start, end: start.adding(days: 6), days: days, excluded: excluded,
            plannedMinutes: planned * setup.unit, contractMinutes: setup.contractMinutes, payPercent: nil,
            dutiesBack: plan.duties.filter { $0.isDone(inWeek: number) }.map(\.duty),
            dutiesAvoided: plan.duties.filter { !$0.isDone(inWeek: number) }.map(\.duty),
            review: nil, nonConsecutive: restDays, flags: [], isPause: pause)
    }

    /// Puts day lengths on the chosen dates, longer days first, keeping each weekday
    /// within the agreed finishing time (`plan.days`); what a capped day cannot hold moves
    /// to other days that have room, and what no day can hold is not worked.
    private func placeOnPattern(_ lengths: [Int], on dates: [LocalDate], longest: Int) -> [WorkDay] {
        let pattern = setup.plan.pattern
        let unit = setup.unit
        var units = lengths
        let caps = dates.map { date in pattern.longestMinutes(on: date.weekday).map { $0 / unit } }
        var excess = 0
        for index in units.indices {
            if let cap = caps[index], units[index] > cap {
                excess += units[index] - cap
                units[index] = cap
            }
        }
        while excess > 0 {
            let room = units.indices.filter { units[$0] < min(longest, caps[$0] ?? longest) }
            guard let next = room.min(by: { units[$0] < units[$1] }) else { break }
            units[next] += 1
            excess -= 1
        }
        return zip(dates, units).compactMap { date, length in
            guard length >= setup.minDayUnits else { return nil }
            return WorkDay(date: date, minutes: length * unit, start: pattern.start(on: date.weekday))
        }
    }
}
