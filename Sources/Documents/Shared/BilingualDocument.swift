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
    static func join(_ first: ReportDocument, _ second: ReportDocument) -> ReportDocument {
        var joined = first
        joined.blocks = first.blocks + [.pageBreak] + second.blocks
        if let language = second.metadata.language, language != first.metadata.language {
            // The second half's pages carry its own running header and footer.
            joined.languageChanges = [LanguageChange(blockIndex: first.blocks.count + 1, language: language,
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
}
