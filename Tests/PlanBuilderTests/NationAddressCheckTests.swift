import Foundation
import XCTest
@testable import PlanBuilder

/// Postcodes are placed in their nation only when the whole area is in it, and the plan's
/// holidays are checked against the employer's, on the shared examples (Glasgow,
/// `holidays: scotland`) and on copies moved to other holidays.
final class NationAddressCheckTests: XCTestCase {
    func testPostcodesArePlacedInTheirNation() {
        let cases: [(String, PostcodeNation?)] = [
            ("40 Dalmarnock Road, Glasgow G40 4LA", .scotland),
            ("1 Union Street, Aberdeen AB11 6BA", .scotland),
            ("Donegall Square, Belfast BT1 5GS", .northernIreland),
            ("Cathays Park, Cardiff CF10 3NQ", .wales),
            ("10 Downing Street, London SW1A 2AA", .england),
            ("Market Street, Manchester M1 1AD", .england),
            ("Merrion Street, Dublin 2, D02 X285", .ireland),
            ("Eyre Square, Galway H91 F8K2", .ireland),
            ("High Street, Chester CH1 2HJ", nil),            // a border area: England and Wales
            ("Market Place, Kelso TD5 7HF", nil),              // the Borders' TD straddles Scotland and England
            ("Unit 4, A65 Road, Skipton", nil),                // a road name, not an Eircode
            ("Riverside Care Homes, Perth", nil),              // no postcode
        ]
        for (address, expected) in cases {
            XCTAssertEqual(PostcodeNation.of(address: address)?.nation, expected, address)
        }
        XCTAssertEqual(PostcodeNation.of(address: "glasgow g40 4la")?.postcode, "G40 4LA")
    }

    private func read(_ name: String, replacing old: String = "", with new: String = "") throws -> CaseFile {
        try ReadingPaths.example(name, replacing: old, with: new)
    }

    func testTheExamplesHolidaysMatchTheirEmployers() throws {
        for name in ["back-pain-admin.yaml", "cancer-shift-worker.yaml"] {
            XCTAssertEqual(NationAddressCheck().warnings(for: try read(name)), [], name)
        }
    }

    func testAGlasgowEmployerWithIrelandsHolidaysIsNamedAtTheAddress() throws {
        let moved = try read("back-pain-admin.yaml", replacing: "holidays: scotland", with: "holidays: ireland")
        let warnings = NationAddressCheck().warnings(for: moved)
        XCTAssertEqual(warnings.map(\.field), ["employment.employer.address"])
        XCTAssertTrue(warnings[0].problem.contains("the employer's postcode G40 4LA is in Scotland, but the plan follows the public holidays of ireland"),
                      warnings[0].problem)
        XCTAssertEqual(warnings[0].fix, "Set plan.holidays to scotland, or correct the employer's address.")
        let none = try read("back-pain-admin.yaml", replacing: "holidays: scotland", with: "holidays: none")
        XCTAssertEqual(NationAddressCheck().warnings(for: none), [], "no holidays: nothing to disagree with")
    }
}
