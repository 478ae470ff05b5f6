/// The confidential `health` section. Nothing here reaches an employer's document unless
/// the client has consented to disclose their diagnosis.
public struct Health: Sendable {
    public var conditions: [Condition]
    public var treatment: [Treatment]
    public var appointments: [Appointment]
    public var medicationEffects: String?

    public init(conditions: [Condition] = [], treatment: [Treatment] = [],
                appointments: [Appointment] = [], medicationEffects: String? = nil) {
        self.conditions = conditions
        self.treatment = treatment
        self.appointments = appointments
        self.medicationEffects = medicationEffects
    }
}

public struct Condition: Sendable {
    public var name: String
    public var since: PartialDate?
    public init(name: String, since: PartialDate? = nil) {
        self.name = name
        self.since = since
    }
}

public struct Treatment: Sendable {
    public var name: String
    public var from: LocalDate?
    public var until: LocalDate?
    public var note: String?
    public init(name: String, from: LocalDate? = nil, until: LocalDate? = nil, note: String? = nil) {
        self.name = name
        self.from = from
        self.until = until
        self.note = note
    }
}

/// A day the client cannot work because of a health appointment.
public struct Appointment: Sendable {
    public var date: LocalDate
    public var time: TimeOfDay?
    public var what: String?
    public init(date: LocalDate, time: TimeOfDay? = nil, what: String? = nil) {
        self.date = date
        self.time = time
        self.what = what
    }
}
