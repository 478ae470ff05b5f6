import ReportKit

/// A bilingual document for `client.language: cy-en`: the whole document in the first
/// language, then, from a new page, the whole document in the second.
///
/// Why whole documents rather than each paragraph in both languages: the documents are
/// built from tables, calendars and signature blocks whose columns would not hold two
/// languages side by side, and a reader can follow one language from start to finish.
/// Welsh comes first, so it is not treated less favourably than English (Welsh Language
/// Standards). The document language (`/Lang`) is the first language; the second half's
/// structure elements carry their own `/Lang` (`ReportDocument.languageChanges`), and its
/// pages its own running header and footer.
enum BilingualDocument {
    /// `signOnce`: what the first half says where its signing block was (sign at the end
    /// of the second), and what the second says before its own: a plan is signed once, and
    /// both versions have equal standing.
    ///
    /// `secondFollows`: a sentence in both languages, under the first half's title,
    /// telling each reader that the English version follows ("Mae'r fersiwn Saesneg …
    /// / The English version of this document follows the Welsh version.").
    static func join(_ first: ReportDocument, _ second: ReportDocument,
                     signOnce: (first: RichText, second: RichText), secondFollows: RichText) -> ReportDocument {
        var joined = first
        var firstSigning: Block?
        var firstBlocks = replacingSignatures(first.blocks) { block in
            firstSigning = block
            return [.paragraph(signOnce.first)]
        }
        let pointer = (firstBlocks.firstIndex { if case .heading = $0 { return true } else { return false } } ?? -1) + 1
        firstBlocks.insert(.paragraph(secondFollows, style: .small), at: pointer)
        // The one signing block names each role and label in both languages, first
        // language first, so signing is no less Welsh than reading.
        let firstLanguage = first.metadata.language
        let secondBlocks = replacingSignatures(second.blocks) {
            [.paragraph(signOnce.second), bothLanguages(firstSigning, in: firstLanguage, $0)]
        }
        joined.blocks = firstBlocks + [.pageBreak] + secondBlocks
        if let language = second.metadata.language, let firstLanguage = first.metadata.language, language != firstLanguage {
            // The pointer's second-language words carry their own language (a span); the
            // second half's pages carry its own running header and footer.
            joined.languageChanges = [LanguageChange(blockIndex: firstBlocks.count + 1, language: language,
                                                     header: second.header, footer: second.footer)]
        }
        if let firstTitle = first.metadata.title, let secondTitle = second.metadata.title {
            joined.metadata.title = firstTitle + " / " + secondTitle
        }
        if let firstSubject = first.metadata.subject, let secondSubject = second.metadata.subject {
            joined.metadata.subject = firstSubject + " / " + secondSubject
        }
        return joined
    }

    /// The second half's signing block with the first half's words before its own ("Cyflogai
    /// / Employee", "Llofnod / Signature"); the block as it is when the halves differ.
    private static func bothLanguages(_ first: Block?, in language: String?, _ second: Block) -> Block {
        guard case .signatures(let firstFields, let firstLabels)? = first, case .signatures(let fields, let labels) = second,
              firstFields.count == fields.count else { return second }
        func both(_ a: RichText, _ b: RichText) -> RichText { BilingualDocument.both(a, in: language, b) }
        let combined = zip(firstFields, fields).map { SignatureField(role: both($0.role, $1.role), name: $1.name ?? $0.name) }
        return .signatures(combined, labels: SignatureLabels(name: both(firstLabels.name, labels.name),
                                                             signature: both(firstLabels.signature, labels.signature),
                                                             date: both(firstLabels.date, labels.date)))
    }

    /// "Llofnod / Signature": the first language's words, tagged with that language
    /// (the second half is read in its own), then the second's; one of them when both
    /// say the same.
    static func both(_ first: RichText, in language: String?, _ second: RichText) -> RichText {
        guard first.plainText != second.plainText else { return second }
        let tagged = RichText(first.runs.map { run in
            var run = run
            run.language = language
            return run
        })
        return tagged + RichText(" / ") + second
    }

    /// `blocks` with each signing block, at any depth, replaced by `replacement(block)`.
    private static func replacingSignatures(_ blocks: [Block], _ replacement: (Block) -> [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            switch block {
            case .signatures: return replacement(block)
            case .keepTogether(let inner): return [.keepTogether(replacingSignatures(inner, replacement))]
            case .columns(let columns, let weights): return [.columns(columns.map { replacingSignatures($0, replacement) }, weights: weights)]
            default: return [block]
            }
        }
    }
}
