/// Reads the confidential `health` section: conditions, treatment, appointments (days the
/// client cannot work) and the effects of medication.
struct HealthSectionReader {
    static let keys = ["conditions", "treatment", "appointments", "medication_effects"]
    static let conditionKeys = ["name", "since"]
    static let treatmentKeys = ["name", "from", "until", "note"]
    static let appointmentKeys = ["date", "time", "what"]

    func read(_ fields: MappingReader) -> Health {
        Health(conditions: conditions(fields), treatment: treatment(fields),
               appointments: appointments(fields), medicationEffects: fields.text("medication_effects"))
    }

    private func conditions(_ fields: MappingReader) -> [Condition] {
        fields.items("conditions", validKeys: HealthSectionReader.conditionKeys,
                     example: "- name: Low back pain").compactMap { item in
            item.require("name", "each condition needs a name", fix: "Add name:, e.g. name: Low back pain.")
            let since = item.partialDate("since")
            return item.text("name").map { Condition(name: $0, since: since) }
        }
    }

    private func treatment(_ fields: MappingReader) -> [Treatment] {
        fields.items("treatment", validKeys: HealthSectionReader.treatmentKeys,
                     example: "- name: Physiotherapy").compactMap { item in
            item.require("name", "each treatment needs a name", fix: "Add name:, e.g. name: Physiotherapy.")
            let span = DateSpan.read(item)
            let note = item.text("note")
            return item.text("name").map { Treatment(name: $0, from: span.from, until: span.until, note: note) }
        }
    }

    private func appointments(_ fields: MappingReader) -> [Appointment] {
        fields.items("appointments", validKeys: HealthSectionReader.appointmentKeys,
                     example: "- date: 2026-03-04").compactMap { item in
            item.require("date", "each appointment needs the date the client is not available",
                         fix: "Add date:, e.g. date: 2026-03-04.")
            let time = item.time("time")
            let what = item.text("what")
            return item.date("date").map { Appointment(date: $0, time: time, what: what) }
        }
    }
}

/// A `from` / `until` pair of dates, checked to run forwards.
enum DateSpan {
    static func read(_ fields: MappingReader) -> (from: LocalDate?, until: LocalDate?) {
        let from = fields.date("from"), until = fields.date("until")
        if let from, let until, until < from {
            fields.report("until", "\(until) is before the start date \(from)",
                          fix: "Check the dates: until must be on or after from.")
            return (from, nil)
        }
        return (from, until)
    }
}
