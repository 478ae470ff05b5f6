import PlanBuilder

/// The nation whose services a document points to: help at work, advice, health lines,
/// charities, and the name of the fit note. Chosen from the plan's holidays (the nation
/// the employer works in), or `client.nation` when the holidays do not say.
///
/// England and Wales share holidays but not services: a client in Wales (`client.nation:
/// wales`, or documents in Welsh) is sent to NHS 111 Wales and Citizens Advice Cymru in
/// either language, falling back to the England and Wales wording where Wales has none.
enum Nation: String {
    case englandAndWales = "england-and-wales"
    case wales
    case scotland
    case northernIreland = "northern-ireland"
    case ireland

    init(caseFile: CaseFile) {
        let welsh = caseFile.client.nation == "wales" || caseFile.client.language.lowercased().hasPrefix("cy")
        switch caseFile.plan?.holidays {
        case .englandAndWales?: self = welsh ? .wales : .englandAndWales
        case .scotland?: self = .scotland
        case .northernIreland?: self = .northernIreland
        case .ireland?: self = .ireland
        case .none?, nil:
            switch caseFile.client.nation {
            case "scotland"?: self = .scotland
            case "northern-ireland"?: self = .northernIreland
            case "ireland"?: self = .ireland
            default: self = welsh ? .wales : .englandAndWales
            }
        }
    }

    /// The nation's own version of a wording key (`help_entries@scotland`; for Wales,
    /// `@wales` then `@england-and-wales`), or the key itself when the wording has none.
    func key(_ key: String, in wording: Wording) -> String {
        let nations = self == .wales ? [rawValue, Nation.englandAndWales.rawValue] : [rawValue]
        return nations.map { "\(key)@\($0)" }.first { wording.has($0) } ?? key
    }
}
