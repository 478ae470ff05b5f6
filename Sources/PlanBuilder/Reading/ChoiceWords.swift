/// The words of the fixed sets that fields choose from, worked out once rather than for
/// every field read.
enum ChoiceWords {
    static let severities = Severity.allCases.map(\.rawValue)
    static let fitnessStatuses = Fitness.Status.allCases.map(\.rawValue)
    static let fitnessOptions = Fitness.Option.allCases.map(\.rawValue)
    static let shareableItems = ShareableItem.allCases.map(\.rawValue)
    static let weekdays = Weekday.allCases.map(\.rawValue)
    static let strategies = PlanSpec.Strategy.allCases.map(\.rawValue)
    static let holidayRegions = HolidayRegion.allCases.map(\.rawValue)
    static let payPolicies = PayPolicy.Policy.allCases.map(\.rawValue)
    static let goalHorizons = Goal.Horizon.allCases.map(\.rawValue)
    static let responsibleRoles = Set(Adjustment.responsibleRoles)
}
