/// Reads the `assessment` section: what the initial assessment found.
struct AssessmentSectionReader {
    static let keys = ["date", "barriers", "strengths", "limitations", "capacity", "fitness", "measures"]
    static let barrierKeys = ["domain", "description", "severity", "private"]
    static let limitationKeys = ["code", "detail", "severity"]
    static let capacityKeys = ["hours_per_day", "days_per_week", "lifting_kg", "sitting_minutes",
                               "standing_minutes", "walking_minutes", "can_drive"]
    static let fitnessKeys = ["status", "with", "comments"]

    let knownCodes: KnownCodes?

    func read(_ fields: MappingReader) -> Assessment {
        Assessment(date: fields.date("date"),
                   barriers: barriers(fields),
                   strengths: fields.textList("strengths", example: "- Motivated to return"),
                   limitations: limitations(fields),
                   capacity: fields.mapping("capacity", validKeys: AssessmentSectionReader.capacityKeys).map(capacity),
                   fitness: fields.mapping("fitness", validKeys: AssessmentSectionReader.fitnessKeys).flatMap(fitness),
                   measures: MeasureReader.measures(fields))
    }

    static func severity(_ fields: MappingReader) -> Severity? {
        fields.choice("severity", among: ChoiceWords.severities, noun: "severity")
            .flatMap(Severity.init(rawValue:))
    }

    private func barriers(_ fields: MappingReader) -> [Barrier] {
        fields.items("barriers", validKeys: AssessmentSectionReader.barrierKeys,
                     example: "- domain: physical").compactMap { item in
            item.require("domain", "each barrier needs a domain",
                         fix: "Add domain:, one of \(Barrier.domains.joined(separator: ", ")).")
            let description = item.text("description")
            let severity = AssessmentSectionReader.severity(item)
            let isPrivate = item.bool("private") ?? false
            return item.choice("domain", among: Barrier.domains, noun: "barrier domain").map {
                Barrier(domain: $0, description: description, severity: severity, isPrivate: isPrivate)
            }
        }
    }

    private func limitations(_ fields: MappingReader) -> [Limitation] {
        let check = CatalogueCodeCheck(log: fields.log)
        return fields.items("limitations", validKeys: AssessmentSectionReader.limitationKeys,
                            example: "- code: fatigue").compactMap { item in
            item.require("code", "each limitation needs a code from the catalogue", fix: "Add code:, e.g. code: fatigue.")
            let detail = item.text("detail")
            let severity = AssessmentSectionReader.severity(item)
            guard let node = item.value("code"), let code = item.text("code").map(ScalarText.trimmed),
                  check.isKnown(code, in: knownCodes?.limitations, at: node, path: item.fieldPath("code"),
                                noun: "limitation code", elsewhere: "Describe anything else in detail.") else { return nil }
            return Limitation(code: code, detail: detail, severity: severity)
        }
    }

    private func capacity(_ fields: MappingReader) -> Capacity {
        let minutes = "a number of minutes such as 30"
        let dayOfMinutes = NumberRule.within(0...1440, "minutes in a day")
        return Capacity(
            hoursPerDay: fields.number("hours_per_day", expected: "a number of hours such as 4",
                                       rule: .within(0...24, "hours in a day")),
            daysPerWeek: fields.integer("days_per_week", expected: "a number of days such as 3",
                                        rule: .within(0...7, "days in a week")),
            liftingKg: fields.number("lifting_kg", expected: "a weight in kilograms such as 5", rule: .within(0...500, "kilograms a person can lift")),
            sittingMinutes: fields.integer("sitting_minutes", expected: minutes, rule: dayOfMinutes),
            standingMinutes: fields.integer("standing_minutes", expected: minutes, rule: dayOfMinutes),
            walkingMinutes: fields.integer("walking_minutes", expected: minutes, rule: dayOfMinutes),
            canDrive: fields.bool("can_drive"))
    }

    /// The fit-note recommendation; the options in `with` only belong to `may-be-fit`.
    private func fitness(_ fields: MappingReader) -> Fitness? {
        fields.require("status", "the fitness recommendation needs a status",
                       fix: "Add status:, one of fit, may-be-fit or not-fit.")
        let status = fields.choice("status", among: ChoiceWords.fitnessStatuses, noun: "fitness status")
            .flatMap(Fitness.Status.init(rawValue:))
        let options = fields.choiceList("with", among: ChoiceWords.fitnessOptions,
                                        noun: "fit-note option", example: "[phased-return, altered-hours]") ?? []
        if let status, status != .mayBeFit, !options.isEmpty {
            fields.report("with", "these options apply only when status is may-be-fit",
                          fix: "Remove with:, or set status: may-be-fit.")
        }
        guard let status else { return nil }
        return Fitness(status: status, with: options.compactMap(Fitness.Option.init(rawValue:)),
                       comments: fields.text("comments"))
    }
}
