import PlanBuilder

/// One synthetic client's episode, drawn from a seeded generator and written as a
/// case file. Plans are built to be feasible: the start, steps, day lengths and leave
/// are chosen inside the limits PlanBuilder enforces.
struct SyntheticCase {
    let index: Int
    private var random: SplitMix64
    private var out = YAMLText()

    init(index: Int, random: inout SplitMix64) {
        self.index = index
        self.random = random
    }

    mutating func yaml() -> String {
        let service = random.pick(SynthPools.services)
        let condition = random.pick(SynthPools.conditions)
        let job = random.pick(SynthPools.jobs)
        let status = random.weighted([("off-sick", 60), ("at-work", 25), ("unemployed", 10), ("self-employed", 5)])
        let hasPlan = status != "unemployed"
        let tier = random.weighted([("auto", 70), ("1", 8), ("2", 12), ("3", 10)])
        let referral = LocalDate(year: 2024, month: 1, day: 1)!.adding(days: random.int(0...820))
        let firstContact = referral.adding(days: random.weighted([(0, 30), (1, 25), (3, 20), (7, 15), (14, 10)]))
        let wait = random.weighted([(0, 15), (random.int(1...7), 40), (random.int(8...14), 25), (random.int(15...28), 12), (random.int(29...60), 8)])
        let assessed = firstContact.adding(days: wait)
        let contacts = tier == "3" ? random.int(6...20) : tier == "1" ? random.int(1...4) : random.int(2...12)

        out.comment("Synthetic case \(index): \(condition.name.lowercased()), \(job.title.lowercased()). Not a real person.")
        out.line(0, "format: 1")
        out.blank()
        out.line(0, "case:")
        out.line(1, "reference: SYN-\(SyntheticCaseload.padded(index))")
        out.line(1, "service:")
        out.pair(2, "name", service.name)
        out.pair(2, "phone", service.phone)
        out.line(1, "case_manager:")
        out.pair(2, "name", "\(random.pick(SynthPools.firstNames)) \(random.pick(SynthPools.surnames))")
        out.pair(2, "role", "Vocational rehabilitation case manager")
        out.line(1, "tier: \(tier)")
        out.line(1, "referral:")
        out.line(2, "date: \(referral.iso)")
        out.line(2, "source: \(random.weighted([("self", 8), ("gp", 22), ("nhs-acute", 10), ("nhs-community", 8), ("employer", 20), ("occupational-health", 12), ("insurer", 6), ("jobcentre", 8), ("voluntary-sector", 4), ("other", 2)]))")
        out.line(2, "reason: \(status == "off-sick" ? "off-sick-return" : status == "unemployed" ? "employability" : "stay-in-work")")
        if random.chance(0.9) { out.line(1, "first_contact: \(firstContact.iso)") }
        out.line(1, "assessed: \(assessed.iso)")
        if random.chance(0.95) { out.line(1, "contacts: \(contacts)") }
        out.blank()

        let first = random.pick(SynthPools.firstNames)
        out.line(0, "client:")
        out.pair(1, "name", "\(first) \(random.pick(SynthPools.surnames))")
        out.pair(1, "preferred_name", first)
        out.line(1, "date_of_birth: \(LocalDate(year: 1960, month: 1, day: 1)!.adding(days: random.int(0...14_600)).iso)")
        if random.chance(0.85) { out.line(1, "deprivation_decile: \(random.weighted((1...10).map { ($0, 13 - $0) }))") }
        out.blank()

        let contract = random.pick(job.contracts)
        out.line(0, "employment:")
        out.line(1, "status: \(status)")
        if status == "off-sick" { out.line(1, "absence_start: \(referral.adding(days: -random.weighted([(random.int(14...60), 40), (random.int(61...140), 35), (random.int(141...420), 25)])).iso)") }
        if hasPlan {
            out.line(1, "employer:")
            out.pair(2, "name", random.pick(["Northside Housing Association", "Riverside Care Homes Ltd", "Valley Logistics", "City Council", "NHS Trust", "Greenway Retail", "Harbour Foods"]))
            out.line(1, "line_manager:")
            out.pair(2, "name", "\(random.pick(SynthPools.firstNames)) \(random.pick(SynthPools.surnames))")
        }
        out.pair(1, "job_title", job.title)
        out.line(1, "occupation_group: \(job.group)")
        if hasPlan { writeContract(contract) }
        out.line(1, "job_demands:")
        for demand in job.demands { out.line(2, "- demand: \(demand)") }
        out.blank()

        out.line(0, "health:")
        out.line(1, "conditions:")
        out.pair(2, "- name", condition.name)
        out.blank()

        let severities = ["low", "moderate", "high"]
        out.line(0, "assessment:")
        out.line(1, "date: \(assessed.iso)")
        out.line(1, "barriers:")
        out.line(2, "- domain: \(condition.barrier.domain)")
        out.pair(3, "description", condition.barrier.description)
        out.line(3, "severity: \(random.pick(severities))")
        if random.chance(0.5) {
            out.line(2, "- domain: financial")
            out.pair(3, "description", "Sick pay is due to reduce.")
            out.line(3, "severity: \(random.pick(severities))")
            out.line(3, "private: true")
        }
        out.line(1, "limitations:")
        for limitation in condition.limitations {
            out.line(2, "- code: \(limitation.code)")
            out.pair(3, "detail", limitation.detail)
            out.line(3, "severity: \(random.pick(severities))")
        }
        let plan = hasPlan ? SyntheticPlan(contract: contract, start: assessed.adding(days: random.int(7...42)),
                                                  holidays: service.holidays, random: &random) : nil
        var adjustments: [String] = []
        for limitation in condition.limitations {
            for code in SynthPools.adjustmentsFor[limitation.code] ?? [] where !adjustments.contains(code) { adjustments.append(code) }
        }
        adjustments = Array(adjustments.prefix(3))
        if let plan {
            out.line(1, "capacity:")
            out.line(2, "hours_per_day: \(YAMLText.number(plan.fullDayHours))")
            out.line(1, "fitness:")
            out.line(2, "status: may-be-fit")
            // The advice ticks what the adjustments below need, as a case manager's would.
            let adapts = adjustments.contains { SynthPools.workplaceAdaptations.contains($0) }
            out.line(2, "with: [phased-return, altered-hours\(adapts ? ", workplace-adaptations" : "")]")
        }
        let baseline = SyntheticMeasures(random: &random, anxious: condition.anxious)
        out.line(1, "measures:")
        baseline.write(to: &out, indent: 2, date: assessed)
        out.blank()

        if let plan {
            plan.write(to: &out, holidays: service.holidays)
            out.line(0, "adjustments:")
            for code in adjustments {
                out.line(1, "- code: \(code)")
                out.line(2, "responsible: \(random.pick(["employer", "line-manager"]))")
                out.line(2, "from: \(plan.start.iso)")
            }
            out.blank()
        }
        out.line(0, "interventions:")
        out.line(1, "- type: \(condition.intervention)")
        out.line(2, "status: \(random.pick(Intervention.statuses))")
        out.blank()

        var lastDate = assessed.adding(days: 28)
        if let plan {
            let reviews = plan.reviewWeeks(random: &random)
            if !reviews.isEmpty {
                out.line(0, "reviews:")
                for (position, review) in reviews.enumerated() {
                    out.line(1, "- date: \(review.date.iso)")
                    out.line(2, "week: \(review.week)")
                    out.line(2, "hours_worked: \(YAMLText.number(review.hours))")
                    if position == reviews.count - 1 && random.chance(0.8) {
                        out.line(2, "measures:")
                        baseline.improved(random: &random).write(to: &out, indent: 3, date: review.date)
                    }
                    lastDate = review.date
                }
                out.blank()
            }
        }
        writeOutcome(status: status, tier: tier, after: lastDate)
        return out.text
    }

    private mutating func writeContract(_ contract: SynthPools.ContractKind) {
        out.line(1, "contract:")
        switch contract {
        case .office(let days, let dayHours):
            let weekdays = [["mon", "tue", "wed"], ["mon", "tue", "wed", "thu"], ["mon", "tue", "wed", "thu", "fri"]][days - 3]
            out.line(2, "hours_per_week: \(YAMLText.number(Double(days) * dayHours))")
            out.line(2, "days: [\(weekdays.joined(separator: ", "))]")
        case .shift(let hours, let perWeek):
            out.line(2, "hours_per_week: \(YAMLText.number(Double(perWeek) * hours))")
            out.line(2, "shift_hours: \(YAMLText.number(hours))")
            out.line(2, "shifts_per_week: \(perWeek)")
        }
    }

    private mutating func writeOutcome(status: String, tier: String, after last: LocalDate) {
        guard random.chance(0.75) else { return }
        let atWorkChance = tier == "3" ? 45 : tier == "1" ? 75 : 62
        let end = random.weighted([("at-work", atWorkChance), ("off-sick", 12), ("unemployed", 8), ("self-employed", 3), ("education", 2), ("retired", 2), ("volunteering", 2)])
        let discharged = last.adding(days: random.int(7...56))
        out.line(0, "outcome:")
        out.line(1, "discharged: \(discharged.iso)")
        out.line(1, "status: \(status == "unemployed" && end == "off-sick" ? "unemployed" : end)")
        guard random.chance(0.6) else { return }
        let stays = random.chance(end == "at-work" ? 0.85 : 0.6)
        out.line(1, "follow_up:")
        out.line(2, "date: \(discharged.adding(days: 182).iso)")
        out.line(2, "status: \(stays ? (status == "unemployed" && end == "off-sick" ? "unemployed" : end) : random.pick(["at-work", "off-sick", "unemployed"]))")
    }
}
