import XCTest
import Documents
@testable import PlanBuilder

/// Every document of the shared examples in Welsh (`cy`) and in Welsh then English
/// (`cy-en`), read back from the PDF: Welsh sentences, Welsh dates, no placeholder or
/// wording key left in the text.
final class WelshDocumentTests: XCTestCase {
    /// Phrases each document must carry in Welsh, whatever the case.
    private let welshPhrases: [DocumentKind: [String]] = [
        .rtwPlan: ["Cynllun dychwelyd i'r gwaith fesul cam", "Wythnos wrth wythnos", "Tudalen 1 o", "Llofnod", "Dyddiad"],
        .employerReport: ["Adroddiad iechyd a gwaith", "Ffitrwydd i weithio", "Tudalen 1 o"],
        .clientCopy: ["Eich cynllun dychwelyd i'r gwaith", "Eich wythnosau", "Ble arall i gael help", "Samariaid"],
        .review: ["Adolygiad cynnydd", "Oriau: wedi'u cynllunio ac wedi'u gweithio"],
    ]
    private let englishHeadings = ["Week by week", "Fitness for work", "Your weeks", "Where else to get help",
                                   "Hours: planned and worked", "Page 1 of", "(continued)", "Signature"]
    private let welshMonths = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                               "Medi", "Hydref", "Tachwedd", "Rhagfyr"]

    private func texts(language: String) throws -> [(String, DocumentKind, String)] {
        let engine = try TestSupport.engine()
        var results: [(String, DocumentKind, String)] = []
        for path in TestSupport.sharedExamples {
            var file = try engine.reader.read(path: path)
            file.client.language = language
            let schedule = try engine.schedule(for: file)
            for kind in engine.supportedDocuments(for: file) {
                let pdf = try engine.render(kind, caseFile: file, schedule: schedule)
                let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                results.append((URL(fileURLWithPath: path).lastPathComponent, kind, text))
            }
        }
        XCTAssertGreaterThanOrEqual(results.count, 7, "both examples, every document they support")
        return results
    }

    private func assertNoLeftovers(_ text: String, _ label: String) {
        XCTAssertNil(text.range(of: #"\{[a-z_]+(:[a-z_]+)?\}"#, options: .regularExpression), "\(label): a {placeholder} is left")
        // A wording key is lower-case words joined by "_" (`calendar_heading`); a case-file
        // field named in a schedule note (`plan.max_day_hours`) is preceded by a dot.
        XCTAssertNil(text.range(of: #"(?<![.\w])[a-z]+_[a-z_]+\b"#, options: .regularExpression).map { String(text[$0]) },
                     "\(label): a wording key leaks into the text")
    }

    func testEveryDocumentInWelsh() throws {
        for (file, kind, text) in try texts(language: "cy") {
            let label = "\(file) \(kind.rawValue)"
            for phrase in welshPhrases[kind] ?? [] { XCTAssertTrue(text.contains(phrase), "\(label): no “\(phrase)”") }
            for heading in englishHeadings { XCTAssertFalse(text.contains(heading), "\(label): English “\(heading)”") }
            XCTAssertTrue(welshMonths.contains { text.contains(" \($0) 2026") }, "\(label): no Welsh date")
            XCTAssertNil(text.range(of: #"\b(January|February|March|April|June|July|August) 20"#, options: .regularExpression),
                         "\(label): an English month")
            assertNoLeftovers(text, label)
        }
    }

    /// The catalogue's adjustments and limitations come from `templates/catalogue/cy/`:
    /// no English title, reason or description of the catalogue appears in a Welsh document.
    func testCatalogueTextIsWelshToo() throws {
        let catalogue = try TestSupport.engine().catalogue
        let english = catalogue.adjustments.flatMap { [$0.title, $0.why, $0.involves] }
            + catalogue.limitations.flatMap { [$0.title, $0.description] }
        var checked = 0
        for (file, kind, text) in try texts(language: "cy") {
            for sentence in english where sentence.count >= 12 {
                XCTAssertFalse(text.contains(sentence), "\(file) \(kind.rawValue): English catalogue text “\(sentence)”")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0)
        let welsh = try CatalogueTranslation.translate(catalogue, templatesDirectory: TestSupport.templates, language: "cy")
        let copies = try texts(language: "cy")
        let sitStand = try XCTUnwrap(welsh.adjustment("sit-stand-desk")?.title)
        XCTAssertTrue(copies.contains { $0.1 == .employerReport && $0.2.contains(sitStand) }, "the Welsh title “\(sitStand)”")
    }

    /// "Maw" is Tuesday (Dydd Mawrth) in every week's row, so a short date in March
    /// spells the month: "2 Mawrth", never "2 Maw"; and so, for one style, does every
    /// other month ("6 Ebrill", never "6 Ebr").
    func testNoShortDateReadsAsTuesday() throws {
        for (file, kind, text) in try texts(language: "cy") {
            XCTAssertNil(text.range(of: "[0-9][ \u{00A0}]Maw([^r]|$)", options: .regularExpression), "\(file) \(kind.rawValue): a date in 'Maw'")
            XCTAssertNil(text.range(of: "[0-9][ \u{00A0}](Ion|Chwef|Ebr|Meh|Gorff|Tach|Rhag)([^a-z]|$)", options: .regularExpression),
                         "\(file) \(kind.rawValue): a month cut short")
            if file.contains("back-pain") && kind == .rtwPlan { XCTAssertTrue(text.contains("Mawrth")) }
        }
    }

    func testClientCopyDatesAndCountsAreWelsh() throws {
        let copies = try texts(language: "cy").filter { $0.1 == .clientCopy }.map(\.2)
        let backPain = try XCTUnwrap(copies.first { $0.contains("Jane Morrison") })
        XCTAssertTrue(backPain.contains("Rydych chi'n dechrau'n ôl ddydd Llun 2 Mawrth 2026"), "the start date with its Welsh weekday, mutated as an adverb of time")
        XCTAssertTrue(backPain.contains("am y 4 wythnos gyntaf"), "singular noun after a numeral, and a feminine noun's mutated adjective")
        XCTAssertTrue(backPain.contains("Dydd Gwener y Groglith"), "Good Friday named in Welsh")
        XCTAssertFalse(backPain.contains("Good Friday"))
        // The case file's "annual leave" is a reason the wording knows in Welsh.
        let cancer = try XCTUnwrap(copies.first { $0.contains("Siobhán") })
        XCTAssertTrue(cancer.contains("10 Ebrill 2026: gwyliau blynyddol"), cancer)
        XCTAssertFalse(cancer.contains("annual leave"))
    }

    func testBilingualIsWelshThenEnglish() throws {
        for (file, kind, text) in try texts(language: "cy-en") {
            let label = "\(file) \(kind.rawValue)"
            let welsh = try XCTUnwrap(welshPhrases[kind]?.first)
            let english = ["Phased return-to-work plan", "Health and work report", "Your return-to-work plan", "Progress review"]
            let welshAt = try XCTUnwrap(text.range(of: welsh), "\(label): Welsh title")
            let englishAt = try XCTUnwrap(english.compactMap { text.range(of: $0) }.first, "\(label): English title")
            XCTAssertLessThan(welshAt.lowerBound, englishAt.lowerBound, "\(label): Welsh comes first")
            assertNoLeftovers(text, label)
        }
    }

    /// The page texts of back-pain-admin's `kind` in Welsh then English (`cy-en`).
    private func bilingualBackPainPages(_ kind: DocumentKind) throws -> [String] {
        try TestSupport.pageTexts(of: try bilingualBackPain(kind))
    }

    private func bilingualBackPain(_ kind: DocumentKind, issued: LocalDate? = nil) throws -> [UInt8] {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var file = try engine.reader.read(path: path)
        file.client.language = "cy-en"
        if let issued { file.caseInfo.issued = issued }
        return try engine.render(kind, caseFile: file, schedule: try engine.schedule(for: file))
    }

    /// Each half's pages carry that half's running header and footer: the English pages
    /// of a bilingual employer report say "Health and work report" and "Page 4 of 6".
    func testEachHalfHasItsOwnRunningText() throws {
        let pages = try bilingualBackPainPages(.employerReport)
        let englishFrom = try XCTUnwrap(pages.firstIndex { $0.contains("Health and work report") }, "the English half")
        XCTAssertGreaterThan(englishFrom, 0)
        for (index, page) in pages.enumerated() {
            if index < englishFrom {
                XCTAssertTrue(page.contains("Tudalen \(index + 1) o \(pages.count)"), "page \(index + 1) in Welsh")
                XCTAssertTrue(page.contains("Adroddiad iechyd a gwaith") && page.contains("Cyfrinachol"))
            } else {
                XCTAssertTrue(page.contains("Page \(index + 1) of \(pages.count)"), "page \(index + 1) in English")
                XCTAssertTrue(page.contains("Confidential: for the employer named in this report"))
                XCTAssertFalse(page.contains("Tudalen") || page.contains("Cyfrinachol"), "page \(index + 1): no Welsh running text")
            }
        }
    }

    /// A bilingual plan is signed once, at the end of the English half, and says so in
    /// both languages; the Welsh half has no signing lines of its own.
    func testABilingualPlanIsSignedOnce() throws {
        let pages = try bilingualBackPainPages(.rtwPlan)
        let englishFrom = try XCTUnwrap(pages.firstIndex { $0.contains("Phased return-to-work plan") && $0.contains("Page ") })
        let welsh = pages[..<englishFrom].joined(separator: "\n"), english = pages[englishFrom...].joined(separator: "\n")
        XCTAssertTrue(welsh.replacingOccurrences(of: "\n", with: " ").contains("Llofnodwch unwaith, ar ddiwedd y ddogfen hon."),
                      "the Welsh half points to the one signing block")
        XCTAssertFalse(welsh.contains("Llofnod\n") || welsh.contains("Dyddiad\n"), "no signing lines in the Welsh half")
        XCTAssertTrue(english.contains("Sign once, here."))
        XCTAssertTrue(english.contains("Signature"), "the signing block is in the English half")
        for words in ["Cyflogai / Employee", "Llofnod / Signature", "Dyddiad / Date", "Enw / Name"] {
            XCTAssertTrue(english.contains(words), "the one signing block speaks both languages: \(words)")
        }
        // Roles and labels of all three parties: their Welsh words are read in Welsh.
        let raw = String(decoding: try bilingualBackPain(.rtwPlan), as: UTF8.self)
        let welshSpans = raw.components(separatedBy: " 0 obj\n").map { $0.components(separatedBy: "endobj")[0] }.filter { $0.contains("/S /Span") && $0.contains("/Lang (cy)") }
        XCTAssertEqual(welshSpans.count, 3 * 4, "Cyflogai, Cyflogwr, Rheolwr achos, each with Enw, Llofnod, Dyddiad")
    }

    /// The practitioner signs a bilingual health and work report once too, at the end of
    /// the English half, under labels in both languages.
    func testABilingualEmployerReportIsSignedOnce() throws {
        let pages = try bilingualBackPainPages(.employerReport)
        let englishFrom = try XCTUnwrap(pages.firstIndex { $0.contains("Health and work report") && $0.contains("Page ") })
        let welsh = pages[..<englishFrom].joined(separator: "\n"), english = pages[englishFrom...].joined(separator: "\n")
        let flatWelsh = welsh.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flatWelsh.contains("Llofnodwch unwaith, ar ddiwedd y ddogfen hon."), "the Welsh half points to the one sign-off")
        XCTAssertFalse(welsh.contains("Llofnod\n") || welsh.contains("____"), "no signing line in the Welsh half")
        XCTAssertTrue(english.contains("Sign once, here."))
        let flatEnglish = english.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for words in ["Enw a phroffesiwn / Name and profession", "Llofnod / Signature", "Dyddiad cyhoeddi / Date of issue"] {
            XCTAssertTrue(flatEnglish.contains(words), "the one sign-off speaks both languages: \(words)")
        }
        XCTAssertEqual(english.components(separatedBy: "________________________________").count, 2, "one signature line")
        // Each label's Welsh words are read in Welsh, inside the English half.
        let raw = String(decoding: try bilingualBackPain(.employerReport), as: UTF8.self)
        let welshSpans = raw.components(separatedBy: " 0 obj\n").map { $0.components(separatedBy: "endobj")[0] }.filter { $0.contains("/S /Span") && $0.contains("/Lang (cy)") }
        XCTAssertEqual(welshSpans.count, 3, "Enw a phroffesiwn, Llofnod, Dyddiad cyhoeddi")
        // The date of issue beside those labels is written in both languages too.
        let dated = try TestSupport.pageTexts(of: try bilingualBackPain(.employerReport, issued: LocalDate(iso: "2026-03-01")))
        let lastPage = try XCTUnwrap(dated.last).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(lastPage.contains("1 Mawrth 2026 / 1 March 2026"), lastPage)
    }

    func testBilingualDocumentLanguageIsWelsh() throws {
        let engine = try TestSupport.engine()
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first))
        file.client.language = "cy-en"
        let document = try engine.build(.clientCopy, caseFile: file, schedule: try engine.schedule(for: file))
        XCTAssertEqual(document.metadata.language, "cy")
        XCTAssertTrue(document.metadata.title?.contains(" / ") == true, "both titles")
        // The pointer under the Welsh title is Welsh with an English span; then the English half.
        XCTAssertEqual(document.languageChanges.map(\.language), ["en-GB"])
        // The English half's structure elements carry their own /Lang, and so does the
        // pointer; the Welsh after it needs none beyond the document's own.
        let bytes = try engine.render(.clientCopy, caseFile: file, schedule: try engine.schedule(for: file))
        let pdf = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(pdf.components(separatedBy: "/Lang (cy)").count - 1, 1, "the catalogue's /Lang only")
        XCTAssertGreaterThan(pdf.components(separatedBy: "/Lang (en-GB)").count - 1, 5)
        let firstPage = try TestSupport.text(of: bytes).components(separatedBy: "\u{0C}")[0]
        let flatFirstPage = firstPage.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flatFirstPage.contains("Mae'r fersiwn Saesneg o'r ddogfen hon yn dilyn y fersiwn Gymraeg. / The English version of this document follows the Welsh version."),
                      "a Welsh and an English reader both know the English follows: \(flatFirstPage)")
        XCTAssertTrue(firstPage.contains("Tudalen 1 o"), "page 1 keeps its Welsh running text")
    }

    func testWalesGetsWelshServices() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var file = try engine.reader.read(path: path)
        file.client.language = "cy"
        file.plan?.holidays = .englandAndWales
        file.health?.conditions = [Condition(name: "Depression")]
        let pdf = try engine.render(.clientCopy, caseFile: file, schedule: try engine.schedule(for: file))
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for service in ["Mynediad at Waith", "Cyngor ar Bopeth Cymru", "GIG 111 Cymru", "Mind Cymru", "Samariaid", "116 123"] {
            XCTAssertTrue(text.contains(service), "Wales: \(service)")
        }
    }
}
