import Yams

/// Checks catalogue codes (limitations, job demands, adjustments) against the codes the
/// project's catalogue knows, when the reader was given them.
///
/// A mistyped code would otherwise be printed as it stands and lose the catalogue's plain-
/// language wording, so an unknown code is an error that names the nearest known ones.
struct CatalogueCodeCheck {
    let log: IssueLog

    /// Whether `code` is known; reports it otherwise. Always true without a catalogue.
    func isKnown(_ code: String, in known: Set<String>?, at node: Node, path: String,
                 noun: String, elsewhere: String) -> Bool {
        guard let known, !known.contains(code) else { return true }
        log.report(path, at: node, "\(ScalarText.shown(code)) is not a known \(noun)",
                   fix: CatalogueCodeCheck.fix(code, known: known, noun: noun, elsewhere: elsewhere))
        return false
    }

    /// For fields that take a code or free text (a job demand, who is responsible): free
    /// text is accepted, but a single code-like word close to a code is taken for a typing
    /// slip (`prolonged-sittin`) and reported.
    func isCodeOrText(_ value: String, in known: Set<String>?, at node: Node, path: String, noun: String) -> Bool {
        guard let known, !known.contains(value), CatalogueCodeCheck.looksLikeCode(value) else { return true }
        let close = Suggestions.nearest(to: value, among: known.sorted())
        guard !close.isEmpty else { return true }
        log.report(path, at: node, "\(ScalarText.shown(value)) is not a known \(noun)",
                   fix: "Did you mean \(Suggestions.orList(close))? Free text is also accepted, written as words.")
        return false
    }

    /// One lower-case word, possibly joined with hyphens, as catalogue codes are written.
    static func looksLikeCode(_ value: String) -> Bool {
        !value.isEmpty && value.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }

    static func fix(_ code: String, known: Set<String>, noun: String, elsewhere: String) -> String {
        let sorted = known.sorted()
        let close = Suggestions.nearest(to: code, among: sorted)
        let start = close.isEmpty ? "Use one of: \(sorted.joined(separator: ", "))."
            : "Did you mean \(Suggestions.orList(close))?"
        return start + " " + elsewhere
    }
}
