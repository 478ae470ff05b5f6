import PlanBuilder

/// The case's own words that the documents quote as written (duties, adjustments, goals,
/// limitations, barriers, strengths, review notes, the fitness comments), checked against
/// the documents' language. A Welsh plan that quotes "Start at 10:00" is not the Welsh
/// document the client asked for, and nothing else would tell the case manager.
///
/// A text reads as English when it has at least two everyday English words and more of
/// them than everyday words of the documents' language; both lists are wording
/// (`everyday_words` in each language's `common.yaml`). Short texts ("Night shifts") say
/// too little to judge and are left alone, so the check warns rather than guesses.
struct CaseTextLanguageCheck {
    /// The `client.language` as written, for the message.
    let language: String
    let ownWords: Set<String>
    let englishWords: Set<String>

    /// One warning naming every quoted text that reads as English, on `client.language`.
    func warnings(for caseFile: CaseFile) -> [CaseWarning] {
        let english = Self.quotedTexts(caseFile).filter { readsAsEnglish($0.text) }.map(\.path)
        guard !english.isEmpty else { return [] }
        let named = english.count <= 3 ? english.joined(separator: ", ")
            : english.prefix(3).joined(separator: ", ") + " and \(english.count - 3) more"
        let count = english.count == 1 ? "a text" : "\(english.count) texts"
        return [CaseWarning(field: "client.language",
                            problem: "the documents are in \(language), but \(count) they quote word for word read as English (\(named)); they are printed as written",
                            fix: "Write them in the client's language, or set client.language to en-GB if the client chose English.")]
    }

    func readsAsEnglish(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init)
        let english = words.filter { englishWords.contains($0) }.count
        let own = words.filter { ownWords.contains($0) }.count
        return english >= 2 && english > own
    }

    /// Every free text a document may quote, with its path in the case file.
    static func quotedTexts(_ caseFile: CaseFile) -> [(path: String, text: String)] {
        var texts: [(String, String?)] = []
        for (index, change) in (caseFile.plan?.duties ?? []).enumerated() { texts.append(("plan.duties[\(index)].duty", change.duty)) }
        for (index, adjustment) in caseFile.adjustments.enumerated() {
            texts += [("adjustments[\(index)].title", adjustment.title), ("adjustments[\(index)].detail", adjustment.detail)]
        }
        for (index, goal) in caseFile.goals.enumerated() { texts.append(("goals[\(index)].text", goal.text)) }
        if let assessment = caseFile.assessment {
            for (index, limitation) in assessment.limitations.enumerated() { texts.append(("assessment.limitations[\(index)].detail", limitation.detail)) }
            for (index, barrier) in assessment.barriers.enumerated() { texts.append(("assessment.barriers[\(index)].description", barrier.description)) }
            for (index, strength) in assessment.strengths.enumerated() { texts.append(("assessment.strengths[\(index)]", strength)) }
            texts.append(("assessment.fitness.comments", assessment.fitness?.comments))
        }
        for (index, review) in caseFile.reviews.enumerated() { texts.append(("reviews[\(index)].note", review.note)) }
        return texts.compactMap { path, text in text.map { (path, $0) } }
    }
}
