import Foundation
import XCTest
import Documents
import PlanBuilder

/// Every employer document, for every probe and every shared example, read back from the
/// PDF: no `ZQ` marker (text this consent keeps from the employer) may appear, and every
/// `OK` marker (text this consent lets the employer see) must, so a filter that hides
/// too much fails as surely as one that leaks.
final class DisclosureProbeTests: XCTestCase {
    static let probes = ["privacy-probe.yaml", "probe-nothing-shared.yaml", "probe-everything-shared.yaml",
                         "probe-everything-and-diagnosis.yaml", "probe-diagnosis-only.yaml"]
    static let employerDocuments: [DocumentKind] = DocumentKind.allCases.filter { $0.audience == .employer }

    func testEmployerDocumentsCarryNoMarkerTheConsentWithholds() throws {
        let engine = try TestSupport.engine()
        XCTAssertEqual(Set(Self.employerDocuments), [.rtwPlan, .employerReport])
        for probe in Self.probes {
            let path = TestSupport.fixture(probe)
            for kind in Self.employerDocuments {
                let (_, _, pdf) = try TestSupport.render(path, kind, engine: engine)
                let text = try TestSupport.text(of: pdf)
                XCTAssertEqual(Self.markers("ZQ", in: text), [], "\(probe) \(kind.rawValue): confidential text reached the employer")
                for forbidden in ["HADS", "Work Ability", "EQ-5D", "decile", "1980", "29 Feb"] {
                    XCTAssertFalse(text.contains(forbidden), "\(probe) \(kind.rawValue): \(forbidden)")
                }
            }
        }
    }

    func testTheEmployerReportShowsEverythingTheConsentAllows() throws {
        let engine = try TestSupport.engine()
        for probe in Self.probes where probe.hasPrefix("probe-") {
            let path = TestSupport.fixture(probe)
            let allowed = Self.markers("OK", in: try String(contentsOfFile: path, encoding: .utf8))
            let (_, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
            let shown = Self.markers("OK", in: try TestSupport.text(of: pdf))
            XCTAssertEqual(shown, allowed, "\(probe): consented text missing from the employer report")
        }
    }

    func testWithheldPartsAreSaidToBeWithheld() throws {
        let engine = try TestSupport.engine()
        let (_, _, pdf) = try TestSupport.render(TestSupport.fixture("probe-nothing-shared.yaml"), .employerReport, engine: engine)
        // Withheld parts are named once, in one consent statement, not section by section.
        let text = try TestSupport.flowingText(of: pdf)
        XCTAssertTrue(text.contains("Pat has not agreed to share the week-by-week schedule, duties to avoid or bring back, "
                                    + "workplace adjustments, how their health affects their work, their own goals, progress at "
                                    + "reviews or their diagnosis, so this report leaves them out."), text)
        XCTAssertFalse(text.contains(": not shared"), "no section exists only to say it is not shared")
        let (_, _, everything) = try TestSupport.render(TestSupport.fixture("probe-everything-and-diagnosis.yaml"), .employerReport, engine: engine)
        XCTAssertFalse(try TestSupport.flowingText(of: everything).contains("not agreed"))
    }

    func testSharedExamplesKeepPrivateAndPersonalBarriersFromTheEmployerReport() throws {
        let engine = try TestSupport.engine()
        for path in TestSupport.sharedExamples {
            let (caseFile, _, pdf) = try TestSupport.render(path, .employerReport, engine: engine)
            let text = try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for barrier in caseFile.assessment?.barriers ?? [] where barrier.isPrivate || barrier.domain == "financial" {
                let words = (barrier.description ?? "").split(separator: " ").prefix(4).joined(separator: " ")
                XCTAssertFalse(text.contains(words), "\(path): barrier \"\(words)\"")
            }
            XCTAssertFalse(text.contains("HADS"), path)
            if !caseFile.consent.discloseDiagnosis {
                for condition in caseFile.health?.conditions ?? [] { XCTAssertFalse(text.contains(condition.name), path) }
                for appointment in caseFile.health?.appointments ?? [] {
                    if let what = appointment.what { XCTAssertFalse(text.contains(what), "\(path): appointment purpose") }
                }
                XCTAssertTrue(text.contains("unavailable (appointment)") || caseFile.health?.appointments.isEmpty == true, path)
            } else {
                for condition in caseFile.health?.conditions ?? [] { XCTAssertTrue(text.contains(condition.name), path) }
            }
        }
    }

    func testTheEmployerViewCarriesOnlyWhatItLists() throws {
        let engine = try TestSupport.engine()
        let caseFile = try engine.reader.read(path: TestSupport.fixture("probe-everything-and-diagnosis.yaml"))
        let employer = EmployerView(caseFile, schedule: try engine.schedule(for: caseFile), screen: engine.healthScreen(for: caseFile))
        // Workplace barriers, and health ones with consent to disclose the diagnosis; never financial or private ones.
        XCTAssertEqual(employer.barriers.count, caseFile.assessment?.barriers.filter { ["health", "workplace"].contains($0.domain) && !$0.isPrivate }.count)
        XCTAssertFalse(employer.diagnosisWithheld)
        XCTAssertFalse(employer.conditions.isEmpty)
        let client = ClientView(caseFile, schedule: nil)
        XCTAssertEqual(client.appointments.first?.what, "OKAPPOINTMENT clinic")
        let caseManager = CaseManagerView(caseFile, schedule: nil)
        XCTAssertEqual(caseManager.caseFile.client.deprivationDecile, 7)
        let withheld = try engine.reader.read(path: TestSupport.fixture("probe-everything-shared.yaml"))
        let view = EmployerView(withheld, schedule: nil, screen: engine.healthScreen(for: withheld))
        XCTAssertTrue(view.diagnosisWithheld)
        XCTAssertTrue(view.conditions.isEmpty && view.treatments.isEmpty && view.medicationEffects == nil)
    }

    /// The distinct marker words (`ZQGOAL`, `OKDUTY`, ...) in a text.
    static func markers(_ prefix: String, in text: String) -> Set<String> {
        Set(text.components(separatedBy: CharacterSet.alphanumerics.inverted).filter { $0.hasPrefix(prefix) && $0.count > prefix.count })
    }
}
