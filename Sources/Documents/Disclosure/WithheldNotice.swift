import PlanBuilder
import ReportKit

/// The line an employer document prints where consent keeps something back, so the
/// reader knows a part is missing on purpose instead of wondering whether it was
/// forgotten. Which parts are withheld is decided by `EmployerView`, never here.
struct WithheldNotice {
    let wording: Wording
    /// The employee as the document names them, so the notice says who chose.
    let name: String
    /// Whether the case records the employee's consent at all: without it the notice
    /// says nothing was recorded, not that they refused.
    let consentRecorded: Bool

    func block(_ item: ShareableItem) throws(DocumentError) -> Block {
        try block(what: wording.lookup("withheld", item.rawValue))
    }

    /// The schedule's points on what the assessment found the employee could manage, kept
    /// back with the functional effects: named as points, beside the points that are shown.
    func capacityPointsBlock() throws(DocumentError) -> Block {
        try block(what: try wording.text("withheld_capacity_points", ["name": name]))
    }

    private func block(what: String) throws(DocumentError) -> Block {
        let key = consentRecorded ? "not_shared" : "not_shared_no_consent"
        return .paragraph(.italic(try wording.text(key, ["what": what, "name": name])), style: .note)
    }
}
