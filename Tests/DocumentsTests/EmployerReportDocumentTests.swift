import Foundation
import XCTest
import Documents
import PlanBuilder

/// The health and work report read back from the PDF, as the employer would read it.
final class EmployerReportDocumentTests: XCTestCase {
    func testTheFitnessRecommendationTicksTheChosenOptionsAndShowsTheOthers() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (caseFile, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
            let text = try TestSupport.text(of: pdf)
            let fitness = try XCTUnwrap(caseFile.assessment?.fitness)
            let labels: [Fitness.Option: String] = [.phasedReturn: "A phased return to work", .alteredHours: "Altered hours",
                                                    .amendedDuties: "Amended duties", .workplaceAdaptations: "Workplace adaptations"]
            for (option, label) in labels {
                let box = fitness.with.contains(option) ? "☒" : "☐"
                XCTAssertTrue(text.contains("\(box) \(label)") || text.contains("\(box)\u{2002}\(label)"), "\(path): \(box) \(label)")
            }
            XCTAssertTrue(text.contains("☐ Not fit for work") || text.contains("☐\u{2002}Not fit for work"), path)
        }
    }

    /// The case's own words say what an adjustment is; the catalogue's reason fills in only
    /// where the case says nothing more, so a buddy for hoist transfers is not explained
    /// as something else.
    func testEachAdjustmentSaysWhatInTheCasesWordsWhoActsAndByWhen() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (caseFile, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
            let text = try TestSupport.flowingText(of: pdf)
            let view = EmployerView(caseFile, schedule: nil, screen: engine.healthScreen(for: caseFile))
            // pdftotext joins a word broken after its hyphen ("hot-" / "desking"), so
            // hyphens are left out on both sides.
            let unhyphenated = text.replacingOccurrences(of: "-", with: "")
            func printed(_ words: String) -> Bool { unhyphenated.contains(words.replacingOccurrences(of: "-", with: "")) }
            for (adjustment, shown) in zip(caseFile.adjustments, view.adjustments) {
                let entry = try XCTUnwrap(adjustment.code.flatMap { engine.catalogue.adjustment($0) })
                XCTAssertTrue(printed(entry.title), "\(path): \(entry.title)")
                if let detail = shown.detail {
                    XCTAssertTrue(printed(detail), "\(path): the case's words for \(entry.code)")
                    XCTAssertFalse(printed(entry.why), "\(path): no catalogue reason beside the case's words for \(entry.code)")
                } else {
                    XCTAssertTrue(printed(entry.why), "\(path): why for \(entry.code)")
                }
            }
            XCTAssertTrue(text.contains("What we ask you to do") && text.contains("Cost and funding"), path)
        }
    }

    /// A lead time is printed only where something has to be ordered or arranged: a change
    /// of hours or a break in the day is in place from its first day ("Lead time: Now" on
    /// every such row only made the rows taller).
    func testLeadTimesOnlyWhereSomethingIsArranged() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (_, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
        let text = try TestSupport.flowingText(of: pdf)
        XCTAssertTrue(text.contains("Lead time: 2\u{2013}6 weeks"), "the sit-stand desk")
        XCTAssertTrue(text.contains("Lead time: 1\u{2013}2 weeks"), "the fixed desk")
        XCTAssertEqual(text.components(separatedBy: "Lead time:").count - 1, 2, text)
    }

    /// With an issue date the manager is told when to order, with the lead time beside it
    /// instead of on its own line: the sit-stand desk (2–6 weeks)
    /// by 19 January for 2 March, or at once, marked as possibly late, once fewer than six
    /// weeks are left; the fixed desk (1–2 weeks) by 16 February. A draft (no issue date)
    /// gives the lead time alone. The same in Welsh.
    func testOrderDatesFollowTheIssueDateAndTheLeadTime() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        func text(issued: LocalDate?, language: String = "en-GB") throws -> String {
            var caseFile = try engine.reader.read(path: path)
            caseFile.caseInfo.issued = issued
            caseFile.client.language = language
            let schedule = try engine.schedule(for: caseFile)
            return try TestSupport.flowingText(of: try engine.render(.employerReport, caseFile: caseFile, schedule: schedule))
                .replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        let early = try text(issued: LocalDate(year: 2026, month: 1, day: 12))
        XCTAssertTrue(early.contains("Permanent Order by 19 Jan (2\u{2013}6 weeks)"), early)
        XCTAssertTrue(early.contains("Arrange by 16 Feb (1\u{2013}2 weeks)"), "a fixed desk is arranged, not bought: \(early)")
        XCTAssertFalse(early.contains("Order now"), early)
        let late = try text(issued: LocalDate(year: 2026, month: 1, day: 20))
        XCTAssertTrue(late.contains("Order now (2\u{2013}6 weeks): may arrive late"), late)
        XCTAssertTrue(late.contains("Arrange by 16 Feb (1\u{2013}2 weeks)"), late)
        let due = try text(issued: LocalDate(year: 2026, month: 3, day: 2))
        // Needed by the issue date: the report cannot know whether it is already there.
        XCTAssertTrue(due.contains("If not in place: order now (2\u{2013}6 weeks)"), "the desk, due that day: \(due)")
        XCTAssertTrue(due.contains("If not in place: arrange now (1\u{2013}2 weeks)"), due)
        XCTAssertFalse(due.contains("may arrive late") || due.contains("Order by") || due.contains("Arrange by"), due)
        let draft = try text(issued: nil)
        XCTAssertFalse(draft.contains("Order ") || draft.contains("Arrange "), draft)
        XCTAssertEqual(draft.components(separatedBy: "Lead time:").count - 1, 2, draft)
        let welsh = try text(issued: LocalDate(year: 2026, month: 1, day: 20), language: "cy")
        XCTAssertTrue(welsh.contains("Archebu nawr (2\u{2013}6 wythnos): gall fod yn hwyr"), welsh)
        XCTAssertTrue(welsh.contains("Trefnu erbyn 16 Chwefror (1\u{2013}2 wythnos)"), welsh)
    }

    /// "Start at 10:00 while morning medication causes drowsiness": the manager needs the
    /// time, not the medication. The opening is kept, the page says the rest is not shared,
    /// and the case manager is told what was printed.
    func testADetailWhoseReasonIsHealthInformationKeepsItsInstruction() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        for kind in [DocumentKind.employerReport, .rtwPlan] {
            let (_, _, pdf) = try TestSupport.render(path, kind, engine: engine)
            let text = try TestSupport.flowingText(of: pdf)
            XCTAssertTrue(text.contains("Start at 10:00. The rest is not shared (health information)."), "\(kind)")
            XCTAssertFalse(text.lowercased().contains("medication"), "\(kind)")
            XCTAssertFalse(text.lowercased().contains("drows"), "\(kind)")
        }
        let caseFile = try engine.reader.read(path: path)
        let messages = engine.warningMessages(for: caseFile, file: path).map(\.text)
        XCTAssertTrue(messages.contains { $0.hasPrefix("adjustments[3].detail:") && $0.contains("print only \"Start at 10:00.\"") }, "\(messages)")
    }

    /// The opening promise matches the report: no medical details, or the diagnosis the
    /// employee agreed to share and nothing more.
    func testTheIntroductionSaysWhetherTheDiagnosisIsShared() throws {
        let engine = try TestSupport.engine()
        for (example, promise) in [("back-pain", "not medical details, and only what Jane agreed to share."),
                                   ("shift", "and the diagnosis and any treatment Siobhán agreed to share; no other medical details.")] {
            let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains(example) })
            let (_, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
            XCTAssertTrue(try TestSupport.flowingText(of: pdf).contains(promise), promise)
        }
    }

    /// An ordinary case's report is two pages, with every action on page 1 for the manager.
    func testTheOrdinaryCaseFitsTwoPagesWithEveryActionOnPageOne() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (_, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
        let pages = try TestSupport.pageTexts(of: pdf)
        XCTAssertEqual(pages.count, 2)
        let first = pages[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for action in ["Phased hours and duties", "A sit-stand desk", "Time off for appointments", "Later start time"] {
            XCTAssertTrue(first.contains(action), action)
        }
        XCTAssertFalse(pages.joined().contains("(continued)"), "the action table is not split")
    }

    /// Two pages in every nation too, once issued: an issue date adds when to order or
    /// arrange each adjustment, Ireland's report a longer fitness line and euro costs.
    func testTheOrdinaryCaseFitsTwoPagesInEveryNationOnceIssued() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        for region in HolidayRegion.allCases where region != .none {
            var caseFile = try engine.reader.read(path: path)
            caseFile.plan?.holidays = region
            caseFile.caseInfo.issued = LocalDate(year: 2026, month: 2, day: 23)
            let pdf = try engine.render(.employerReport, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
            let text = try TestSupport.text(of: pdf)
            XCTAssertTrue(text.contains("Order now") || text.contains("Order by"), "\(region.rawValue): issued, so order dates are printed")
            XCTAssertEqual(try TestSupport.pageTexts(of: pdf).count, 2, region.rawValue)
        }
    }

    /// Issued three weeks into the plan, the report gives the next review the manager can
    /// attend, not the first one, already held.
    func testAReportIssuedAfterAReviewGivesTheNextOne() throws {
        for (issued, says) in [(LocalDate(year: 2026, month: 2, day: 23), "First review 13 March 2026"),
                               (LocalDate(year: 2026, month: 3, day: 20), "Next review 27 March 2026")] {
            let text = try TestSupport.flowingText(of: .employerReport, example: "back-pain") { $0.caseInfo.issued = issued }
            XCTAssertTrue(text.contains(says), says)
        }
    }

    /// In Welsh too, issued: two pages, and each half of the bilingual report two pages, so
    /// no page in the middle holds only the Welsh consent statement.
    func testTheOrdinaryCaseFitsTwoPagesInWelshAndTwoEachSideWhenBilingual() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        for (language, expected) in [("cy", 2), ("cy-en", 4)] {
            var caseFile = try engine.reader.read(path: path)
            caseFile.client.language = language
            caseFile.plan?.holidays = .englandAndWales
            caseFile.caseInfo.issued = LocalDate(year: 2026, month: 2, day: 23)
            let pdf = try engine.render(.employerReport, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
            let pages = try TestSupport.pageTexts(of: pdf)
            XCTAssertEqual(pages.count, expected, language)
            XCTAssertTrue(pages[0].contains("Archebu nawr") || pages[0].contains("Archebu erbyn"), "\(language): issued, so order dates are printed")
            if language == "cy-en" { XCTAssertTrue(pages[2].contains("Health and work report"), "the English half starts on page 3") }
        }
    }

    /// A limitation's detail that starts with its title's word continues the title rather
    /// than repeating it.
    func testAnEffectIsNotSaidTwice() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (_, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
        let text = try TestSupport.flowingText(of: pdf)
        XCTAssertTrue(text.contains("Tires easily, by early afternoon."), text)
        XCTAssertFalse(text.contains("Tires easily. Tires"))
        XCTAssertTrue(text.contains("Limited sitting. Needs to change position"), "other effects keep their title as a heading")
    }

    /// The phased return's cost to the employer is their pay policy in a few words, not
    /// "as agreed in the plan": full pay for four weeks (back pain), hours worked (cancer).
    func testThePhasedHoursRowSaysWhatThePayPolicyCosts() throws {
        let engine = try TestSupport.engine()
        let expected = ["back-pain": "Full pay to the end of week 4, then for the hours worked, holidays and leave",
                        "cancer": "Pay for the hours worked, and for shifts lost to holidays and leave"]
        for (name, cost) in expected {
            let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains(name) })
            let (caseFile, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
            XCTAssertNotNil(caseFile.plan?.pay)
            let text = try TestSupport.flowingText(of: pdf)
            XCTAssertTrue(text.contains(cost), "\(name): \(text)")
            XCTAssertFalse(text.contains("as agreed in the plan"), name)
        }
    }

    /// "Avoid lifting over 5 kg" is said once: the assessment's list leaves out the 5 kg
    /// and the 30 minutes' sitting the effects already give, and keeps them when the
    /// effect's words give no number.
    func testAnAssessedLimitIsSaidOnceWhenTheEffectAlreadyGivesIt() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var caseFile = try TestSupport.render(path, .employerReport, engine: engine).0
        XCTAssertEqual(caseFile.assessment?.capacity?.liftingKg, 5)
        func capacitySentence() throws -> String {
            let schedule = try XCTUnwrap(try engine.schedule(for: caseFile))
            let text = try TestSupport.flowingText(of: try engine.render(.employerReport, caseFile: caseFile, schedule: schedule))
            let start = try XCTUnwrap(text.range(of: "At the assessment"))
            return String(text[start.lowerBound...].prefix { $0 != "." })
        }
        let once = try capacitySentence()
        XCTAssertFalse(once.contains("Lifting up to 5 kg"), once)
        XCTAssertFalse(once.contains("Sitting for about 30 minutes"), once)
        XCTAssertTrue(once.contains("Up to 4 h a day"), once)
        let limitations = try XCTUnwrap(caseFile.assessment?.limitations)
        caseFile.assessment?.limitations = limitations.map { limitation in
            var plain = limitation
            if ["lifting", "sitting"].contains(limitation.code) { plain.detail = "Some difficulty." }
            return plain
        }
        let both = try capacitySentence()
        XCTAssertTrue(both.contains("Lifting up to 5 kg") && both.contains("Sitting for about 30 minutes"), both)
    }

    func testTheReportCarriesScheduleReviewConsentAndContact() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let (caseFile, schedule, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
        let pages = try TestSupport.pageTexts(of: pdf)
        let text = pages.joined(separator: "\n").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("Health and work report"))
        // The week grid: one line a week, Monday to Friday, "Off" for a day off for a
        // reason (said beneath, without the appointment's name), then the week's hours.
        XCTAssertTrue(text.contains("Week Mon Tue Wed Thu Fri Hours 1 (2 Mar) 4h – Off 4h – 8h"), "first week row")
        XCTAssertTrue(text.contains("7 (13 Apr) 7h 7h 7h 7h 7h 35 h"), "final week row")
        XCTAssertTrue(text.contains("Days off — Wed 4 Mar: unavailable (appointment); Wed 18 Mar: unavailable (appointment); "
                                    + "Fri 3 Apr: Good Friday (public holiday)."), "days off explained")
        XCTAssertTrue(text.contains("Reviews: Fri 13 Mar, Fri 27 Mar, Fri 10 Apr, Fri 17 Apr."), "review dates")
        XCTAssertFalse(text.contains("Physiotherapy"), "the appointment's treatment stays out of the employer's report")
        XCTAssertTrue(try TestSupport.flowingText(of: pdf).contains("with full hours reached in week 7"), "the target week in words")
        XCTAssertEqual(schedule?.weeks.count, 7)
        XCTAssertEqual(schedule?.targetWeek, 7)
        XCTAssertTrue(text.contains("First review 13 March 2026"), "the follow-up date on page 1")
        XCTAssertFalse(text.contains("workstation assessment"), "the case records a workplace assessment; it is not suggested again")
        XCTAssertTrue(text.contains("Advice covers 2 March 2026 to 19 April 2026"), "the period covered")
        XCTAssertTrue(text.contains("On 20 January 2026, Jane agreed"))
        XCTAssertTrue(text.contains("morag.campbell@example.org"))
        XCTAssertTrue(text.contains("Limited sitting"), "functional effects in plain words")
        XCTAssertTrue(text.contains("Needs to change position about every 30 minutes"))
        XCTAssertTrue(text.contains("Up to 4 h a day"), "capacity")
        XCTAssertTrue(text.contains("Jane has not agreed to share their own goals, progress at reviews or their diagnosis, so this report leaves them out."),
                      "goals, reviews and the diagnosis are withheld and said to be")
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Page \(index + 1) of \(pages.count)"))
            XCTAssertTrue(page.contains(caseFile.caseInfo.reference))
        }
    }

    func testNoDocumentPrintsAnEmptyValue() throws {
        let engine = try TestSupport.engine()
        let files = TestSupport.sharedExamples + DisclosureProbeTests.probes.map(TestSupport.fixture)
        for path in files {
            let caseFile = try engine.reader.read(path: path)
            let schedule = try engine.schedule(for: caseFile)
            for kind in engine.supportedDocuments(for: caseFile) {
                let text = try TestSupport.text(of: try engine.render(kind, caseFile: caseFile, schedule: schedule))
                let words = Set(text.components(separatedBy: CharacterSet.alphanumerics.inverted))
                for empty in ["nil", "null", "Optional", "NaN"] {
                    XCTAssertFalse(words.contains(empty), "\(path) \(kind.rawValue): \(empty)")
                }
                XCTAssertFalse(text.contains("{"), "\(path) \(kind.rawValue): an unfilled placeholder")
            }
        }
    }

    func testRenderAllNamesEveryDocumentTheCaseFileSupports() throws {
        let engine = try TestSupport.engine()
        let backPain = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        XCTAssertEqual(engine.supportedDocuments(for: backPain), [.rtwPlan, .employerReport, .clientCopy, .review])
        XCTAssertEqual(engine.supportedDocuments(for: backPain).map { DocumentEngine.fileName(reference: backPain.caseInfo.reference, kind: $0) },
                       ["VR-2026-0147-rtw-plan.pdf", "VR-2026-0147-employer-report.pdf",
                        "VR-2026-0147-client-copy.pdf", "VR-2026-0147-review.pdf"])
        let shifts = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") }))
        XCTAssertEqual(engine.supportedDocuments(for: shifts), [.rtwPlan, .employerReport, .clientCopy], "no reviews, no review")
    }
}
