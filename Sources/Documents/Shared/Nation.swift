import PlanBuilder

/// The nation whose services a document points to: help at work, advice, health lines,
/// charities, and the name of the fit note. Chosen from the plan's holidays (the nation
/// the employer works in), or `client.nation` when the holidays do not say.
enum Nation: String {
    case englandAndWales = "england-and-wales"
    case scotland
    case northernIreland = "northern-ireland"
    case ireland

    init(caseFile: CaseFile) {
        switch caseFile.plan?.holidays {
        case .englandAndWales?: self = .englandAndWales
        case .scotland?: self = .scotland
        case .northernIreland?: self = .northernIreland
        case .ireland?: self = .ireland
        case .none?, nil:
            switch caseFile.client.nation {
            case "scotland"?: self = .scotland
            case "northern-ireland"?: self = .northernIreland
            case "ireland"?: self = .ireland
            default: self = .englandAndWales
            }
        }
    }

    /// The nation's own version of a wording key (`help_entries@scotland`), or the key
    /// itself when the wording has no version for this nation.
    func key(_ key: String, in wording: Wording) -> String {
        let specific = "\(key)@\(rawValue)"
        return wording.has(specific) ? specific : key
    }
}
