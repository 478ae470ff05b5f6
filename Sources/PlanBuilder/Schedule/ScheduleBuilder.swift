/// Builds the graded return-to-work schedule from a case file's plan, or explains, with
/// fixes that were tried and work, why the plan cannot be met.
///
/// `ScheduleSetup` fixes the ladder of weekly totals; `WeekSimulator` walks the calendar
/// and decides what is actually worked; with `plan.weeks` given, the gentlest ladder that
/// still ends at the target in that many weeks is chosen. Every conflict is collected in
/// one pass, and each suggested fix is applied to a copy and planned again before it is
/// offered.
public struct ScheduleBuilder {
    /// The public holiday on a date, if any (`HolidayCalendar.holiday(on:)`).
    public typealias HolidayLookup = (LocalDate) -> String?

    private let holidayDay: (LocalDate) -> ExcludedDays.Holiday?

    /// Every holiday the lookup names is a paid day off.
    public init(holidayName: @escaping HolidayLookup) {
        holidayDay = { date in holidayName(date).map { ExcludedDays.Holiday(name: $0, isWeekendDate: false) } }
    }

    /// A nation's calendar: in the UK the Saturday or Sunday of a holiday that moved to a
    /// weekday is not worked on a 7-day rota, but it is not a second paid day off.
    public init(calendar: HolidayCalendar) {
        let movesOffWeekend = calendar.region != .ireland
        holidayDay = { date in
            calendar.holiday(on: date).map { ExcludedDays.Holiday(name: $0.name, isWeekendDate: movesOffWeekend && $0.isWeekendDate) }
        }
    }

    public func build(_ caseFile: CaseFile) throws(InfeasiblePlan) -> GradedSchedule {
        switch attempt(caseFile) {
        case .success(let schedule):
            return schedule
        case .failure(let found):
            let codes = Set(found.conflicts.map(\.conflict.code))
            throw InfeasiblePlan(conflicts: found.conflicts.map { verify($0, in: caseFile, among: codes) })
        }
    }

    /// Keeps only the fixes that, applied to a copy of the case file, make the conflict go
    /// without bringing a new one (conflicts the file already has may remain).
    private func verify(_ found: FoundConflict, in caseFile: CaseFile, among codes: Set<String>) -> PlanConflict {
        var conflict = found.conflict
        let working = found.fixes.filter { fix in
            var copy = caseFile
            guard var plan = copy.plan else { return false }
            fix.apply(&plan)
            copy.plan = plan
            switch attempt(copy) {
            case .success: return true
            case .failure(let again):
                return again.conflicts.allSatisfy { $0.conflict.code != conflict.code && codes.contains($0.conflict.code) }
            }
        }
        if !working.isEmpty {
            let text = working.map(\.description).joined(separator: " Or ")
            conflict.resolution = text.prefix(1).uppercased() + text.dropFirst()
        }
        return conflict
    }

    struct Failure: Error {
        var conflicts: [FoundConflict]
    }

    func attempt(_ caseFile: CaseFile) -> Result<GradedSchedule, Failure> {
        guard let plan = caseFile.plan else {
            return .failure(Failure(conflicts: [FoundConflict(PlanConflict(
                field: "plan", problem: "the case file has no plan.",
                resolution: "Add a plan section with at least plan.start.", code: "no-plan"))]))
        }
        guard let contract = caseFile.employment?.contract else {
            return .failure(Failure(conflicts: [FoundConflict(PlanConflict(
                field: "employment.contract", problem: "a plan needs the contracted hours.",
                resolution: "Add employment.contract.hours_per_week.", code: "no-contract"))]))
        }
        let setup = ScheduleSetup(plan: plan, contract: contract, capacity: caseFile.assessment?.capacity)
        var conflicts = setup.conflicts.map { SetupFixes.found($0, setup: setup) }
        let excluded = ExcludedDays(plan: plan, appointments: caseFile.health?.appointments ?? [], holiday: holidayDay)
        let stepUpAfter = ReviewChecks.stepUpAfterWeek(plan, conflicts: &conflicts)
        let simulator = WeekSimulator(setup: setup, excluded: excluded, stepUpAfterWeek: stepUpAfter)

        let run: WeekSimulator.Run
        switch chooseRun(simulator, setup: setup) {
        case .success(let chosen): run = chosen
        case .failure(let found): conflicts.append(contentsOf: found.conflicts); run = found.bestEffort
        }
        var schedule = ScheduleAssembly.schedule(from: run, setup: setup)
        conflicts += ReviewChecks.conflicts(plan.reviews.dates, in: schedule, excluded: excluded)
        if !conflicts.isEmpty { return .failure(Failure(conflicts: conflicts)) }
        ReviewScheduler.place(plan.reviews, in: &schedule)
        PayCalculator.apply(plan.pay, to: &schedule, setup: setup)
        return .success(schedule)
    }

    private struct RunFailure: Error {
        var conflicts: [FoundConflict]
        var bestEffort: WeekSimulator.Run
    }

    /// A computed plan takes the fewest rungs and as many weeks as the calendar needs; a
    /// given length takes the gentlest ladder that is worked at the target in its last week.
    private func chooseRun(_ simulator: WeekSimulator, setup: ScheduleSetup) -> Result<WeekSimulator.Run, RunFailure> {
        let ramp = setup.ramp
        let fewest = ramp.fewestClimbSteps
        let computed = simulator.run(rungs: ramp.rungs(climbSteps: fewest), plateauIndex: ramp.plateauIndex(climbSteps: fewest), weekCount: nil)
        guard let given = setup.plan.weeks else {
            if computed.targetWeek != nil { return .success(computed) }
            return .failure(RunFailure(conflicts: [RunConflicts.neverReached(computed, setup: setup)], bestEffort: computed))
        }
        let stepUpRungs = ramp.rungs(climbSteps: fewest).count - 1 - fewest
        var steps = max(fewest, given - 1 - stepUpRungs)
        while steps >= fewest {
            let run = simulator.run(rungs: ramp.rungs(climbSteps: steps), plateauIndex: ramp.plateauIndex(climbSteps: steps), weekCount: given)
            if run.lastIsTarget { return .success(run) }
            steps -= 1
        }
        let atFewest = simulator.run(rungs: ramp.rungs(climbSteps: fewest), plateauIndex: ramp.plateauIndex(climbSteps: fewest), weekCount: given)
        return .failure(RunFailure(conflicts: [RunConflicts.givenWeeks(given, run: atFewest, computed: computed, setup: setup)],
                                   bestEffort: atFewest))
    }
}

/// A conflict as found, with the fixes to try before any is offered.
struct FoundConflict: Sendable {
    var conflict: PlanConflict
    var fixes: [CandidateFix]
    init(_ conflict: PlanConflict, fixes: [CandidateFix] = []) {
        self.conflict = conflict
        self.fixes = fixes
    }
}

/// One change to the plan that might resolve a conflict, in the words offered to the
/// case manager when it does.
struct CandidateFix: Sendable {
    var description: String
    var apply: @Sendable (inout PlanSpec) -> Void
}
