/// Takes no room and draws nothing: it tells the canvas that what is drawn from here on
/// is in another language, so the structure elements opened after it get that `/Lang`
/// (see `ReportDocument.languageChanges`). Pages are drawn in order onto one canvas, so
/// the change holds until the next marker; a marker back to the document's own language
/// (nil) ends a short passage in another one.
final class LanguageMarkFlowable: Flowable {
    let language: String?
    /// The block the change comes before (`LanguageChange.blockIndex`), so the page that
    /// starts a language's running text is found by its own marker.
    let blockIndex: Int

    init(language: String?, blockIndex: Int) {
        self.language = language
        self.blockIndex = blockIndex
    }

    var height: Double { 0 }
    var minimumHeadHeight: Double { 0 }

    func split(available: Double, pageHeight: Double) -> (head: Flowable, tail: Flowable)? { nil }

    func draw(in canvas: CairoContext, x: Double, y: Double) {
        canvas.language = language
    }
}
