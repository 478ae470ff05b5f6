/// Reads `adjustments`: each names a catalogue entry by `code`, or describes something
/// else in its own `title`.
struct AdjustmentListReader {
    static let keys = ["code", "title", "detail", "category", "responsible", "from", "review", "permanent"]

    let knownCodes: KnownCodes?

    func read(_ top: MappingReader) -> [Adjustment] {
        let check = CatalogueCodeCheck(log: top.log)
        return top.items("adjustments", validKeys: AdjustmentListReader.keys,
                         example: "- code: rest-breaks").compactMap { item in
            if !item.has("code"), !item.has("title") {
                item.log.report(item.fieldPath("code"), at: item.anchor,
                                "missing: an adjustment needs a code from the catalogue or a title",
                                fix: "Add code:, e.g. code: rest-breaks, or title: with your own wording.")
            }
            var code = item.text("code").map(ScalarText.trimmed)
            if let written = code, let node = item.value("code"),
               !check.isKnown(written, in: knownCodes?.adjustments, at: node, path: item.fieldPath("code"),
                              noun: "adjustment code", elsewhere: "For anything else, write title: instead of code:.") {
                code = nil
            }
            let responsible = item.text("responsible").map(ScalarText.trimmed)
            if let responsible, let node = item.value("responsible") {
                _ = check.isCodeOrText(responsible, in: ChoiceWords.responsibleRoles, at: node,
                                       path: item.fieldPath("responsible"), noun: "role")
            }
            let span = reviewSpan(item)
            let adjustment = Adjustment(
                code: code, title: item.text("title"), detail: item.text("detail"),
                category: item.choice("category", among: Adjustment.categories, noun: "adjustment category"),
                responsible: responsible, from: span.from, review: span.review,
                permanent: item.bool("permanent") ?? false)
            return adjustment.code == nil && adjustment.title == nil ? nil : adjustment
        }
    }

    /// The date the adjustment starts and the date it is reviewed, which cannot be earlier.
    private func reviewSpan(_ item: MappingReader) -> (from: LocalDate?, review: LocalDate?) {
        let from = item.date("from"), review = item.date("review")
        if let from, let review, review < from {
            item.report("review", "the review (\(review)) is before the adjustment starts (\(from))",
                        fix: "Check the dates: review must be on or after from.")
        }
        return (from, review)
    }
}
