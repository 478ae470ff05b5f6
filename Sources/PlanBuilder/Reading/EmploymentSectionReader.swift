/// Reads the `employment` section: the job, the people at work, the contract the return
/// builds back up to, and what the job demands.
struct EmploymentSectionReader {
    static let keys = ["status", "absence_start", "employer", "line_manager", "hr", "occupational_health",
                       "job_title", "occupation_group", "contract", "job_demands"]
    static let contractKeys = ["hours_per_week", "days", "day_hours", "shift_hours", "shifts_per_week", "shift_days"]
    static let demandKeys = ["demand", "detail"]

    let knownCodes: KnownCodes?
    /// Whether the file has a plan, which cannot be built without the contracted hours.
    let planNeedsContract: Bool

    func read(_ fields: MappingReader) -> Employment {
        let contactKeys = ContactReader.contactKeys
        if planNeedsContract, !fields.has("contract") {
            fields.require("contract", "a plan needs the contract's hours_per_week",
                           fix: "Add contract: with hours_per_week:, e.g. hours_per_week: 37.5.")
        }
        return Employment(
            status: fields.choice("status", among: Employment.statuses, noun: "employment status"),
            absenceStart: fields.date("absence_start"),
            employer: fields.mapping("employer", validKeys: ContactReader.organisationKeys).map(ContactReader.organisation),
            lineManager: fields.mapping("line_manager", validKeys: contactKeys).map(ContactReader.contact),
            hr: fields.mapping("hr", validKeys: contactKeys).map(ContactReader.contact),
            occupationalHealth: fields.mapping("occupational_health", validKeys: contactKeys).map(ContactReader.contact),
            jobTitle: fields.text("job_title"),
            occupationGroup: fields.integer("occupation_group", expected: "a SOC 2020 major group from 1 to 9",
                                            rule: .within(1...9, "a SOC 2020 major group")),
            contract: fields.mapping("contract", validKeys: EmploymentSectionReader.contractKeys).flatMap(contract),
            jobDemands: jobDemands(fields))
    }

    /// The contract, or nil without `hours_per_week` (which the model cannot do without).
    private func contract(_ fields: MappingReader) -> Contract? {
        if planNeedsContract {
            fields.require("hours_per_week", "a plan needs the contracted hours a week",
                           fix: "Add hours_per_week:, e.g. hours_per_week: 37.5.")
        }
        let hours = fields.number("hours_per_week", expected: "a number of hours such as 37.5", rule: .hoursInWeek)
        let days = weekdays("days", fields)
        let dayHours = fields.number("day_hours", expected: "a number of hours such as 7.5", rule: .hoursInDay)
        let shiftHours = fields.number("shift_hours", expected: "a number of hours such as 12", rule: .hoursInDay)
        let shiftsPerWeek = fields.integer("shifts_per_week", expected: "a number of shifts such as 3",
                                           rule: .within(1...7, "shifts a week"))
        let shiftDays = weekdays("shift_days", fields)
        if fields.has("shift_hours") != fields.has("shifts_per_week") {
            let missing = fields.has("shift_hours") ? "shifts_per_week" : "shift_hours"
            fields.require(missing, "a shift contract needs both shift_hours and shifts_per_week",
                           fix: "Add \(missing):, e.g. shift_hours: 12 and shifts_per_week: 3.")
        }
        if let shiftDays, let shiftsPerWeek, shiftDays.count < shiftsPerWeek {
            fields.report("shift_days", "\(shiftsPerWeek) shifts a week do not fit on \(shiftDays.count) shift days",
                          fix: "List at least \(shiftsPerWeek) days, or lower shifts_per_week.")
        }
        if let hours, dayHours == nil, !fields.has("shift_hours"), let days, !days.isEmpty,
           hours / Double(days.count) > 24 {
            fields.report("hours_per_week", "\(ScalarText.plain(hours)) hours over \(days.count) days is more than 24 hours a day",
                          fix: "Check hours_per_week and days.")
        }
        guard let hours else { return nil }
        return Contract(hoursPerWeek: hours, days: days, dayHours: dayHours, shiftHours: shiftHours,
                        shiftsPerWeek: shiftsPerWeek, shiftDays: shiftDays)
    }

    /// A list of weekdays (`[mon, tue, wed]`), each at most once.
    private func weekdays(_ key: String, _ fields: MappingReader) -> [Weekday]? {
        let names = ChoiceWords.weekdays
        guard let words = fields.choiceList(key, among: names, noun: "weekday", example: "[mon, tue, wed, thu, fri]") else {
            return nil
        }
        var days: [Weekday] = []
        for word in words {
            guard let day = Weekday(rawValue: word) else { continue }
            if days.contains(day) {
                fields.report(key, "\(word) is listed twice", fix: "List each day once.")
            } else {
                days.append(day)
            }
        }
        if case .sequence(let written)? = fields.value(key), written.isEmpty {
            fields.report(key, "no days are listed", fix: "List the days worked, e.g. [mon, tue, wed, thu, fri].")
            return nil
        }
        return days.sorted()
    }

    private func jobDemands(_ fields: MappingReader) -> [JobDemand] {
        let check = CatalogueCodeCheck(log: fields.log)
        return fields.items("job_demands", validKeys: EmploymentSectionReader.demandKeys,
                            example: "- demand: lifting").compactMap { item in
            item.require("demand", "each job demand needs a demand", fix: "Add demand:, e.g. demand: lifting.")
            guard let node = item.value("demand"), let demand = item.text("demand").map(ScalarText.trimmed),
                  check.isCodeOrText(demand, in: knownCodes?.demands, at: node, path: item.fieldPath("demand"),
                                     noun: "job demand") else { return nil }
            return JobDemand(demand: demand, detail: item.text("detail"))
        }
    }
}
