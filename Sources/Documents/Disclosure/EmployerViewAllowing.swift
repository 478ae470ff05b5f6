import PlanBuilder

extension EmployerView {
    /// Builds the employer's view by copying in, part by part, what the client's consent
    /// allows (`consent.share_with_employer`, `consent.disclose_diagnosis`), screening each
    /// piece of free text on the way (`EmployerTextScreening`). Nothing is copied and then
    /// removed: what is not listed here does not exist for the employer.
    public init(_ caseFile: CaseFile, schedule: GradedSchedule?, screen: HealthTextScreen?) {
        let consent = caseFile.consent
        let shared = consent.shareWithEmployer
        let diagnosis = consent.discloseDiagnosis
        let effects = shared.contains(.functionalEffects)
        var screening = EmployerTextScreening(screen: diagnosis ? nil : screen)
        identity = DocumentIdentity(caseFile)
        workplace = Workplace(caseFile.employment)
        self.consent = consent

        var withheldDuties: Set<String> = []
        plan = caseFile.plan.map { plan in
            var duties: [DutyChange] = []
            if shared.contains(.duties) {
                for (index, change) in plan.duties.enumerated() {
                    if screening.allow(change.duty, "plan.duties[\(index)].duty") != nil { duties.append(change) } else { withheldDuties.insert(change.duty) }
                }
            }
            return EmployerPlan(start: plan.start, strategy: plan.strategy, holidays: plan.holidays, pay: plan.pay,
                                dayStart: plan.pattern.dayStart, duties: duties)
        }

        let assessment = caseFile.assessment
        assessmentDate = assessment?.date ?? caseFile.caseInfo.assessed
        fitness = assessment?.fitness.map { EmployerFitness(status: $0.status, with: $0.with, comments: diagnosis ? $0.comments : nil) }
        var barriers: [String] = [], strengths: [String] = [], limitations: [EmployerLimitation] = []
        if effects, let assessment {
            for (index, barrier) in assessment.barriers.enumerated() where Self.employerMaySee(barrier, discloseDiagnosis: diagnosis) {
                if let text = barrier.description, let kept = screening.allow(text, "assessment.barriers[\(index)].description") {
                    barriers.append(kept)
                }
            }
            for (index, strength) in assessment.strengths.enumerated() {
                if let kept = screening.allow(strength, "assessment.strengths[\(index)]") { strengths.append(kept) }
            }
            for (index, limitation) in assessment.limitations.enumerated() {
                limitations.append(EmployerLimitation(code: limitation.code, detail: screening.allow(limitation.detail, "assessment.limitations[\(index)].detail"),
                                                      severity: limitation.severity))
            }
        }
        self.barriers = barriers
        self.strengths = strengths
        self.limitations = limitations
        capacity = effects ? assessment?.capacity : nil
        medicationEffects = effects && diagnosis ? caseFile.health?.medicationEffects : nil
        conditions = diagnosis ? (caseFile.health?.conditions ?? []).map { EmployerCondition(name: $0.name, since: $0.since) } : []
        treatments = diagnosis ? (caseFile.health?.treatment ?? []).map { EmployerTreatment(name: $0.name, from: $0.from) } : []

        var goals: [EmployerGoal] = []
        if shared.contains(.goals) {
            for (index, goal) in caseFile.goals.enumerated() {
                if let text = screening.allow(goal.text, "goals[\(index)].text") { goals.append(EmployerGoal(text: text, by: goal.by)) }
            }
        }
        self.goals = goals
        var adjustments: [EmployerAdjustment] = []
        if shared.contains(.adjustments) {
            for (index, adjustment) in caseFile.adjustments.enumerated() {
                let title = screening.allow(adjustment.title, "adjustments[\(index)].title")
                let detailPath = "adjustments[\(index)].detail"
                let detail = screening.allowOpening(adjustment.detail, detailPath)
                // A free title left out takes its adjustment with it unless a catalogue code names it.
                guard title != nil || adjustment.code != nil else { continue }
                adjustments.append(EmployerAdjustment(code: adjustment.code, title: title, detail: detail, category: adjustment.category,
                                                      responsible: adjustment.responsible, from: adjustment.from,
                                                      review: adjustment.review, permanent: adjustment.permanent,
                                                      detailScreened: screening.withheld.contains(detailPath)))
            }
        }
        self.adjustments = adjustments
        var reviews: [EmployerReview] = []
        if shared.contains(.reviews) {
            for (index, review) in caseFile.reviews.enumerated() {
                reviews.append(EmployerReview(date: review.date, week: review.week, hoursWorked: review.hoursWorked,
                                              note: screening.allowOpening(review.note, "reviews[\(index)].note")))
            }
        }
        self.reviews = reviews
        // Reasons for time away the case manager chose to share, each screened like any text.
        var sharedReasons: Set<String> = []
        for (index, span) in (caseFile.plan?.unavailable ?? []).enumerated() where span.shareReason && shared.contains(.schedule) {
            if let reason = screening.allow(span.reason, "plan.unavailable[\(index)].reason") { sharedReasons.insert(reason) }
        }
        screened = screening.withheld
        keptOpenings = screening.kept

        self.schedule = shared.contains(.schedule) ? schedule.map {
            EmployerSchedule.allowing($0, .init(discloseDiagnosis: diagnosis, shareDuties: shared.contains(.duties),
                                                shareFunctionalEffects: effects, withheldDuties: withheldDuties,
                                                sharedReasons: sharedReasons))
        } : nil
        let present: [ShareableItem: Bool] = [
            .schedule: caseFile.plan != nil,
            .duties: !(caseFile.plan?.duties.isEmpty ?? true),
            .adjustments: !caseFile.adjustments.isEmpty,
            .functionalEffects: !(caseFile.assessment?.limitations.isEmpty ?? true),
            .goals: !caseFile.goals.isEmpty,
            .reviews: !caseFile.reviews.isEmpty,
        ]
        withheld = Set(ShareableItem.allCases.filter { !shared.contains($0) && present[$0] == true })
        let health = caseFile.health
        diagnosisWithheld = !diagnosis && health.map { !$0.conditions.isEmpty || !$0.treatment.isEmpty || !$0.appointments.isEmpty } == true
        capacityPointsWithheld = shared.contains(.schedule) && !effects
            && (schedule?.notes.contains { $0.topic == .capacity } ?? false)
        suggestionCase = Self.suggestionCase(caseFile, limitations: limitations, adjustments: adjustments)
    }

    /// Whether the employer may know of a barrier at all, before its text is screened.
    /// An allow-list of domains: physical, cognitive and workplace barriers are how health
    /// affects work; health ones name the illness, so they need consent to disclose the
    /// diagnosis. Psychological barriers ("fear of recurrence, confidence is low") describe
    /// the client's state of mind, which no consent item covers: consent to disclose the
    /// diagnosis names a condition, its treatment and appointments, not how the client feels.
    /// Money, home life and career are not how health affects work. A new domain reaches the
    /// employer only when someone adds it here.
    static func employerMaySee(_ barrier: Barrier, discloseDiagnosis: Bool) -> Bool {
        guard !barrier.isPrivate else { return false }
        switch barrier.domain {
        case "physical", "cognitive", "workplace": return true
        case "health": return discloseDiagnosis
        default: return false
        }
    }

    /// What catalogue suggestions are worked out from: the limitations the employer may
    /// read, the job, the agreed adjustments, and whether the plan already is a phased
    /// return with rest days, changes duties or ends at full hours. Adjustments and interventions the full case records (a
    /// workplace assessment already done) go in by code only, so that they are not
    /// suggested again; they are never printed.
    private static func suggestionCase(_ caseFile: CaseFile, limitations: [EmployerLimitation],
                                       adjustments: [EmployerAdjustment]) -> CaseFile {
        let recorded = Set(caseFile.adjustments.compactMap(\.code) + caseFile.interventions.map(\.type)).sorted()
        return CaseFile(
            caseInfo: CaseInfo(reference: caseFile.caseInfo.reference),
            client: Client(name: caseFile.client.name),
            employment: Employment(contract: caseFile.employment?.contract, jobDemands: caseFile.employment?.jobDemands ?? []),
            assessment: Assessment(limitations: limitations.map { Limitation(code: $0.code, severity: $0.severity) }),
            // Whether the plan changes duties and ends at full hours rules suggestions out
            // (`AdjustmentEntry.notSuggestedWith`); the duties themselves are never printed from here.
            plan: caseFile.plan.map { PlanSpec(start: $0.start, targetPercent: $0.targetPercent,
                                               nonConsecutiveUntilWeek: $0.nonConsecutiveUntilWeek, duties: $0.duties) },
            adjustments: adjustments.map { Adjustment(code: $0.code, title: $0.title, category: $0.category) },
            interventions: recorded.map { Intervention(type: $0) })
    }
}
