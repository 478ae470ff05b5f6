import Foundation
import XCTest
import Documents
import PlanBuilder
import Synchronization

/// Every combination of consent — each subset of the six parts the client may share,
/// with and without disclosing the diagnosis: 128 cases — rendered as the two documents
/// the employer reads and read back from the PDFs. Each marker (words and numbers: a
/// capacity in kilograms, an appointment at a named clinic) must appear exactly when
/// the consent allows it, so the test fails on a leak and on over-hiding alike.
final class ConsentCombinationTests: XCTestCase {
    /// What allows each marker to reach the employer: the parts that must be shared and
    /// whether the diagnosis must be disclosed.
    private static let rules: [(marker: String, needs: Set<ShareableItem>, diagnosis: Bool)] = [
        ("OKCONDITION", [], true),
        ("OKTREATMENT", [], true),
        ("OKFITNESSCOMMENT", [], true),
        ("OKAPPOINTMENT", [.schedule], true),
        ("ZQCLINIC", [.schedule], true),
        ("OKUNAVAILABLE", [.schedule], true),
        ("OKMEDICATION", [.functionalEffects], true),
        ("OKHEALTHBARRIER", [.functionalEffects], true),
        ("OKFUNCTIONALBARRIER", [.functionalEffects], false),
        ("OKSTRENGTH", [.functionalEffects], false),
        ("OKLIMITATION", [.functionalEffects], false),
        ("13.7 kg", [.functionalEffects], false),
        ("47 minutes", [.functionalEffects], false),
        ("OKGOAL", [.goals], false),
        ("OKDUTY", [.duties], false),
        ("OKADJUSTMENT", [.adjustments], false),
        ("OKREVIEWNOTE", [.reviews], false),
        // The catalogue's reason for an adjustment the case describes no further speaks of
        // stiffness and discomfort: how health affects work.
        ("Why: Changing position regularly", [.adjustments, .functionalEffects], false),
    ]
    /// Never in an employer document, whatever the consent.
    private static let never = ["ZQPRIVATEBARRIER", "ZQMOODBARRIER", "ZQFINANCIALBARRIER", "ZQCOMMSNEEDS", "ZQTREATNOTE", "ZQINTERVENTION",
                                "ZQOUTCOMEREASON", "HADS", "Work Ability", "EQ-5D", "1980", "29 Feb"]

    func testEveryConsentCombinationShowsExactlyWhatItAllows() throws {
        let engine = try TestSupport.engine()
        var base = try engine.reader.read(path: TestSupport.fixture("probe-everything-and-diagnosis.yaml"))
        base.assessment?.capacity?.liftingKg = 13.7
        base.assessment?.capacity?.sittingMinutes = 47
        base.health?.appointments[0].what = "OKAPPOINTMENT ZQCLINIC Royal Infirmary"
        base.adjustments.append(Adjustment(code: "movement-breaks", responsible: "line-manager"))
        let probe = base
        let items = ShareableItem.allCases
        let combinations = (0..<(1 << items.count)).flatMap { mask in
            [false, true].map { diagnosis in (Set(items.indices.filter { mask & (1 << $0) != 0 }.map { items[$0] }), diagnosis) }
        }
        XCTAssertEqual(combinations.count, 128)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            for (index, (shared, diagnosis)) in combinations.enumerated() where index % 2 == half {
                var file = probe
                file.consent.shareWithEmployer = shared
                file.consent.discloseDiagnosis = diagnosis
                let label = "share \(shared.map(\.rawValue).sorted()) diagnosis \(diagnosis)"
                do {
                    let schedule = try engine.schedule(for: file)
                    var text = ""
                    for kind in [DocumentKind.rtwPlan, .employerReport] {
                        text += try TestSupport.text(of: try engine.render(kind, caseFile: file, schedule: schedule)) + "\n"
                    }
                    text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    for rule in Self.rules {
                        let allowed = rule.needs.isSubset(of: shared) && (diagnosis || !rule.diagnosis)
                        if text.contains(rule.marker) != allowed {
                            failures.withLock { $0.append("\(label): \(rule.marker) \(allowed ? "missing" : "leaked")") }
                        }
                    }
                    for marker in Self.never where text.contains(marker) { failures.withLock { $0.append("\(label): \(marker) leaked") } }
                } catch {
                    failures.withLock { $0.append("\(label): \(error)") }
                }
            }
        }
        XCTAssertEqual(failures.withLock { $0.sorted() }, [])
    }
}
