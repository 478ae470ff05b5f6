import Foundation
import PlanBuilder
import ReportKit

/// Everything needed to turn case files into documents, loaded once from `templates/`
/// (catalogue, holiday data) and reused for every case file of a run.
public struct DocumentEngine: Sendable {
    public let templatesDirectory: String
    public let catalogue: Catalogue
    public let proclaimedHolidays: [ProclaimedHoliday]
    /// The service's look: fonts, colours, paper and logo from `templates/themes/default.yaml`.
    public let brand: Branding
    /// Paper asked for on the command line; wins over the theme's.
    public var paper: PageSize?
    /// The documents' wording, each kind and language read when first needed and then
    /// kept: a batch renders thousands of documents from the same few files, while one
    /// `render` reads only its own document's wording.
    private let wordings: WordingLibrary
    /// The catalogue in each document language (texts from templates/catalogue/<language>/).
    private let catalogues: CatalogueLibrary
    /// The wording folders, for reading `client.language` (see `DocumentLanguage`).
    private let languages: [String]
    private let healthTerms: HealthTerms
    /// One calendar per nation; each works out a year's holidays the first time a
    /// schedule reaches that year, and keeps them for the next plan.
    private let calendars: [HolidayRegion: HolidayCalendar]
    /// The catalogue's codes as sets for the readers, made once: every case file is read
    /// with them, and building the sets from the catalogue each time cost more than
    /// checking a file's codes.
    private let knownCodes: KnownCodes

    /// `snapshots`: the cache folder of templates read before (`TemplateSnapshot`), nil
    /// to read every template from its YAML.
    public init(templatesDirectory: String, snapshots: String? = TemplateSnapshot.defaultFolder) throws {
        self.templatesDirectory = templatesDirectory
        catalogue = try Catalogue.load(templatesDirectory: templatesDirectory, snapshots: snapshots)
        knownCodes = catalogue.knownCodes
        proclaimedHolidays = try ProclaimedHolidays.load(templatesDirectory: templatesDirectory, snapshots: snapshots)
        let themePath = templatesDirectory + "/themes/default.yaml"
        brand = FileManager.default.fileExists(atPath: themePath)
            ? try ThemeFileReading.read(path: themePath) : Branding()
        wordings = WordingLibrary(templates: templatesDirectory, snapshots: snapshots)
        catalogues = CatalogueLibrary(english: catalogue, templates: templatesDirectory)
        languages = DocumentLanguage.available(templates: templatesDirectory)
        healthTerms = try HealthTerms.load(templatesDirectory: templatesDirectory, snapshots: snapshots)
        let proclaimed = proclaimedHolidays
        calendars = Dictionary(uniqueKeysWithValues: HolidayRegion.allCases.map { ($0, HolidayCalendar(region: $0, proclaimed: proclaimed)) })
    }

    /// The reader configured with this engine's catalogue codes.
    public var reader: CaseFileReader { CaseFileReader(knownCodes: knownCodes, templatesDirectory: templatesDirectory) }

    /// The reader for files whose documents are made: it also records the file's SHA-256,
    /// which every document carries in its metadata.
    public var documentReader: CaseFileReader {
        CaseFileReader(knownCodes: knownCodes, templatesDirectory: templatesDirectory, recordsFingerprint: true)
    }

    /// The issue date printed on documents whose case file gives no `case.issued`
    /// (`render --issued`); never the clock, so output stays byte-identical.
    public var issued: LocalDate?

    /// The graded schedule, or nil when the case file has no plan.
    public func schedule(for caseFile: CaseFile) throws(InfeasiblePlan) -> GradedSchedule? {
        guard let plan = caseFile.plan else { return nil }
        let calendar = plan.holidaysInLieu || calendars[plan.holidays] == nil
            ? HolidayCalendar(region: plan.holidays, proclaimed: proclaimedHolidays, inLieu: plan.holidaysInLieu)
            : calendars[plan.holidays]!
        let schedule = try ScheduleBuilder(calendar: calendar).build(caseFile)
        if let conflict = PlanHorizon.conflict(start: plan.start, weeks: schedule.weeks.count) {
            throw InfeasiblePlan.refusing([conflict])
        }
        return schedule
    }

    /// The documents this case file has enough information for.
    public func supportedDocuments(for caseFile: CaseFile) -> [DocumentKind] {
        DocumentKind.allCases.filter { kind in
            switch kind {
            case .rtwPlan, .clientCopy: return caseFile.plan != nil
            case .employerReport: return caseFile.plan != nil || caseFile.assessment?.fitness != nil
            case .review: return !caseFile.reviews.isEmpty
            }
        }
    }

    /// The document as ReportKit blocks, before layout (used by tests and previews).
    /// `employerView`: `employerView(for:schedule:)` of the same case and schedule, when the
    /// caller has it already (an employer document is built from it; others ignore it).
    public func build(_ kind: DocumentKind, caseFile: CaseFile, schedule: GradedSchedule?,
                      employerView: EmployerView? = nil) throws(DocumentError) -> ReportDocument {
        let caseFile = issuedCopy(caseFile)
        let language = try DocumentLanguage.resolve(caseFile.client.language, available: languages)
        var halves: [(folder: String, wording: Wording)] = []
        for folder in language.folders {
            halves.append((folder, try wordings.wording(document: kind.rawValue, language: folder).withPronouns(caseFile.client.pronouns)))
        }
        func half(_ index: Int, signing: SigningPlace) throws(DocumentError) -> ReportDocument {
            let (folder, wording) = halves[index]
            var built = try build(kind, caseFile: caseFile, schedule: schedule, employerView: employerView, wording: wording,
                                  catalogue: try catalogues.catalogue(language: folder), signing: signing)
            built.blocks = ContinuedLabel.apply(try wording.text("table_continued"), to: built.blocks)
            return built
        }
        var document: ReportDocument
        if halves.count == 2 {
            // Signed once, at the end of the second half, under labels in both languages.
            let (first, second) = (halves[0].wording, halves[1].wording)
            let signLater = RichText(try first.text("bilingual_sign_later")), signHere = RichText(try second.text("bilingual_sign_here"))
            document = BilingualDocument.join(try half(0, signing: .elsewhere(signLater)),
                                              try half(1, signing: .hereInBoth(signHere, firstLanguage: first)),
                                              signOnce: (signLater, signHere),
                                              secondFollows: RichText(try first.text("bilingual_other_follows")) + RichText(" / ")
                                                + RichText.inLanguage(try second.text("bilingual_this_follows"), second.language))
        } else {
            document = try half(0, signing: .here)
        }
        finish(&document, largePrint: caseFile.client.largePrint && (kind.audience == .client || kind == .rtwPlan),
               logo: caseFile.caseInfo.service?.logo)
        return document
    }

    /// The client's plan as an iCalendar file (`PlanCalendarFile`): their working days
    /// and reviews, in their language, from the client's view of the case.
    public func calendar(caseFile: CaseFile, schedule: GradedSchedule?) throws(DocumentError) -> [UInt8] {
        var caseFile = caseFile
        if caseFile.caseInfo.issued == nil { caseFile.caseInfo.issued = issued }
        let language = try DocumentLanguage.resolve(caseFile.client.language, available: languages)
        var wordings: [Wording] = []
        for folder in language.folders {
            wordings.append(try self.wordings.wording(document: "calendar", language: folder).withPronouns(caseFile.client.pronouns))
        }
        return try PlanCalendarFile(view: ClientView(caseFile, schedule: schedule), wordings: wordings).bytes()
    }

    /// `VR-2026-0147-calendar.ics`.
    public static func calendarFileName(reference: String) -> String {
        ReferenceFileName.stem(reference) + "-calendar.ics"
    }

    /// Each document is built from its audience's view of the case and nothing else: the
    /// two the employer reads from `EmployerView`, the client's copy from `ClientView`,
    /// the review from `CaseManagerView`.
    private func build(_ kind: DocumentKind, caseFile: CaseFile, schedule: GradedSchedule?, employerView: EmployerView?,
                       wording: Wording, catalogue: Catalogue, signing: SigningPlace = .here) throws(DocumentError) -> ReportDocument {
        switch kind {
        case .rtwPlan:
            let view = employerView ?? EmployerView(caseFile, schedule: schedule, screen: healthScreen(for: caseFile))
            return try RTWPlanDocument(view: view, catalogue: catalogue, wording: wording,
                                       largePrint: caseFile.client.largePrint).build()
        case .employerReport:
            let view = employerView ?? EmployerView(caseFile, schedule: schedule, screen: healthScreen(for: caseFile))
            return try EmployerReportDocument(view: view, catalogue: catalogue, wording: wording, signing: signing).build()
        case .clientCopy:
            return try ClientCopyDocument(view: ClientView(caseFile, schedule: schedule), catalogue: catalogue, wording: wording).build()
        case .review:
            return try ReviewDocument(view: CaseManagerView(caseFile, schedule: schedule), catalogue: catalogue, wording: wording).build()
        }
    }

    /// The one finishing step every document goes through, the caseload report included:
    /// the service's theme, the paper asked for, the service's name in the header and its
    /// logo (the case file's logo wins over the theme's). What the client reads or signs —
    /// their own copy and the return-to-work plan — is set in large print when asked for.
    func finish(_ document: inout ReportDocument, largePrint: Bool, logo: String?) {
        document.theme = largePrint ? Theme.largePrint(from: brand.theme) : brand.theme
        if let pageSize = paper ?? brand.pageSize { document.pageSize = pageSize }
        func branded(_ header: RunningHeader?) -> RunningHeader? {
            guard var header else { return nil }
            if header.left.isEmpty, let name = brand.serviceName { header.left = name }
            header.logoPNG = logo ?? brand.logoPNG
            return header
        }
        document.header = branded(document.header)
        for index in document.languageChanges.indices {
            document.languageChanges[index].header = branded(document.languageChanges[index].header)
        }
    }

    /// The case with the engine's issue date when it has none of its own: what documents
    /// are built from.
    private func issuedCopy(_ caseFile: CaseFile) -> CaseFile {
        var caseFile = caseFile
        if caseFile.caseInfo.issued == nil { caseFile.caseInfo.issued = issued }
        return caseFile
    }

    /// What the employer documents show of the case, exactly as `build` makes it for them:
    /// screening the case's free text is most of the cost, so a caller making employer
    /// documents and their warnings makes it once and hands it to both.
    public func employerView(for caseFile: CaseFile, schedule: GradedSchedule?) -> EmployerView {
        let caseFile = issuedCopy(caseFile)
        return EmployerView(caseFile, schedule: schedule, screen: healthScreen(for: caseFile))
    }

    /// The screen for health information in employer-bound free text.
    public func healthScreen(for caseFile: CaseFile) -> HealthTextScreen {
        HealthTextScreen(terms: healthTerms, health: caseFile.health)
    }

    /// What was left out of this case's employer documents because it reads as health
    /// information: the fields' paths (`caseWarnings` words them for the case manager).
    public func disclosureWarnings(for caseFile: CaseFile) -> [String] {
        EmployerView(caseFile, schedule: nil, screen: healthScreen(for: caseFile)).screened
    }

    /// What the case manager should look at before issuing, in the order of the file:
    /// employer-bound text left out as health information (named by field, never by its
    /// words), fit-note advice that disagrees with the plan (`FitnessAdviceCheck`),
    /// adjustments that may arrive late (`LateOrderCheck`), reviews dated after the issue
    /// date (`RecordedReviewCheck`), an employer in another nation than the plan's holidays
    /// (`NationAddressCheck`), a plan that ends before days or shifts are back to full length
    /// (`FullLengthStepCheck`), the diagnosis shared with nothing else (`DiagnosisAloneCheck`)
    /// and English case text in a Welsh document.
    /// `employerView`: the case's `employerView(for:schedule:)`, when the caller has it; what
    /// was screened out depends on the case's text alone, not on the schedule or the date.
    public func caseWarnings(for caseFile: CaseFile, employerView: EmployerView? = nil) -> [CaseWarning] {
        let view = employerView ?? EmployerView(caseFile, schedule: nil, screen: healthScreen(for: caseFile))
        let screened = view.screened.map { path in
            let outcome = view.keptOpenings[path].map { "so employer documents print only \"\($0)\" and say the rest is not shared" }
                ?? "so employer documents leave it out"
            return CaseWarning(field: path, problem: "reads as health information the client has not agreed to share "
                                   + "(consent.disclose_diagnosis is not true), \(outcome)",
                               fix: "Reword it to say only what the employer needs to know or do.")
        }
        let warnings = screened + FitnessAdviceCheck(catalogue: catalogue).warnings(for: caseFile) + lateOrderWarnings(for: caseFile)
            + RecordedReviewCheck().warnings(for: caseFile, issued: caseFile.caseInfo.issued ?? issued) + NationAddressCheck().warnings(for: caseFile)
            + FullLengthStepCheck().warnings(for: caseFile) + DiagnosisAloneCheck().warnings(for: caseFile)
            + languageWarnings(for: caseFile) + issueDateWarnings(for: caseFile)
        return warnings.enumerated().sorted { lhs, rhs in
            let left = caseFile.locations[lhs.element.field], right = caseFile.locations[rhs.element.field]
            return (left?.line ?? 0, left?.column ?? 0, lhs.offset) < (right?.line ?? 0, right?.column ?? 0, rhs.offset)
        }.map(\.element)
    }

    /// A date given on the command line that a case file's own `case.issued` overrides:
    /// said, so nobody believes the documents carry the date they typed.
    func issueDateWarnings(for caseFile: CaseFile) -> [CaseWarning] {
        guard let own = caseFile.caseInfo.issued, let given = issued, own != given else { return [] }
        return [CaseWarning(field: "case.issued",
                            problem: "is \(own), so the documents are issued on that date, not on \(given) given with --issued",
                            fix: "Remove case.issued to issue on the date given with --issued, or leave --issued out.")]
    }

    /// Reviews recorded as held after the issue date. The other documents are still made
    /// (with the warning), but a progress review is not: it would report a meeting, and
    /// the hours of a week, that had not happened on the date it is issued.
    public func reviewsAfterIssue(_ caseFile: CaseFile, file: String) -> [CaseMessage] {
        RecordedReviewCheck().warnings(for: caseFile, issued: caseFile.caseInfo.issued ?? issued).map { warning in
            CaseMessage(severity: .error, file: file, location: caseFile.locations[warning.field],
                        text: "\(warning.field): \(warning.problem). \(warning.fix)")
        }
    }

    /// Adjustments the employer report will ask to be ordered now, as they may arrive late
    /// (`LateOrderCheck`); only once the documents have an issue date.
    private func lateOrderWarnings(for caseFile: CaseFile) -> [CaseWarning] {
        guard caseFile.caseInfo.issued ?? issued != nil,
              let wording = try? wordings.wording(document: DocumentKind.employerReport.rawValue, language: "en-GB") else { return [] }
        return LateOrderCheck(catalogue: catalogue, wording: wording).warnings(for: caseFile, issued: caseFile.caseInfo.issued ?? issued)
    }

    /// Case text in English quoted by documents in another language (`CaseTextLanguageCheck`);
    /// nothing when the language has no wording (that is an error of its own) or no word list.
    private func languageWarnings(for caseFile: CaseFile) -> [CaseWarning] {
        guard let language = try? DocumentLanguage.resolve(caseFile.client.language, available: languages),
              let own = language.folders.first(where: { $0 != "en-GB" }),
              let ownWords = try? wordings.wording(document: "client-copy", language: own).list("everyday_words"),
              let englishWords = try? wordings.wording(document: "client-copy", language: "en-GB").list("everyday_words")
        else { return [] }
        return CaseTextLanguageCheck(language: caseFile.client.language, ownWords: Set(ownWords), englishWords: Set(englishWords))
            .warnings(for: caseFile)
    }

    /// `caseWarnings` as messages, in the one form every command prints.
    public func warningMessages(for caseFile: CaseFile, file: String, employerView: EmployerView? = nil) -> [CaseMessage] {
        caseWarnings(for: caseFile, employerView: employerView).map { CaseMessage.warning($0, caseFile: caseFile, file: file) }
    }

    /// `VR-2026-0147-rtw-plan.pdf`: the reference made safe for a file name, differently
    /// for every reference (`ReferenceFileName`).
    public static func fileName(reference: String, kind: DocumentKind) -> String {
        ReferenceFileName.stem(reference) + "-" + kind.rawValue + ".pdf"
    }
}
