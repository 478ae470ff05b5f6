import PlanBuilder
import ReportKit

/// The line an employer document prints where consent keeps something back, so the
/// reader knows a part is missing on purpose instead of wondering whether it was
/// forgotten. Which parts are withheld is decided by `EmployerView`, never here.
struct WithheldNotice {
    let wording: Wording
    /// The employee as the document names them, so the notice says who chose.
    let name: String

    func block(_ item: ShareableItem) throws(DocumentError) -> Block {
        .paragraph(.italic(try wording.text("not_shared", ["what": wording.lookup("withheld", item.rawValue), "name": name])), style: .note)
    }
}
