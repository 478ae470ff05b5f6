import PlanBuilder

/// Leaves out of an employer's view every piece of free text that reads as health
/// information, when the client has not agreed to disclose their diagnosis, and records
/// which fields were left out so the case manager can be told to reword them.
///
/// Consent decides which parts the employer may see at all (`DisclosedCase`); this runs
/// afterwards over what is left: duties, adjustment titles and details, limitation
/// details, barriers, strengths, goals and review notes. A field is named by its path in
/// the case file (`plan.duties[1].duty`), never by the words that triggered it, so the
/// warning itself does not repeat the health information.
struct EmployerTextScreening {
    let screen: HealthTextScreen
    /// Paths of the fields left out, in the order of the case file's sections.
    private(set) var withheld: [String] = []
    /// Duties left out, to be taken out of the schedule's weeks as well.
    private(set) var withheldDuties: Set<String> = []

    init(screen: HealthTextScreen) {
        self.screen = screen
    }

    /// Screens `file` (already filtered by consent); `barrierIndices` gives, for each
    /// barrier still in `file`, its index in the case file.
    mutating func apply(to file: inout CaseFile, barrierIndices: [Int]) {
        screenDuties(&file)
        screenAssessment(&file, barrierIndices: barrierIndices)
        file.goals = file.goals.enumerated().filter { index, goal in
            keep(goal.text, "goals[\(index)].text")
        }.map(\.element)
        screenAdjustments(&file)
        for index in file.reviews.indices {
            if let note = file.reviews[index].note, !keep(note, "reviews[\(index)].note") { file.reviews[index].note = nil }
        }
    }

    private mutating func screenDuties(_ file: inout CaseFile) {
        guard var plan = file.plan else { return }
        plan.duties = plan.duties.enumerated().filter { index, change in
            let kept = keep(change.duty, "plan.duties[\(index)].duty")
            if !kept { withheldDuties.insert(change.duty) }
            return kept
        }.map(\.element)
        file.plan = plan
    }

    private mutating func screenAssessment(_ file: inout CaseFile, barrierIndices: [Int]) {
        guard var assessment = file.assessment else { return }
        var barriers: [Barrier] = []
        for (position, barrier) in assessment.barriers.enumerated() {
            let index = position < barrierIndices.count ? barrierIndices[position] : position
            if let description = barrier.description, !keep(description, "assessment.barriers[\(index)].description") { continue }
            barriers.append(barrier)
        }
        assessment.barriers = barriers
        assessment.strengths = assessment.strengths.enumerated().filter { index, strength in
            keep(strength, "assessment.strengths[\(index)]")
        }.map(\.element)
        for index in assessment.limitations.indices {
            if let detail = assessment.limitations[index].detail, !keep(detail, "assessment.limitations[\(index)].detail") {
                assessment.limitations[index].detail = nil
            }
        }
        file.assessment = assessment
    }

    /// A free title that is withheld takes its adjustment with it unless a catalogue code
    /// gives the adjustment a title of its own; a withheld detail leaves the adjustment.
    private mutating func screenAdjustments(_ file: inout CaseFile) {
        var kept: [Adjustment] = []
        for (index, original) in file.adjustments.enumerated() {
            var adjustment = original
            if let title = adjustment.title, !keep(title, "adjustments[\(index)].title") {
                adjustment.title = nil
            }
            if let detail = adjustment.detail, !keep(detail, "adjustments[\(index)].detail") {
                adjustment.detail = nil
            }
            if adjustment.title == nil && adjustment.code == nil { continue }
            kept.append(adjustment)
        }
        file.adjustments = kept
    }

    /// True when `text` may go to the employer; otherwise records `path`.
    private mutating func keep(_ text: String, _ path: String) -> Bool {
        guard screen.flags(text) else { return true }
        withheld.append(path)
        return false
    }
}
