import XCTest
import Documents
@testable import PlanBuilder

/// The client copy sends each client to the services of their own nation, and to the
/// charities for their own conditions only, matched on whole words.
final class SignpostingTests: XCTestCase {
    private func clientCopyText(holidays: HolidayRegion, nation: String? = nil, condition: String) throws -> String {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        var file = try engine.reader.read(path: path)
        file.plan?.holidays = holidays
        file.client.nation = nation
        file.health?.conditions = [Condition(name: condition)]
        file.assessment?.limitations = []
        file.assessment?.barriers = []
        let schedule = try engine.schedule(for: file)
        let pdf = try engine.render(.clientCopy, caseFile: file, schedule: schedule)
        return try TestSupport.text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The employer's fitness advice is framed as a fit note in the UK; in Ireland, where a
    /// GP's medical certificate has no "may be fit" options, as advice beside it.
    func testTheFitnessAdviceIsFramedForTheNation() throws {
        let engine = try TestSupport.engine()
        let path = try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") })
        for (holidays, phrase) in [(HolidayRegion.scotland, "Our advice, as on a fit note:"),
                                   (.ireland, "Our advice, alongside any GP medical certificate:")] {
            var file = try engine.reader.read(path: path)
            file.plan?.holidays = holidays
            let pdf = try engine.render(.employerReport, caseFile: file, schedule: try engine.schedule(for: file))
            let text = try TestSupport.flowingText(of: pdf)
            XCTAssertTrue(text.contains(phrase), "\(holidays): \(phrase)")
            XCTAssertEqual(text.contains("fit note"), holidays != .ireland, "\(holidays)")
        }
    }

    /// England and Wales share holidays, not services: a client in Wales, named by
    /// `client.nation` or by reading Welsh, is sent to the Welsh services in English too.
    func testAClientInWalesGetsWalesServicesInEnglish() throws {
        let wales = try clientCopyText(holidays: .englandAndWales, nation: "wales", condition: "Depression")
        XCTAssertTrue(wales.contains("NHS 111 Wales") && wales.contains("Citizens Advice Cymru") && wales.contains("Mind Cymru"))
        XCTAssertTrue(wales.contains("Welsh Language Line on 0808 164 0123"))
        let england = try clientCopyText(holidays: .englandAndWales, condition: "Depression")
        XCTAssertFalse(england.contains("Wales") || england.contains("Cymru"), "a client in England is not sent to Welsh services")

        let engine = try TestSupport.engine()
        var file = try engine.reader.read(path: try XCTUnwrap(TestSupport.sharedExamples.first { $0.contains("back-pain") }))
        file.plan?.holidays = .englandAndWales
        file.client.language = "cy-en"
        let pdf = try engine.render(.clientCopy, caseFile: file, schedule: try engine.schedule(for: file))
        let text = try TestSupport.flowingText(of: pdf)
        XCTAssertTrue(text.contains("GIG 111 Cymru") && text.contains("NHS 111 Wales: Call 111"), "both halves name the Welsh services")
    }

    func testEachNationGetsItsOwnServices() throws {
        let england = try clientCopyText(holidays: .englandAndWales, condition: "Low back pain")
        XCTAssertTrue(england.contains("Access to Work") && england.contains("Citizens Advice") && england.contains("NHS 111"))
        let scotland = try clientCopyText(holidays: .scotland, condition: "Depression")
        XCTAssertTrue(scotland.contains("Citizens Advice Scotland") && scotland.contains("NHS 24") && scotland.contains("Breathing Space"))
        XCTAssertTrue(scotland.contains("SAMH") && !scotland.contains("Mind:"), "Scotland: SAMH, not Mind")
        let ni = try clientCopyText(holidays: .northernIreland, condition: "Depression")
        XCTAssertTrue(ni.contains("Access to Work (NI)") && ni.contains("Advice NI") && !ni.contains("Citizens Advice:"))
        let ireland = try clientCopyText(holidays: .ireland, condition: "Breast cancer")
        XCTAssertTrue(ireland.contains("Citizens Information") && ireland.contains("Intreo") && ireland.contains("Irish Cancer Society"))
        for text in [ireland] {
            XCTAssertFalse(text.contains("gov.uk/access-to-work") || text.contains("NHS 111") || text.contains("Macmillan"), "Ireland gets no GB services")
        }
        for text in [england, scotland, ni, ireland] { XCTAssertTrue(text.contains("116 123"), "Samaritans everywhere") }
        let noHolidays = try clientCopyText(holidays: .none, nation: "ireland", condition: "Back pain")
        XCTAssertTrue(noHolidays.contains("Citizens Information"), "client.nation decides when holidays are none")
    }

    func testCharitiesMatchWholeWordsOnly() throws {
        let burns = try clientCopyText(holidays: .englandAndWales, condition: "Hand symptoms after burns")
        XCTAssertFalse(burns.contains("MS Society"), "burns is not MS")
        let ms = try clientCopyText(holidays: .englandAndWales, condition: "Relapsing MS")
        XCTAssertTrue(ms.contains("MS Society"))
    }
}
