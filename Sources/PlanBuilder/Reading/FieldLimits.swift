import Yams

/// How long each kind of text in a case file may be.
///
/// A name or a reference is printed in headers, titles and tables on every page, and a
/// reference becomes part of a file name; free text (notes, details, goals) is set as
/// paragraphs. The limits are far above anything a case manager writes, and keep the
/// work of drawing a document in proportion to a real case: a pasted file or a runaway
/// export is refused when the file is read, naming the field, instead of producing a
/// thousand-page PDF or exceeding what a file name can hold.
public enum FieldLimits {
    /// `case.reference`: printed on every page and part of every file name.
    public static let reference = 100
    /// UTF-8 bytes of `case.reference`, so that `<reference>-employer-report.pdf` and its
    /// temporary name fit in the 255 bytes a file name may have on every common disk.
    public static let referenceBytes = 150
    /// Names, roles, phone numbers, titles, codes: one line of a table or heading.
    public static let name = 300
    /// Addresses and file paths.
    public static let address = 1_000
    /// Free text: notes, details, descriptions, goals, duties.
    public static let freeText = 20_000

    /// Fields held to `name`; any other text is `freeText`, except those listed below.
    static let nameKeys: Set<String> = ["name", "preferred_name", "pronouns", "phone", "email", "role", "job_title",
                                        "language", "code", "demand", "type", "provider", "responsible", "title",
                                        "what"]
    static let addressKeys: Set<String> = ["address", "logo"]

    /// The limit for a field path such as `client.name` or `assessment.strengths[3]`.
    static func limit(forPath path: String) -> Int {
        var key = Substring(path)
        if let dot = key.lastIndex(of: ".") { key = key[key.index(after: dot)...] }
        if let bracket = key.firstIndex(of: "[") { key = key[..<bracket] }
        if path == "case.reference" { return reference }
        if nameKeys.contains(String(key)) { return name }
        if addressKeys.contains(String(key)) { return address }
        return freeText
    }

    /// The text when it is within its field's limit; otherwise reports it and returns nil.
    /// Most text is far shorter than the smallest limit, so the path is only worked out
    /// for text of more than `reference` bytes.
    static func checked(_ text: String, path: () -> String, at location: SourceLocation?, log: IssueLog) -> String? {
        let bytes = text.utf8.count
        guard bytes > reference else { return text }
        let field = path()
        let limit = limit(forPath: field)
        let characters = bytes <= limit ? bytes : text.count
        if characters > limit {
            log.report(field, at: location, "the text is \(characters) characters long, more than the \(limit) this field may hold",
                       fix: limit >= freeText
                           ? "Shorten it; keep long notes in the case-management system and summarise them here."
                           : "Shorten it to at most \(limit) characters.")
            return nil
        }
        return text
    }

    /// A reference becomes part of every file name (`ReferenceFileName`); one whose part
    /// would exceed `referenceBytes` could not be written, so it is refused when read.
    static func referenceFitsFileName(_ reference: String, at location: SourceLocation?, log: IssueLog) -> Bool {
        let bytes = ReferenceFileName.stem(reference).utf8.count
        guard bytes > referenceBytes else { return true }
        log.report("case.reference", at: location, "the reference is too long to be part of a file name "
                       + "(\(bytes) bytes in the file name, more than \(referenceBytes))",
                   fix: "Use a shorter reference, e.g. VR-2026-0147; letters, digits, - and _ take the least room.")
        return false
    }
}
