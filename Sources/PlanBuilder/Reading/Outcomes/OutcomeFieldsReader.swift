/// Reads, straight from libyaml's events, only the fields a service's outcome report
/// counts: the case section, the client's deprivation decile, employment status and
/// absence, the assessment's date, barriers and measures, the plan's start, the reviews
/// and the outcome. A caseload of 100,000 files is read through here in a fraction of
/// the full reader's time, because no node tree is built and the rest of each file is
/// only parsed, not read.
///
/// It never reports a problem of its own. The whole text passes the same checks as in
/// `CaseFileReader` (encoding, structure limits, unfilled blanks), and each field it
/// reads is checked by the same rules (the same value readers, limits and lists of
/// valid words, unknown and repeated keys in the groups it reads, required fields);
/// at the first doubt it returns nil and the caller reads the file with
/// `CaseFileReader`, so a file left out of a caseload is listed with exactly the full
/// reader's problems, lines and fixes. What it does not look at — the health, consent,
/// goals, adjustments and interventions sections, the plan beyond its start, the
/// contact details — cannot keep a client's outcome out of the report; `vr-docs
/// validate` checks those. `OutcomeFieldsAgreementTests` holds the two readers to the
/// same figures.
public struct OutcomeFieldsReader: Sendable {
    public init() {}

    /// The fields the caseload counts, or nil when the file must be read in full.
    public func read(path: String) -> CaseFile? {
        guard let bytes = try? CaseFileBytes.load(path: path) else { return nil }
        return read(bytes: bytes, fileName: path)
    }

    /// The fields the caseload counts, or nil when the file must be read in full. The
    /// returned case file holds nothing else: it is for counting, never for a document.
    public func read(bytes: [UInt8], fileName: String) -> CaseFile? {
        let log = IssueLog(fileName: fileName)
        log.recordsLocations = false
        // The full reader's checks on the whole text come first, as there: a file it
        // refuses outright (nesting, alias marks, sheer size) is never counted.
        guard let text = CaseFileText.decode(bytes, log: log), StructureLimits.check(text, log: log),
              !UnfilledBlanks.mayContainMarker(text) else { return nil }
        var prepared = CaseFileReader.prepared(text, fileName: fileName)
        return prepared.withUTF8 { bytes -> CaseFile? in
            guard let cursor = YAMLEventCursor(bytes) else { return nil }
            do {
                try cursor.startDocument()
                let caseFile = try OutcomeFieldsWalk(cursor: cursor, log: log).document()
                try cursor.endDocument()
                return caseFile
            } catch {
                return nil
            }
        }
    }
}

/// One file's walk. Each section function expects the cursor on the section's value
/// and leaves it on the value's last event.
struct OutcomeFieldsWalk {
    typealias Refused = YAMLEventCursor.Refused
    let cursor: YAMLEventCursor
    let values: OutcomeValues

    init(cursor: YAMLEventCursor, log: IssueLog) {
        self.cursor = cursor
        self.values = OutcomeValues(cursor: cursor, log: log)
    }

    func document() throws(Refused) -> CaseFile {
        var format: Int?
        var caseInfo: CaseInfo?, client: Client?, employment: Employment?, assessment: Assessment?
        var planStart: LocalDate?, hasPlan = false, employmentHasContract = false
        var reviews: [ReviewRecord] = [], outcome: Outcome?
        let present = try values.mapping(validKeys: CaseFileSections.keys) { key throws(Refused) in
            switch key {
            case "format": format = try values.integer(nil)
            case "case": caseInfo = try caseSection()
            case "client": client = try clientSection()
            case "employment":
                let read = try employmentSection()
                employment = read?.employment
                employmentHasContract = read?.hasContract ?? false
            case "assessment": assessment = try assessmentSection()
            case "plan":
                hasPlan = !cursor.isNull
                planStart = try planStartOnly()
            case "reviews": reviews = try values.list { () throws(Refused) in try review() } ?? []
            case "outcome": outcome = try outcomeSection()
            default: try cursor.skipNode()
            }
        }
        // What `CaseFileSections` requires of every file, and of a file with a plan.
        guard present, format == CaseFileSections.supportedFormat, let caseInfo, let client,
              !hasPlan || (employment != nil && employmentHasContract) else { throw Refused() }
        return CaseFile(caseInfo: caseInfo, client: client, employment: employment, assessment: assessment,
                        plan: planStart.map { PlanSpec(start: $0) }, reviews: reviews, outcome: outcome)
    }

    private func caseSection() throws(Refused) -> CaseInfo? {
        var reference: String?, tier = TierChoice.auto, referral: Referral?
        var firstContact: LocalDate?, assessed: LocalDate?, contacts: Int?, issued: LocalDate?, version: String?
        let present = try values.mapping(validKeys: CaseSectionReader.keys) { key throws(Refused) in
            switch key {
            case "reference": reference = try values.text(path: "case.reference").map(ScalarText.trimmed)
            case "tier": tier = try tierChoice() ?? .auto
            case "referral": referral = try referralGroup()
            case "first_contact": firstContact = try values.date()
            case "assessed": assessed = try values.date()
            case "contacts": contacts = try values.integer(.within(0...10_000, "contacts with one client"))
            case "issued": issued = try values.date()
            case "version": version = try values.text(path: "case.version").map(ScalarText.trimmed)
            default: try cursor.skipNode()
            }
        }
        guard present, let reference, !reference.isEmpty,
              FieldLimits.referenceFitsFileName(reference, at: nil, log: values.log), values.log.isEmpty else { throw Refused() }
        var info = CaseInfo(reference: reference, tier: tier, referral: referral, firstContact: firstContact,
                            assessed: assessed, contacts: contacts)
        info.issued = issued
        info.version = version
        return info
    }

    /// `auto`, 1, 2 or 3, as `CaseSectionReader` reads it; nil when left empty.
    private func tierChoice() throws(Refused) -> TierChoice? {
        guard let raw = try values.scalar() else { return nil }
        let word = ScalarText.trimmed(raw)
        if word == "auto" { return .auto }
        if let number = ScalarText.integer(word), (1...3).contains(number) { return .given(number) }
        throw Refused()
    }

    private func referralGroup() throws(Refused) -> Referral? {
        var referral = Referral()
        let present = try values.mapping(validKeys: CaseSectionReader.referralKeys) { key throws(Refused) in
            switch key {
            case "date": referral.date = try values.date()
            case "source": referral.source = try values.choice(Referral.sources)
            case "reason": referral.reason = try values.choice(Referral.reasons)
            default: try cursor.skipNode()
            }
        }
        return present ? referral : nil
    }

    private func clientSection() throws(Refused) -> Client? {
        var name: String?, decile: Int?
        let present = try values.mapping(validKeys: ClientSectionReader.keys) { key throws(Refused) in
            switch key {
            case "name": name = try values.text(path: "client.name").map(ScalarText.trimmed)
            case "deprivation_decile": decile = try values.integer(.within(1...10, "a deprivation decile"))
            default: try cursor.skipNode()
            }
        }
        guard present, let name, !name.isEmpty else { throw Refused() }
        return Client(name: name, deprivationDecile: decile)
    }

    private func employmentSection() throws(Refused) -> (employment: Employment, hasContract: Bool)? {
        var employment = Employment(), hasContract = false
        let present = try values.mapping(validKeys: EmploymentSectionReader.keys) { key throws(Refused) in
            switch key {
            case "status": employment.status = try values.choice(Employment.statuses)
            case "absence_start": employment.absenceStart = try values.date()
            case "contract":
                hasContract = !cursor.isNull
                try cursor.skipNode()
            default: try cursor.skipNode()
            }
        }
        return present ? (employment, hasContract) : nil
    }

    private func assessmentSection() throws(Refused) -> Assessment? {
        var assessment = Assessment()
        let present = try values.mapping(validKeys: AssessmentSectionReader.keys) { key throws(Refused) in
            switch key {
            case "date": assessment.date = try values.date()
            case "barriers": assessment.barriers = try values.list { () throws(Refused) in try barrier() } ?? []
            case "measures": assessment.measures = try values.list { () throws(Refused) in try OutcomeMeasures.measure(values) } ?? []
            default: try cursor.skipNode()
            }
        }
        return present ? assessment : nil
    }

    private func barrier() throws(Refused) -> Barrier {
        var domain: String?, description: String?, severity: Severity?, isPrivate = false
        let present = try values.mapping(validKeys: AssessmentSectionReader.barrierKeys) { key throws(Refused) in
            switch key {
            case "domain": domain = try values.choice(Barrier.domains)
            case "description": description = try values.text(path: "assessment.barriers.description")
            case "severity": severity = try values.choice(ChoiceWords.severities).flatMap(Severity.init(rawValue:))
            case "private": isPrivate = try values.bool() ?? false
            default: try cursor.skipNode()
            }
        }
        guard present, let domain else { throw Refused() }
        return Barrier(domain: domain, description: description, severity: severity, isPrivate: isPrivate)
    }

    /// The plan's start; a plan without one is the full reader's to report.
    private func planStartOnly() throws(Refused) -> LocalDate? {
        var start: LocalDate?
        let present = try values.mapping(validKeys: PlanSectionReader.keys) { key throws(Refused) in
            if key == "start" { start = try values.date() } else { try cursor.skipNode() }
        }
        guard !present || start != nil else { throw Refused() }
        return start
    }

    private func review() throws(Refused) -> ReviewRecord {
        var record = ReviewRecord()
        let present = try values.mapping(validKeys: ProgressRecordsReader.reviewKeys) { key throws(Refused) in
            switch key {
            case "date": record.date = try values.date()
            case "week": record.week = try values.integer(.within(1...104, "plan weeks"))
            case "hours_worked": record.hoursWorked = try values.number(.within(0...168, "hours in a week"))
            case "days_worked": record.daysWorked = try values.integer(.within(0...7, "days in a week"))
            case "note": record.note = try values.text(path: "reviews.note")
            case "measures": record.measures = try values.list { () throws(Refused) in try OutcomeMeasures.measure(values) } ?? []
            default: try cursor.skipNode()
            }
        }
        guard present else { throw Refused() }
        return record
    }

    private func outcomeSection() throws(Refused) -> Outcome? {
        var outcome = Outcome()
        let present = try values.mapping(validKeys: ProgressRecordsReader.outcomeKeys) { key throws(Refused) in
            switch key {
            case "discharged": outcome.discharged = try values.date()
            case "status": outcome.status = try values.choice(Outcome.statuses)
            case "reason": outcome.reason = try values.text(path: "outcome.reason")
            case "follow_up":
                var followUp = Outcome.FollowUp()
                let given = try values.mapping(validKeys: ProgressRecordsReader.followUpKeys) { key throws(Refused) in
                    switch key {
                    case "date": followUp.date = try values.date()
                    case "status": followUp.status = try values.choice(Outcome.statuses)
                    default: try cursor.skipNode()
                    }
                }
                outcome.followUp = given ? followUp : nil
            default: try cursor.skipNode()
            }
        }
        return present ? outcome : nil
    }
}
