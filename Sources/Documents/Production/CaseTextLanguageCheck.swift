import PlanBuilder

/// The case's own words that the documents quote as written (duties, adjustments, goals,
/// limitations, barriers, strengths, review notes, the fitness comments), checked against
/// the documents' language. A Welsh plan that quotes "Start at 10:00" is not the Welsh
/// document the client asked for, and nothing else would tell the case manager.
///
/// A text reads as English when it has more everyday English words than everyday words of
/// the documents' language and at least two of them, or any of them and none of the
/// other language's ("Night shifts", "Start at 10:00"). Words in both lists ("a", "i")
/// count for neither. Both lists are wording (`everyday_words` in each language's
/// `common.yaml`). A text with no everyday word of either ("Physiotherapy") cannot be
/// judged and is left alone, so the check warns rather than guesses.
struct CaseTextLanguageCheck {
    /// The `client.language` as written, for the message.
    let language: String
    let ownWords: Set<String>
    let englishWords: Set<String>

    /// The most fields a warning names before it counts the rest.
    static let fieldsNamed = 12

    /// One warning naming every quoted text that reads as English, on `client.language`.
    func warnings(for caseFile: CaseFile) -> [CaseWarning] {
        let english = Self.quotedTexts(caseFile).filter { readsAsEnglish($0.text) }.map(\.path)
        guard !english.isEmpty else { return [] }
        let limit = Self.fieldsNamed
        let named = english.count <= limit ? english.joined(separator: ", ")
            : english.prefix(limit).joined(separator: ", ") + " and \(english.count - limit) more"
        let count = english.count == 1 ? "a text" : "\(english.count) texts"
        return [CaseWarning(field: "client.language",
                            problem: "the documents are in \(language), but \(count) they quote word for word read as English (\(named)); they are printed as written",
                            fix: "Write them in the client's language, or set client.language to en-GB if the client chose English.")]
    }

    func readsAsEnglish(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init)
        let english = words.filter { englishWords.contains($0) && !ownWords.contains($0) }.count
        let own = words.filter { ownWords.contains($0) && !englishWords.contains($0) }.count
        return (english >= 2 && english > own) || (english >= 1 && own == 0)
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
        if let health = caseFile.health {
            for (index, condition) in health.conditions.enumerated() { texts.append(("health.conditions[\(index)].name", condition.name)) }
            for (index, treatment) in health.treatment.enumerated() {
                texts += [("health.treatment[\(index)].name", treatment.name), ("health.treatment[\(index)].note", treatment.note)]
            }
            for (index, appointment) in health.appointments.enumerated() { texts.append(("health.appointments[\(index)].what", appointment.what)) }
            texts.append(("health.medication_effects", health.medicationEffects))
        }
        return texts.compactMap { path, text in text.map { (path, $0) } }
    }
}
