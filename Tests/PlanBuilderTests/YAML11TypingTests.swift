import XCTest
import Yams
@testable import PlanBuilder

/// `YAML11Typing` must type every scalar exactly as Yams' default resolver does, since
/// catalogue fields used to be typed by that resolver.
final class YAML11TypingTests: XCTestCase {
    private let samples: [String] = {
        var texts = ["", "~", "null", "Null", "NULL", "nULL", "none", "yes", "Yes", "YES", "yES", "no", "No", "NO",
                     "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
                     "y", "n", "0", "-0", "+0", "00", "07", "08", "0o7", "0o8", "0o", "0b", "0b101", "0b102", "0b_1",
                     "0x", "0x1F", "0xfg", "0X1F", "0x_a", "1", "12", "1_000", "-12", "+12", "++1", "-", "+", "_1",
                     "1:30", "1:60", "1:5", "1:05", "1:059", "190:20:30", "1::2", "1:", "0:30", "6.5", "6.0", "1e3",
                     ".inf", "1 2", " 1", "1 ", "٣", "６", "12a", "a12", "0_", "0o_", "-0x1", "+0b1", "1_:30"]
        // Every one- and two-character string over the characters the rules care about.
        let alphabet = Array("0189ox_+-:bBaA")
        for a in alphabet {
            texts.append(String(a))
            for b in alphabet { texts.append(String([a, b])) }
        }
        return texts
    }()

    private func defaultTag(_ text: String) -> Tag.Name {
        Resolver.default.resolveTag(of: Node(text))
    }

    func testTypesAsTheDefaultResolverDoes() {
        for text in samples {
            let tag = defaultTag(text)
            XCTAssertEqual(YAML11Typing.isNull(text), tag == .null, "null: \(text)")
            XCTAssertEqual(YAML11Typing.isBool(text), tag == .bool, "bool: \(text)")
            XCTAssertEqual(YAML11Typing.isInt(text), tag == .int, "int: \(text)")
        }
    }
}
