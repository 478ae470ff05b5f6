import PlanBuilder
import ReportKit

/// Where a document's own sign-off goes when it is one half of a bilingual document:
/// a report is signed once, at the end of the second half, with every label in both
/// languages, and the first half says where (`BilingualDocument` does the same for
/// the plan's signing block).
enum SigningPlace {
    /// A document on its own: signed where it ends.
    case here
    /// The first half: the sign-off is replaced by this sentence.
    case elsewhere(RichText)
    /// The second half: this sentence, then the sign-off with the first half's labels
    /// before its own ("Llofnod / Signature").
    case hereInBoth(RichText, firstLanguage: Wording)

    /// A label in the languages this place signs in, the first language's words tagged
    /// with their language.
    func label(_ key: String, _ wording: Wording) throws(DocumentError) -> RichText {
        let own = try wording.text(key)
        guard case .hereInBoth(_, let first) = self else { return RichText(own) }
        return BilingualDocument.both(RichText(try first.text(key)), in: first.language, RichText(own))
    }

    /// The date of issue as this place writes it: "4 Rhagfyr 2026 / 4 December 2026" when
    /// signed in both languages.
    func date(_ date: LocalDate, _ dates: DateWords) -> RichText {
        let own = dates.long(date)
        guard case .hereInBoth(_, let first) = self else { return RichText(own) }
        return BilingualDocument.both(RichText(DateWords(wording: first).long(date)), in: first.language, RichText(own))
    }
}
