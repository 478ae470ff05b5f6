import XCTest
@testable import Documents
@testable import PlanBuilder

/// When the client keeps the plan from the employer, no document reads as if the employer
/// knew it: the client's copy says what was not told and does not promise that the manager
/// will arrange the changes or join the check-ins; the signed plan does not promise "the
/// hours below", describe how they build up, or ask to be reviewed "on the dates above".
/// With the usual consent none of this is said.
final class NotToldWordingTests: XCTestCase {
    private let notTold = ["You chose not to share your hours with your employer",
                           "You chose not to share these with your employer",
                           "You chose not to share these changes with your employer"]

    private func documents(sharing shared: String) throws -> (plan: String, client: String) {
        (try text(.rtwPlan, of: "back-pain", sharing: shared), try text(.clientCopy, of: "back-pain", sharing: shared))
    }

    /// One document of a shared example whose client shares `shared` (comma-separated).
    private func text(_ kind: DocumentKind, of example: String, sharing shared: String) throws -> String {
        try TestSupport.flowingText(of: kind, example: example) { caseFile in
            caseFile.consent.shareWithEmployer = Set(shared.split(separator: ",").compactMap { ShareableItem(rawValue: String($0)) })
        }
    }

    func testNothingSharedIsSaidInTheClientCopyAndTheSignedPlan() throws {
        let (plan, client) = try documents(sharing: "")
        for sentence in notTold { XCTAssertTrue(client.contains(sentence), sentence) }
        XCTAssertFalse(client.contains("will sort this out"), "nobody at work was asked to")
        XCTAssertTrue(client.contains("You and your case manager will talk about how it is going"))
        XCTAssertFalse(client.contains("You, your manager and your case manager"))
        XCTAssertTrue(plan.contains("as far as Jane has agreed to share it with the employer"))
        for promise in ["Please keep to the hours below", "How hours build up", "on the dates above"] {
            XCTAssertFalse(plan.contains(promise), promise)
        }
    }

    /// Duties kept back: the signed plan's opening does not promise "which duties to leave
    /// out"; the employer report, whose only point to watch was kept back with the
    /// functional effects, has no heading that stands only to say so (the consent
    /// statement does).
    func testWhatIsKeptBackIsNotPromisedOrGivenAHeadingOfItsOwn() throws {
        let plan = try text(.rtwPlan, of: "back-pain", sharing: "schedule,adjustments")
        XCTAssertTrue(plan.contains("step by step: which days and how many hours each week, the workplace adjustments agreed, and when the plan will be reviewed."), plan)
        let report = try text(.employerReport, of: "back-pain", sharing: "schedule,adjustments")
        XCTAssertFalse(report.contains("Points to watch in the schedule"), report)
        XCTAssertFalse(report.contains("could manage when assessed"))
        XCTAssertTrue(report.contains("how their health affects their work"), "said once, in the consent statement")
        let full = try text(.rtwPlan, of: "back-pain", sharing: "schedule,duties,adjustments")
        XCTAssertTrue(full.contains("which duties to leave out for now, the workplace adjustments agreed, and when"))
    }

    /// The employer report's opening promises how health affects work only when that was
    /// agreed: with nothing shared it promises only what was agreed.
    func testTheEmployerReportOpensWithWhatWasAgreed() throws {
        for (shared, opening) in [("", "Our advice on Jane's return to work: only what Jane agreed to share, with no medical details."),
                                  ("schedule,functional_effects", "Our advice on Jane's return to work: how their health affects work")] {
            XCTAssertTrue(try text(.employerReport, of: "back-pain", sharing: shared).contains(opening), "shared: \(shared)")
        }
    }

    /// The client's copy says what the employer is told, from the same consent: the
    /// diagnosis when that alone was shared (the shift worker's file with nothing else
    /// shared), nothing when nothing was, the agreed parts otherwise.
    func testTheClientCopySaysWhatTheEmployerIsTold() throws {
        let cases: [(example: String, shared: String, says: String)] = [
            ("shift", "", "You agreed that we tell your employer: your diagnosis and treatment. Nothing else is shared."),
            ("back-pain", "", "We tell your employer nothing about your plan or your health."),
            ("back-pain", "schedule,adjustments",
             "You agreed that we tell your employer: your hours, week by week; the changes at work. Nothing else is shared."),
        ]
        for (example, shared, says) in cases {
            XCTAssertTrue(try text(.clientCopy, of: example, sharing: shared).contains(says), "\(example) sharing [\(shared)]")
        }
    }

    func testTheUsualConsentSaysNoneOfIt() throws {
        let (plan, client) = try documents(sharing: "schedule,duties,adjustments")
        for sentence in notTold { XCTAssertFalse(client.contains(sentence), sentence) }
        XCTAssertTrue(client.contains("will sort this out"))
        XCTAssertTrue(client.contains("You, your manager and your case manager"))
        for promise in ["Please keep to the hours below", "How hours build up", "on the dates above"] {
            XCTAssertTrue(plan.contains(promise), promise)
        }
    }
}
