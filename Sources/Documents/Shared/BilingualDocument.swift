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
    static func join(_ first: ReportDocument, _ second: ReportDocument,
                     signOnce: (first: RichText, second: RichText)) -> ReportDocument {
        var joined = first
        let firstBlocks = replacingSignatures(first.blocks) { _ in [.paragraph(signOnce.first)] }
        let secondBlocks = replacingSignatures(second.blocks) { [.paragraph(signOnce.second), $0] }
        joined.blocks = firstBlocks + [.pageBreak] + secondBlocks
        if let language = second.metadata.language, language != first.metadata.language {
            // The second half's pages carry its own running header and footer.
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
