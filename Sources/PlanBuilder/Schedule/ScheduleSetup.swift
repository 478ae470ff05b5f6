/// Everything about a plan that does not depend on the calendar: the units, the start and
/// target, day-length limits, capacity and the ladder of weekly totals. Checks that only
/// need these facts (a start above capacity, a start above the target) are collected
/// here; the builder adds the calendar's conflicts, so the case manager sees every
/// conflict together.
struct ScheduleSetup {
    let plan: PlanSpec
    let contract: Contract
    let unit: Int
    let contractMinutes: Int
    /// Contract days the return may use (narrowed by `plan.working_days`).
    let workingDays: Set<Weekday>
    let shaper: WeekShaper
    /// Longest day before the step-up to full days (`max_day_hours`, or a full day).
    let longestDayUnits: Int
    /// A full day or shift.
    let finalDayUnits: Int
    /// Days a week the last weeks use so that no day passes `max_day_hours` before the
    /// return is complete (four 8-hour shifts and a shorter one for three 12-hour shifts);
    /// nil when the contract's days are enough, or when more days would not fit the week
    /// and the days step up to full length instead.
    let daysAtLimit: Int?
    let capacityDays: Int?
    let capacityDayUnits: Int?
    let assessedCapacity: Capacity?
    let firstWeekDays: Int?
    let ramp: WeeklyRamp
    let startPercent: Double
    let dayRiseUnits: Int
    let minDayUnits: Int
    /// Most days in a row: the contract's days (or shifts) in a week.
    let maxRun: Int
    let notes: [ScheduleNote]
    let conflicts: [PlanConflict]

    init(plan: PlanSpec, contract: Contract, capacity: Capacity?) {
        self.plan = plan
        self.contract = contract
        let unit = max(1, plan.roundingMinutes)
        self.unit = unit
        let contractMinutes = Int((contract.hoursPerWeek * 60).rounded())
        self.contractMinutes = contractMinutes
        let usable = plan.pattern.workingDays.map { Set($0).intersection(contract.workingDays) } ?? Set(contract.workingDays)
        workingDays = usable
        func units(_ hours: Double) -> Int { Int((hours * 60 / Double(unit)).rounded()) }
        func unitsDown(_ hours: Double) -> Int { Int((hours * 60 / Double(unit)).rounded(.down)) }
        func unitsUp(_ hours: Double) -> Int { Int((hours * 60 / Double(unit)).rounded(.up)) }

        let fullDay = contract.fullDayHours
        let fullWeekDays = min(contract.fullWeekDays, max(1, usable.count))
        let minDayUnits = unitsUp(plan.minDayHours)
        self.minDayUnits = minDayUnits
        maxRun = max(1, contract.fullWeekDays)
        let finalDayUnits = unitsUp(fullDay)
        self.finalDayUnits = finalDayUnits
        let longestDayUnits: Int
        if let maxDay = plan.maxDayHours, maxDay < fullDay {
            longestDayUnits = max(1, min(unitsDown(maxDay), finalDayUnits))
        } else {
            longestDayUnits = finalDayUnits
        }
        self.longestDayUnits = longestDayUnits
        dayRiseUnits = max(1, unitsDown(plan.maxDayRiseHours))
        let useCapacity = !plan.exceedCapacity
        assessedCapacity = capacity
        capacityDays = useCapacity ? capacity?.daysPerWeek : nil
        capacityDayUnits = useCapacity ? capacity?.hoursPerDay.map(unitsDown) : nil
        let restWeekOne = (plan.nonConsecutiveUntilWeek ?? 0) >= 1
        let dayCountLimit = restWeekOne ? min(fullWeekDays, ScheduleSetup.mostRestedDays(Array(usable), from: plan.start)) : fullWeekDays

        var notes: [ScheduleNote] = []
        var conflicts: [PlanConflict] = []
        let percentUnits = { (percent: Double) in units(percent / 100 * Double(contractMinutes) / 60) }
        let capacityWeekUnits: Int? = capacity?.hoursPerDay.map { hours in
            min(unitsDown(hours), unitsDown(min(plan.maxDayHours ?? fullDay, fullDay)))
                * min(dayCountLimit, capacity?.daysPerWeek ?? dayCountLimit)
        }

        // Where the return starts.
        var startUnits: Int
        var firstWeekDays: Int?
        if let startHours = plan.startHoursPerDay {
            let days = min(ScheduleSetup.firstWeekDayCount(plan.strategy, fullWeekDays: fullWeekDays, capacityDays: capacity?.daysPerWeek), dayCountLimit)
            firstWeekDays = days
            startUnits = units(startHours) * days
            if useCapacity, let capHours = capacity?.hoursPerDay, startHours > capHours + 1e-9 {
                conflicts.append(ScheduleSetup.aboveCapacity(
                    field: "plan.start_hours_per_day", asked: "\(HoursText.hours(startHours)) h a day",
                    capacity: capacity!, days: days, contractMinutes: contractMinutes))
            }
        } else if let startPercent = plan.startPercent {
            startUnits = percentUnits(startPercent)
            if useCapacity, let capacityWeekUnits, startUnits > capacityWeekUnits, let capacity {
                conflicts.append(ScheduleSetup.aboveCapacity(
                    field: "plan.start_percent", asked: "\(HoursText.percent(startPercent)) % of the contract",
                    capacity: capacity, days: min(dayCountLimit, capacity.daysPerWeek ?? dayCountLimit),
                    contractMinutes: contractMinutes))
            }
        } else {
            startUnits = percentUnits(50)
            if let capacityWeekUnits, capacityWeekUnits < startUnits, capacityWeekUnits > 0 {
                startUnits = capacityWeekUnits
                notes.append(ScheduleNote(kind: .info, topic: .capacity, message: "The plan gives no start, so it starts at the assessed capacity (\(HoursText.hours(minutes: capacityWeekUnits * unit)) h a week) rather than the usual 50 %.",
                                          key: "start_at_capacity", values: ["hours": .minutes(capacityWeekUnits * unit)]))
            }
        }
        self.firstWeekDays = firstWeekDays

        // Where it ends.
        var targetUnits = percentUnits(plan.targetPercent)
        if contract.isShiftWork, plan.targetPercent >= 100, let shifts = contract.shiftsPerWeek, let shiftHours = contract.shiftHours {
            targetUnits = units(shiftHours) * shifts
            if abs(Double(targetUnits * unit) - Double(contractMinutes)) >= 1 {
                notes.append(ScheduleNote(kind: .info, topic: .contract, message: "\(shifts) shifts of \(HoursText.hours(shiftHours)) h are not exactly the contracted \(HoursText.hours(contract.hoursPerWeek)) h; the last week is full shifts.",
                                          key: "shifts_not_contract",
                                          values: ["shifts": .number(shifts), "shift_hours": .minutes(Int((shiftHours * 60).rounded())),
                                                   "hours": .minutes(contractMinutes)]))
            }
        }
        if plan.targetPercent < 100 {
            notes.append(ScheduleNote(kind: .info, topic: .contract, message: "The plan ends at \(HoursText.percent(plan.targetPercent)) % of the contract: a lasting reduction of hours.",
                                      key: "lasting_reduction", values: ["percent": .percent(plan.targetPercent)]))
        }
        if startUnits > targetUnits {
            conflicts.append(PlanConflict(
                field: plan.startHoursPerDay != nil ? "plan.start_hours_per_day" : "plan.start_percent",
                problem: "the plan starts at \(HoursText.hours(minutes: startUnits * unit)) h a week, above its target of \(HoursText.hours(minutes: targetUnits * unit)) h (\(HoursText.percent(plan.targetPercent)) %).",
                resolution: "Start lower, or raise plan.target_percent.", code: "start-above-target"))
            startUnits = targetUnits
        }
        let mostInAWeek = fullWeekDays * finalDayUnits
        if targetUnits > mostInAWeek, usable.count < contract.workingDays.count {
            conflicts.append(PlanConflict(
                field: "plan.working_days",
                problem: "the target of \(HoursText.hours(minutes: targetUnits * unit)) h a week does not fit on \(usable.count) working day\(usable.count == 1 ? "" : "s") of up to \(HoursText.hours(minutes: finalDayUnits * unit)) h.",
                resolution: "Add days to plan.working_days, or lower plan.target_percent.", code: "working-days"))
        }

        let daysAtLimit = ScheduleSetup.daysWithinLimit(target: targetUnits, longestDay: longestDayUnits, fullDay: finalDayUnits,
                                                       contractDays: fullWeekDays, usableDays: usable.count, plan: plan)
        self.daysAtLimit = daysAtLimit
        shaper = WeekShaper(strategy: plan.strategy, fullWeekDays: fullWeekDays, fullDayUnits: finalDayUnits,
                            minDayUnits: minDayUnits, dayLimitUnits: longestDayUnits, daysAtLimit: daysAtLimit ?? fullWeekDays)
        let maxStepUnits = unitsDown(plan.maxStepPercent / 100 * Double(contractMinutes) / 60)
        let plateau = longestDayUnits < finalDayUnits ? min(targetUnits, fullWeekDays * longestDayUnits) : targetUnits
        ramp = WeeklyRamp(startUnits: startUnits, plateauUnits: max(plateau, startUnits), targetUnits: targetUnits,
                          maxStepUnits: max(1, maxStepUnits), fullWeekDays: fullWeekDays, dayRiseUnits: dayRiseUnits,
                          addedDayUnits: daysAtLimit == nil ? nil : longestDayUnits)
        if maxStepUnits == 0 && targetUnits > startUnits {
            conflicts.append(PlanConflict(
                field: "plan.max_step_percent",
                problem: "a step of \(HoursText.percent(plan.maxStepPercent)) % of a \(HoursText.hours(contract.hoursPerWeek))-hour week is less than one rounding unit (\(unit) minutes).",
                resolution: "Raise plan.max_step_percent or lower plan.rounding_minutes; if the contract's hours are wrong, correct employment.contract.hours_per_week.", code: "step-below-unit"))
        }
        startPercent = contractMinutes == 0 ? 0 : Double(startUnits * unit) * 100 / Double(contractMinutes)
        if startUnits > 0 && startUnits < minDayUnits {
            conflicts.append(PlanConflict(
                field: "plan.min_day_hours",
                problem: "week 1 is \(HoursText.hours(minutes: startUnits * unit)) h, less than one day of min_day_hours (\(HoursText.hours(plan.minDayHours)) h).",
                resolution: "Start higher or lower plan.min_day_hours.", code: "start-below-min-day"))
        }
        self.notes = notes
        self.conflicts = conflicts
    }

    /// Most days a week a return may use to stay within `max_day_hours` to the end: five,
    /// so the week keeps two days off and no run of days outgrows the contract's.
    static let mostDaysAtLimit = 5

    /// The days a week that reach the target within `max_day_hours` when the contract's
    /// days cannot; nil when they can, when the limit only holds until a review
    /// (`max_day_hours_until_review`), or when the week has no room for more days.
    static func daysWithinLimit(target: Int, longestDay: Int, fullDay: Int, contractDays: Int, usableDays: Int, plan: PlanSpec) -> Int? {
        guard longestDay < fullDay, plan.maxDayHoursUntilReview == nil, longestDay > 0 else { return nil }
        let needed = (target + longestDay - 1) / longestDay
        guard needed > contractDays, needed <= min(usableDays, mostDaysAtLimit) else { return nil }
        return needed
    }

    /// How many days week 1 uses when the start is given as hours a day.
    static func firstWeekDayCount(_ strategy: PlanSpec.Strategy, fullWeekDays: Int, capacityDays: Int?) -> Int {
        let preferred: Int
        switch strategy {
        case .hours, .shifts: preferred = fullWeekDays
        case .balanced: preferred = Int((Double(fullWeekDays) * 0.6).rounded(.up))
        case .days: preferred = Int((Double(fullWeekDays) / 2).rounded(.up))
        }
        return max(1, min(preferred, capacityDays ?? preferred, fullWeekDays))
    }

    /// The most days of a week that can be worked with a rest day between working days.
    static func mostRestedDays(_ workingDays: [Weekday], from start: LocalDate) -> Int {
        let dates = (0..<7).map { start.adding(days: $0) }.filter { workingDays.contains($0.weekday) }
        return DayPicker.mostDays(from: dates, nonConsecutive: true, after: nil)
    }

    static func aboveCapacity(field: String, asked: String, capacity: Capacity, days: Int, contractMinutes: Int) -> PlanConflict {
        var limit: [String] = []
        if let hours = capacity.hoursPerDay { limit.append("\(HoursText.hours(hours)) h a day") }
        if let capDays = capacity.daysPerWeek { limit.append("\(capDays) day\(capDays == 1 ? "" : "s") a week") }
        var resolution = "A gentler start that fits: "
        if let hours = capacity.hoursPerDay {
            let capDays = min(days, capacity.daysPerWeek ?? days)
            let weekHours = hours * Double(capDays)
            let percent = contractMinutes == 0 ? 0 : weekHours * 6000 / Double(contractMinutes)
            resolution += "start_hours_per_day: \(HoursText.hours(hours)) on \(capDays) days (\(HoursText.hours(weekHours)) h, \(HoursText.percent(percent)) % of the contract)"
        } else {
            resolution += "fewer days in week 1"
        }
        resolution += ". If the client and clinician agree to go beyond capacity, set plan.exceed_capacity: true and week 1 will be flagged."
        return PlanConflict(field: field,
                            problem: "the plan asks for \(asked) in week 1, above the assessed capacity of \(limit.joined(separator: " and ")).",
                            resolution: resolution, code: "above-capacity")
    }

    /// Whether week 1 goes beyond what the assessment found the client can do.
    func exceedsCapacity(_ days: [WorkDay]) -> Bool {
        guard let assessedCapacity else { return false }
        if let capDays = assessedCapacity.daysPerWeek, days.count > capDays { return true }
        if let hours = assessedCapacity.hoursPerDay, days.contains(where: { Double($0.minutes) > hours * 60 + 1e-9 }) { return true }
        return false
    }
}
