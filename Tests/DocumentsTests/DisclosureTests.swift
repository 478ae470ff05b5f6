import Foundation
import XCTest
import Documents
import PlanBuilder

/// The hard rule: a document the employer reads never carries what consent does not
/// allow. Checked on the PDF's own text, as the employer would see it.
final class DisclosureTests: XCTestCase {
    func testNoConfidentialMarkerReachesTheRTWPlan() throws {
        let engine = try TestSupport.engine()
        let (_, _, pdf) = try TestSupport.render(TestSupport.fixture("privacy-probe.yaml"), engine: engine)
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let markers = text.components(separatedBy: .whitespacesAndNewlines).filter { $0.contains("ZQ") }
        XCTAssertEqual(markers, [], "confidential text reached the employer's document")
        XCTAssertFalse(text.contains("1980"), "date of birth")
        XCTAssertTrue(text.contains("unavailable (appointment)"))
        XCTAssertTrue(text.contains("The employee’s own goals: not shared") || text.contains("The employee's own goals: not shared"), "withheld goals are said to be withheld")
        XCTAssertTrue(text.contains("Filing heavy boxes"), "consented duties are shown")
    }

    func testSharedExamplesKeepHealthDetailsOutUnlessDisclosed() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (caseFile, _, pdf) = try TestSupport.render(path, engine: engine)
            let text = try TestSupport.text(of: pdf).replacingOccurrences(of: "\n", with: " ")
            for barrier in caseFile.assessment?.barriers ?? [] where barrier.isPrivate {
                let words = (barrier.description ?? "").split(separator: " ").prefix(4).joined(separator: " ")
                XCTAssertFalse(text.contains(words), "\(path): private barrier \"\(words)\"")
            }
            XCTAssertFalse(text.contains("HADS"), path)
            if !caseFile.consent.discloseDiagnosis {
                for condition in caseFile.health?.conditions ?? [] {
                    XCTAssertFalse(text.contains(condition.name), "\(path): condition named")
                }
                for appointment in caseFile.health?.appointments ?? [] {
                    if let what = appointment.what { XCTAssertFalse(text.contains(what), "\(path): appointment purpose") }
                }
                XCTAssertFalse(text.contains(caseFile.health?.medicationEffects ?? "\u{0}"), path)
            }
        }
    }

    func testTheAudienceFilterIsTheOnePlaceConsentIsApplied() throws {
        let engine = try TestSupport.engine()
        let caseFile = try engine.reader.read(path: TestSupport.fixture("privacy-probe.yaml"))
        let employer = EmployerView(caseFile, schedule: try engine.schedule(for: caseFile), screen: engine.healthScreen(for: caseFile))
        XCTAssertTrue(employer.conditions.isEmpty && employer.treatments.isEmpty)
        XCTAssertNil(employer.medicationEffects)
        XCTAssertEqual(employer.goals.count, 0)
        XCTAssertEqual(employer.withheld, [.goals, .reviews, .functionalEffects])
        let appointmentDays = employer.schedule?.weeks.flatMap(\.excluded).filter {
            if case .appointment = $0.reason { return true } else { return false }
        }
        XCTAssertEqual(appointmentDays?.map(\.reason), [.appointment(nil)])
        let caseManager = CaseManagerView(caseFile, schedule: nil)
        XCTAssertEqual(caseManager.caseFile.health?.conditions.first?.name, "ZQCONDITION chronic illness")
    }
}

/// Free text written for the employer that is really health information.
final class HealthTextScreenTests: XCTestCase {
    func testAnAdjustmentDetailNamingMedicationIsLeftOutAndWarnedAbout() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let caseFile = try engine.reader.read(path: path)
        let warnings = engine.disclosureWarnings(for: caseFile)
        XCTAssertEqual(warnings, ["adjustments[3].detail"], "the field is named, not the words that triggered it")
        for kind in [DocumentKind.rtwPlan, .employerReport] {
            let pdf = try engine.render(kind, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
            let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertFalse(text.lowercased().contains("medication"), "\(kind)")
            XCTAssertFalse(text.lowercased().contains("drowsiness"), "\(kind)")
            XCTAssertTrue(text.contains("Later start"), "the adjustment itself is still shown")
        }
        let client = try engine.render(.clientCopy, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
        XCTAssertTrue(try TestSupport.text(of: client).contains("medication"), "the client's own copy keeps it")
    }

    /// A review note or goal the employee agreed to share but that reads as health
    /// information is left out and the page says so, never a silent blank.
    func testAScreenedNoteOrGoalSaysNotShared() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var caseFile = try engine.reader.read(path: path)
        caseFile.consent.shareWithEmployer.formUnion([.reviews, .goals])
        caseFile.reviews[0].note = "Physio says the slipped disc is healing."
        caseFile.goals[1].text = "Back to full hours once physiotherapy has finished."
        let pdf = try engine.render(.employerReport, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertFalse(text.contains("slipped disc") || text.lowercased().contains("physio"), "the screened words never reach the employer")
        XCTAssertTrue(text.contains("Not shared: reads as health information"), "the review row says why its note is missing")
        XCTAssertTrue(text.contains("Goals that read as health information are not shared."))
        XCTAssertTrue(text.contains("Return to three short days a week"), "the other goal is still shown")
    }

    /// A note whose health information is only in its second clause keeps the first.
    func testAReviewNoteKeepsItsCleanOpening() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var caseFile = try engine.reader.read(path: path)
        caseFile.consent.shareWithEmployer.insert(.reviews)
        caseFile.reviews[0].note = "Managed all three days; sore after physiotherapy on Wednesday."
        let pdf = try engine.render(.employerReport, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
        let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("Managed all three days; sore. The rest is not shared (health information)."), "the longest opening without health words")
        XCTAssertFalse(text.lowercased().contains("physio"))
    }

    /// Where no consent is recorded, the plan does not say the employee refused.
    func testTheNoticeSaysWhetherConsentWasRefusedOrNeverRecorded() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        let refused = try engine.reader.read(path: path)
        let unrecorded = try engine.reader.read(bytes: Array(try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "consent:\n  recorded: 2026-01-20\n  share_with_employer: [schedule, duties, adjustments, functional_effects]\n  disclose_diagnosis: false\n", with: "").utf8),
            fileName: "unrecorded.yaml", baseDirectory: nil)
        XCTAssertFalse(unrecorded.consent.isRecorded)
        for (caseFile, notice) in [(refused, "The employee's own goals: not shared. Jane has not agreed to share this with the employer."),
                                   (unrecorded, "The employee's own goals: not shared. No consent from Jane to share this with the employer is recorded.")] {
            let pdf = try engine.render(.rtwPlan, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
            XCTAssertTrue(try TestSupport.flowingText(of: pdf).contains(notice), notice)
        }
        for (caseFile, note) in [(refused, "Jane has not agreed to share progress at reviews with the employer."),
                                 (unrecorded, "No consent from Jane to share progress at reviews with the employer is recorded.")] {
            let pdf = try engine.render(.review, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
            XCTAssertTrue(try TestSupport.flowingText(of: pdf).contains(note), note)
        }
    }

    func testWithConsentToDiscloseNothingIsScreened() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("shift") })
        XCTAssertEqual(engine.disclosureWarnings(for: try engine.reader.read(path: path)), [])
    }
}
