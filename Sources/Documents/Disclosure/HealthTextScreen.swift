import Foundation
import PlanBuilder

/// Finds free text meant for the employer that carries health information, such as an
/// adjustment's detail "while morning medication causes drowsiness" or a duty "Filing
/// while arthritis affects grip". Consent to share adjustments or duties is not consent
/// to share a diagnosis.
///
/// Terms match whole words, case-insensitively (`hiv` in "HIV clinic", not in
/// "archive"); a term ending in `*` matches the start of a word (`epilep*` finds
/// "epileptic"); a term of several words matches them in sequence. The client's own
/// health section adds its condition, treatment and appointment names as phrases, their
/// distinctive words, and short capitalised abbreviations (`MS`, `IBS`) matched as written.
public struct HealthTextScreen: Sendable {
    /// The shared terms' index (built once, with the list) plus this case's own terms.
    private let index: HealthTermIndex
    /// Abbreviations from the client's own health section, matched with their capitals.
    private let abbreviations: Set<String>
    /// Where a text may be cut before its reason (`HealthTerms.reasonWords`).
    private let reasonWords: [String]

    /// The shared terms plus the significant words of the case's own health section.
    public init(terms shared: HealthTerms, health: Health?) {
        var own: [String] = []
        var abbreviations: Set<String> = []
        if let health {
            let names = health.conditions.map(\.name) + health.treatment.map(\.name) + health.appointments.compactMap(\.what)
            for name in names {
                let written = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                let short = written.filter { (2...4).contains($0.count) && $0.allSatisfy({ $0.isUppercase || $0.isNumber })
                    && $0.contains(where: \.isLetter) }
                abbreviations.formUnion(short.map(String.init))
                let tokens = HealthTextScreen.tokens(name)
                // The whole name as a phrase, unless it is only an abbreviation (`MS` must
                // not match "30 ms") or a single everyday word.
                if tokens.count > 1 || (tokens.count == 1 && short.isEmpty && tokens[0].count >= 3
                                        && !shared.ignored.contains(tokens[0])) {
                    own.append(tokens.joined(separator: " "))
                }
                own += tokens.filter { $0.count >= 5 && !shared.ignored.contains($0) && !$0.allSatisfy(\.isNumber) }
            }
            if let effects = health.medicationEffects {
                own += HealthTextScreen.tokens(effects).filter { $0.count >= 6 && !shared.ignored.contains($0) }
            }
        }
        self.index = shared.index.adding(own)
        self.abbreviations = abbreviations
        self.reasonWords = shared.reasonWords
    }

    /// The longest opening of a flagged text that carries no health term and ends where a
    /// reason begins ("Start at 10:00" of "Start at 10:00 while morning medication causes
    /// drowsiness"), so the employer still learns what to do; nil when there is none. The
    /// opening is screened like any text, so nothing it keeps could have been flagged.
    ///
    /// Cuts fall between words, so a longer opening holds every term a shorter one does:
    /// the clean openings are the first few, and a binary search finds the last of them
    /// with a logarithmic number of screenings (a long text cut at every "while" would
    /// otherwise be screened once per cut, its cost growing with the square of its length).
    public func cleanOpening(of text: String) -> String? {
        let cuts = ReasonCuts(reasonWords: reasonWords).positions(in: text)
        func opening(_ index: Int) -> String { ReasonCuts.opening(text[..<cuts[index]]) }
        var clean = 0, flagged = cuts.count
        while clean < flagged {
            let middle = (clean + flagged) / 2
            if flags(opening(middle)) { flagged = middle } else { clean = middle + 1 }
        }
        // The first `clean` cuts give clean openings; the longest is kept if it has words
        // (a shorter one, its beginning, has none either when it has none).
        guard clean > 0 else { return nil }
        let kept = opening(clean - 1)
        guard kept.contains(where: \.isLetter) else { return nil }
        return kept.last.map { ".!?".contains($0) } == true ? kept : kept + "."
    }

    /// True when the text carries a health term and so may not reach the employer.
    public func flags(_ text: String) -> Bool {
        !terms(in: text).isEmpty
    }

    /// The health terms a text contains, empty when it is clean. For tests and for the
    /// case manager's own use; warnings name the field, never the term. Each word of the
    /// text is looked up, not each term searched for, so the time grows with the text only.
    public func terms(in text: String) -> [String] {
        let tokens = HealthTextScreen.tokens(text)
        var found: Set<String> = []
        for (position, token) in tokens.enumerated() {
            if index.words.contains(token) { found.insert(token) }
            if token.count >= HealthTermIndex.prefixKeyLength,
               let candidates = index.prefixes[String(token.prefix(HealthTermIndex.prefixKeyLength))] {
                for prefix in candidates where token.hasPrefix(prefix) { found.insert(prefix + "*") }
            }
            guard let candidates = index.phrases[token] else { continue }
            for phrase in candidates where position + phrase.words.count <= tokens.count {
                let last = phrase.words.count - 1
                let matches = (1...last).allSatisfy { offset in
                    let word = tokens[position + offset]
                    return offset == last && phrase.lastIsPrefix ? word.hasPrefix(phrase.words[offset]) : word == phrase.words[offset]
                }
                if matches { found.insert(phrase.words.joined(separator: " ") + (phrase.lastIsPrefix ? "*" : "")) }
            }
        }
        if !abbreviations.isEmpty {
            for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where abbreviations.contains(String(word)) {
                found.insert(String(word))
            }
        }
        return found.sorted()
    }

    /// Lower-case words of letters and digits; apostrophes and hyphens separate words, so
    /// "flare-up" is "flare up" and "Crohn's" is "crohn s".
    ///
    /// Most text is ASCII, and for ASCII the rule is a byte rule (letters A–Z, a–z,
    /// digits 0–9), read without Unicode's character breaking; any other text takes the
    /// Unicode path. Screening depends on both giving the same words, which
    /// `HealthTokensTests` checks on the examples, the templates and generated text.
    static func tokens(_ text: String) -> [String] {
        asciiTokens(text) ?? unicodeTokens(text)
    }

    static func unicodeTokens(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The words of an ASCII text; nil for any other text (or one not stored contiguously).
    static func asciiTokens(_ text: String) -> [String]? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var tokens: [String] = []
            var word: [UInt8] = []
            for byte in bytes {
                switch byte {
                case 0x41...0x5A: word.append(byte | 0x20)
                case 0x61...0x7A, 0x30...0x39: word.append(byte)
                case 0x80...: return nil
                default:
                    guard !word.isEmpty else { continue }
                    tokens.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { tokens.append(String(decoding: word, as: UTF8.self)) }
            return tokens
        }
        return result ?? nil
    }
}

/// The words of `templates/disclosure/health-terms.yaml`: terms that mark free text as
/// health information, and everyday words never to treat as such.
public struct HealthTerms: Sendable {
    public let terms: [String]
    public let ignored: Set<String>
    /// Words that open a reason or condition ("while", "because", "due to"): free text
    /// whose health information sits only after one of them keeps its opening words.
    public let reasonWords: [String]
    /// The terms indexed for lookup, once, when the list is read: every document of
    /// every case screens against it.
    let index: HealthTermIndex

    public init(terms: [String], ignored: Set<String>, reasonWords: [String] = []) {
        self.terms = terms
        self.ignored = ignored
        self.reasonWords = reasonWords
        self.index = HealthTermIndex().adding(terms)
    }

    /// Fails closed: without the list, health words in employer documents would go
    /// unscreened, so a missing, unreadable or empty list stops the run.
    ///
    /// The list comes from its snapshot in `snapshots` when it was read before
    /// (`TemplateSnapshot`; nil: always read the YAML).
    public static func load(templatesDirectory: String,
                            snapshots: String? = TemplateSnapshot.defaultFolder) throws(DocumentError) -> HealthTerms {
        let path = templatesDirectory + "/disclosure/health-terms.yaml"
        return try TemplateSnapshot.value(of: path, format: snapshotFormat, folder: snapshots) { () throws(DocumentError) in
            try read(path: path)
        }
    }

    static let snapshotFormat = TemplateSnapshot.Format<HealthTerms>(
        name: "health-terms", version: 1,
        encode: { terms, out in
            out.list(terms.terms)
            out.list(terms.ignored.sorted())
            out.list(terms.reasonWords)
        },
        decode: { input in
            guard let terms = input.list(), let ignored = input.list(), let reasons = input.list() else { return nil }
            return HealthTerms(terms: terms, ignored: Set(ignored), reasonWords: reasons)
        })

    private static func read(path: String) throws(DocumentError) -> HealthTerms {
        let loss = "without it, health words in employer documents cannot be screened"
        do throws(TemplateErrors) {
            let file = try TemplateFile(path: path, loss: loss)
            let fields = file.rootMapping(allowed: ["terms", "ignore", "reason_words"])
            let restore = "Restore it from the vr-docs templates."
            var terms: [String] = []
            if let fields, let listed = fields["terms"] {
                let items = listed.list()
                terms = (items ?? []).compactMap { $0.text()?.lowercased() }
                if items?.isEmpty == true { listed.report("the screening list is empty; \(loss)", fix: restore) }
            } else if fields != nil {
                file.report(nil, "the screening list has no terms: list; \(loss)", fix: restore)
            }
            let ignored = (fields?["ignore"]?.textList() ?? []).map { $0.lowercased() }
            let reasons = (fields?["reason_words"]?.textList() ?? []).map { $0.lowercased() }
            try file.finish()
            return HealthTerms(terms: terms, ignored: Set(ignored), reasonWords: reasons)
        } catch {
            throw .templateFile(error)
        }
    }
}
