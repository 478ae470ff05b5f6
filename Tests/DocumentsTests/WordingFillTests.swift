import XCTest
@testable import Documents

/// Filling `{placeholders}` in wording: one pass, names without a value left as
/// written, and text from a case file never read again for placeholders.
final class WordingFillTests: XCTestCase {
    func testPlaceholdersAreFilledOnceAndUnknownOnesKept() {
        XCTAssertEqual(Wording.fill("{name} starts on {date}.", ["name": "Jane", "date": "2 March"]), "Jane starts on 2 March.")
        XCTAssertEqual(Wording.fill("{name} and {unknown}", ["name": "Jane"]), "Jane and {unknown}")
        XCTAssertEqual(Wording.fill("no placeholders", ["name": "Jane"]), "no placeholders")
        XCTAssertEqual(Wording.fill("{name}{name}", ["name": "Ní"]), "NíNí")
        XCTAssertEqual(Wording.fill("{ {name} } {", ["name": "x"]), "{ x } {", "stray braces stay")
        XCTAssertEqual(Wording.fill("{their} plan, {name}", ["name": "{their}", "their": "her"]), "her plan, {their}",
                       "a name that looks like a placeholder is printed as the client wrote it")
    }
}
