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
    /// Paths of the fields left out, in the order they were asked about.
    private(set) var withheld: [String] = []

    /// The text when it may go to the employer; otherwise nil, and `path` is recorded.
    mutating func allow(_ text: String?, _ path: String) -> String? {
        guard let text else { return nil }
        guard let screen, screen.flags(text) else { return text }
        withheld.append(path)
        return nil
    }
}
