import PlanBuilder

/// Keeps out of the employer's view every piece of free text that reads as health
/// information when the client has not agreed to disclose their diagnosis, and records
/// which fields were left out so the case manager can be told to reword them.
///
/// Consent decides which parts the employer may see at all (`EmployerView`); this is
/// asked about each piece of free text inside an allowed part. A field is named by its
/// path in the case file (`plan.duties[1].duty`), never by the words that triggered it,
/// so the warning itself does not repeat the health information.
struct EmployerTextScreening {
    /// Nil when the client agreed to disclose their diagnosis: nothing is screened.
    let screen: HealthTextScreen?
    /// Paths of the fields left out, wholly or in part, in the order they were asked about.
    private(set) var withheld: [String] = []
    /// The opening kept of each field left out only in part, by path.
    private(set) var kept: [String: String] = [:]

    /// The text when it may go to the employer; otherwise nil, and `path` is recorded.
    mutating func allow(_ text: String?, _ path: String) -> String? {
        guard let text else { return nil }
        guard let screen, screen.flags(text) else { return text }
        withheld.append(path)
        return nil
    }

    /// Like `allow`, but a text whose health information is only in its reason keeps its
    /// clean opening (`HealthTextScreen.cleanOpening`): for instructions (an adjustment's
    /// detail, a review note), where what to do matters to the employer and why may not.
    mutating func allowOpening(_ text: String?, _ path: String) -> String? {
        guard let text else { return nil }
        guard let screen, screen.flags(text) else { return text }
        withheld.append(path)
        guard let opening = screen.cleanOpening(of: text) else { return nil }
        kept[path] = opening
        return opening
    }
}
