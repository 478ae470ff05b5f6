/// The client's job: who employs them, the contract the return builds back up to, and
/// what the job demands.
public struct Employment: Sendable {
    public var status: String?
    public var absenceStart: LocalDate?
    public var employer: Organisation?
    public var lineManager: Contact?
    public var hr: Contact?
    public var occupationalHealth: Contact?
    public var jobTitle: String?
    public var occupationGroup: Int?
    public var contract: Contract?
    public var jobDemands: [JobDemand]

    public init(status: String? = nil, absenceStart: LocalDate? = nil, employer: Organisation? = nil,
                lineManager: Contact? = nil, hr: Contact? = nil, occupationalHealth: Contact? = nil,
                jobTitle: String? = nil, occupationGroup: Int? = nil, contract: Contract? = nil,
                jobDemands: [JobDemand] = []) {
        self.status = status
        self.absenceStart = absenceStart
        self.employer = employer
        self.lineManager = lineManager
        self.hr = hr
        self.occupationalHealth = occupationalHealth
        self.jobTitle = jobTitle
        self.occupationGroup = occupationGroup
        self.contract = contract
        self.jobDemands = jobDemands
    }

    public static let statuses = ["at-work", "off-sick", "unemployed", "self-employed", "student",
                                  "retired", "volunteering", "not-known"]
}

public struct Organisation: Sendable, Equatable {
    public var name: String?
    public var address: String?
    public init(name: String? = nil, address: String? = nil) {
        self.name = name
        self.address = address
    }
}

/// The contracted working pattern. Office-style contracts give `days`; shift contracts
/// give `shiftHours` and `shiftsPerWeek`.
public struct Contract: Sendable, Equatable {
    public var hoursPerWeek: Double
    /// Weekdays worked; nil means the case file did not say (Monday to Friday, or any day
    /// of the week for shift work).
    public var days: [Weekday]?
    public var dayHours: Double?
    public var shiftHours: Double?
    public var shiftsPerWeek: Int?
    public var shiftDays: [Weekday]?

    public init(hoursPerWeek: Double, days: [Weekday]? = nil, dayHours: Double? = nil,
                shiftHours: Double? = nil, shiftsPerWeek: Int? = nil, shiftDays: [Weekday]? = nil) {
        self.hoursPerWeek = hoursPerWeek
        self.days = days
        self.dayHours = dayHours
        self.shiftHours = shiftHours
        self.shiftsPerWeek = shiftsPerWeek
        self.shiftDays = shiftDays
    }

    public var isShiftWork: Bool { shiftHours != nil && shiftsPerWeek != nil }

    /// The days a return may use: the shift days, the contract days, or the defaults.
    public var workingDays: [Weekday] {
        if isShiftWork { return shiftDays ?? days ?? Weekday.allCases }
        return days ?? [.mon, .tue, .wed, .thu, .fri]
    }

    /// Shifts on a rota: they can fall on more days than there are shifts, so no one day
    /// of the week is a shift the employee would otherwise have worked. A public holiday
    /// or day of leave then costs a shift only when the week cannot place it elsewhere.
    public var isRota: Bool { isShiftWork && workingDays.count > fullWeekDays }

    /// How many days (or shifts) make a full week.
    public var fullWeekDays: Int {
        if isShiftWork, let shiftsPerWeek { return shiftsPerWeek }
        return workingDays.count
    }

    /// The length of a full working day or shift.
    public var fullDayHours: Double {
        if isShiftWork, let shiftHours { return shiftHours }
        if let dayHours { return dayHours }
        return hoursPerWeek / Double(max(1, workingDays.count))
    }
}

public struct JobDemand: Sendable, Equatable {
    /// A catalogue code (`lifting`) or free text.
    public var demand: String
    public var detail: String?
    public init(demand: String, detail: String? = nil) {
        self.demand = demand
        self.detail = detail
    }
}
