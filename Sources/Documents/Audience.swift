import PlanBuilder

/// Who reads a document. A document read by several parties is held to the strictest of
/// them: the signed rtw-plan is an employer document.
public enum Audience: String, Sendable, CaseIterable {
    case client
    case employer
    case caseManager = "case-manager"
}

/// What a document's audience may see of a case, made in one place so that no document
/// has to remember the consent rules: every document is built from a `DisclosedCase`,
/// never from the raw case file.
public struct DisclosedCase: Sendable {
    public let audience: Audience
    public let caseFile: CaseFile
    public let schedule: GradedSchedule?
    /// Parts of this case the employer may not see; documents say so where they would
    /// have shown them. Only parts the case actually has are listed.
    public let withheld: Set<ShareableItem>
    /// True when the case names a condition, treatment or appointment purpose that the
    /// employer may not see; employer documents say so instead of naming it.
    public let diagnosisWithheld: Bool

    /// Paths of employer-bound free text left out because it reads as health information
    /// (`plan.duties[1].duty`), so the case manager can be told to reword it.
    public let screened: [String]

    /// Adjustment and intervention codes the full case records (a workplace assessment
    /// already done), so that no document suggests them again. Used only to leave
    /// suggestions out, never printed: an intervention's type can be health information.
    public let recordedCodes: Set<String>

    public init(_ original: CaseFile, schedule: GradedSchedule?, for audience: Audience, screen: HealthTextScreen? = nil) {
        self.audience = audience
        recordedCodes = Set(original.adjustments.compactMap(\.code) + original.interventions.map(\.type))
        guard audience == .employer else {
            screened = []
            var file = original
            if audience == .client { file.client.deprivationDecile = nil }
            caseFile = file
            self.schedule = schedule
            withheld = []
            diagnosisWithheld = false
            return
        }
        let consent = original.consent
        let shared = consent.shareWithEmployer
        var file = original
        var barrierIndices: [Int] = []
        file.client.deprivationDecile = nil
        file.client.dateOfBirth = nil
        file.client.communicationNeeds = nil
        if !consent.discloseDiagnosis { file.health = nil }
        if !shared.contains(.functionalEffects) { file.health?.medicationEffects = nil }
        if var assessment = file.assessment {
            assessment.measures = []
            if !consent.discloseDiagnosis { assessment.fitness?.comments = nil }
            barrierIndices = assessment.barriers.indices.filter {
                DisclosedCase.employerMaySee(assessment.barriers[$0], discloseDiagnosis: consent.discloseDiagnosis)
            }
            assessment.barriers = barrierIndices.map { assessment.barriers[$0] }
            if !shared.contains(.functionalEffects) {
                assessment.limitations = []
                assessment.capacity = nil
                assessment.barriers = []
                assessment.strengths = []
            }
            file.assessment = assessment
        }
        if !shared.contains(.goals) { file.goals = [] }
        if !shared.contains(.adjustments) { file.adjustments = [] }
        if !shared.contains(.reviews) { file.reviews = [] }
        if var plan = file.plan, !shared.contains(.duties) {
            plan.duties = []
            file.plan = plan
        }
        var withheldDuties: Set<String> = []
        if !consent.discloseDiagnosis, let screen {
            var screening = EmployerTextScreening(screen: screen)
            screening.apply(to: &file, barrierIndices: barrierIndices)
            screened = screening.withheld
            withheldDuties = screening.withheldDuties
        } else {
            screened = []
        }
        file.reviews = file.reviews.map { review in
            var review = review
            review.measures = []
            return review
        }
        file.interventions = []
        file.outcome = nil
        caseFile = file
        let health = original.health
        diagnosisWithheld = !consent.discloseDiagnosis && health.map {
            !$0.conditions.isEmpty || !$0.treatment.isEmpty || !$0.appointments.isEmpty
        } == true
        let present: [ShareableItem: Bool] = [
            .schedule: original.plan != nil,
            .duties: !(original.plan?.duties.isEmpty ?? true),
            .adjustments: !original.adjustments.isEmpty,
            .functionalEffects: !(original.assessment?.limitations.isEmpty ?? true),
            .goals: !original.goals.isEmpty,
            .reviews: !original.reviews.isEmpty,
        ]
        withheld = Set(ShareableItem.allCases.filter { !shared.contains($0) && present[$0] == true })
        self.schedule = shared.contains(.schedule)
            ? schedule.map { DisclosedCase.redact($0, discloseDiagnosis: consent.discloseDiagnosis, shareDuties: shared.contains(.duties),
                                                shareFunctionalEffects: shared.contains(.functionalEffects),
                                                withheldDuties: withheldDuties) }
            : nil
    }

    /// Whether the employer may see a barrier at all, before its text is screened.
    static func employerMaySee(_ barrier: Barrier, discloseDiagnosis: Bool) -> Bool {
        !barrier.isPrivate && (!["health", "psychological"].contains(barrier.domain) || discloseDiagnosis)
            && !personalDomains.contains(barrier.domain)
    }

    /// Barriers about money, home life or career are not how health affects work, so no
    /// consent category covers them and the employer never sees them; psychological
    /// barriers describe the client's mental health, which only consent to disclose
    /// their diagnosis covers.
    static let personalDomains: Set<String> = ["financial", "social", "career"]

    public func isWithheld(_ item: ShareableItem) -> Bool { withheld.contains(item) }

    /// Appointment purposes and the reasons for unavailable days stay private unless the
    /// client agreed to disclose their diagnosis; leave is not health information.
    private static func redact(_ schedule: GradedSchedule, discloseDiagnosis: Bool, shareDuties: Bool,
                               shareFunctionalEffects: Bool, withheldDuties: Set<String>) -> GradedSchedule {
        var copy = schedule
        // Notes and warnings reach the employer by topic: what the assessment found the
        // client can manage is a functional effect.
        let allowedTopics: Set<ScheduleNote.Topic> = shareFunctionalEffects
            ? [.contract, .steps, .pause, .dayLength, .reviews, .capacity] : [.contract, .steps, .pause, .dayLength, .reviews]
        copy.notes = schedule.notes.filter { allowedTopics.contains($0.topic) }
        if !shareFunctionalEffects {
            copy.warnings.capacityHours = nil
            copy.warnings.capacityDays = nil
            for index in copy.weeks.indices { copy.weeks[index].flags = [] }
        }
        for index in copy.weeks.indices {
            copy.weeks[index].excluded = copy.weeks[index].excluded.map { day in
                var day = day
                switch day.reason {
                case .appointment where !discloseDiagnosis:
                    day.reason = .appointment(nil)
                case .unavailable(let reason?) where !discloseDiagnosis && !UnavailableSpan.isLeave(reason):
                    day.reason = .unavailable(nil)
                default:
                    break
                }
                return day
            }
            if !shareDuties {
                copy.weeks[index].dutiesBack = []
                copy.weeks[index].dutiesAvoided = []
            } else if !withheldDuties.isEmpty {
                copy.weeks[index].dutiesBack.removeAll { withheldDuties.contains($0) }
                copy.weeks[index].dutiesAvoided.removeAll { withheldDuties.contains($0) }
            }
        }
        return copy
    }

}
