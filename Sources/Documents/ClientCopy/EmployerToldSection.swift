import PlanBuilder
import ReportKit

/// What the employer's documents carry, in the client's words: a client whose diagnosis
/// went to the employer while their hours did not should read that in their own copy, not
/// work it out from what the copy leaves unsaid. Built from the same consent the employer
/// documents follow (`EmployerViewAllowing`), in the order of the format's list.
extension ClientCopyDocument {
    func employerTold() throws(DocumentError) -> [Block] {
        let told = ShareableItem.allCases.filter { view.employerIsTold.contains($0) }
            .map { wording.lookup("employer_told_item", $0.rawValue) }
            + (view.employerIsToldDiagnosis ? [try wording.text("employer_told_diagnosis")] : [])
        // One short paragraph: what is told, read at a glance, then how to change it.
        let what = told.isEmpty ? try wording.text("employer_told_nothing")
            : (try wording.text(view.consentIsRecorded ? "employer_told_intro" : "employer_told_intro_default"))
                + " " + told.joined(separator: "; ") + "."
        return [.keepTogether([.heading(level: 2, text: RichText(try wording.text("employer_told_heading"))),
                               .paragraph(RichText(what + " " + (try wording.text("employer_told_change"))))])]
    }
}
