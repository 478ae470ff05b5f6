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
        var blocks: [Block] = [.heading(level: 2, text: RichText(try wording.text("employer_told_heading")))]
        if told.isEmpty {
            blocks.append(.paragraph(RichText(try wording.text("employer_told_nothing"))))
        } else {
            // One sentence: a short list read at a glance, on as few lines as it needs.
            let intro = try wording.text(view.consentIsRecorded ? "employer_told_intro" : "employer_told_intro_default")
            blocks.append(.paragraph(RichText(intro + " " + told.joined(separator: "; ") + ". " + (try wording.text("employer_told_change")))))
            return [.keepTogether(blocks)]
        }
        blocks.append(.paragraph(RichText(try wording.text("employer_told_change"))))
        return [.keepTogether(blocks)]
    }
}
