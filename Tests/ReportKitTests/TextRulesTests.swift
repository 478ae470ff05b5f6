import XCTest
@testable import ReportKit

/// Which text becomes a link and which spaces stop breaking.
final class TextRulesTests: XCTestCase {
    private func links(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for run in TextRules.linked(RichText(text)).runs {
            if let link = run.link { result[run.text] = link }
        }
        return result
    }

    /// A number whose last digit carries an emoji modifier keeps every digit once.
    func testANumberEndingInsideACharacterIsNotDoubled() {
        XCTAssertEqual(TextRules.keepingNumbersWhole("Call 0800 121 7479\u{1F3FB} today"),
                       "Call 0800\u{00A0}121\u{00A0}7479\u{1F3FB} today")
    }

    func testPhoneNumbersEmailsAndWebAddressesBecomeLinks() {
        XCTAssertEqual(links("Call 0808 808 00 00 or 07700 900123, or Samaritans on 116 123."), [
            "0808 808 00 00": "tel:08088080000", "07700 900123": "tel:07700900123", "116 123": "tel:116123",
        ])
        XCTAssertEqual(links("NHS 111: call 111 if it is not an emergency."), ["111": "tel:111"])
        XCTAssertEqual(links("Write to jo.bloggs@example.org or go to gov.uk/access-to-work."), [
            "jo.bloggs@example.org": "mailto:jo.bloggs@example.org",
            "gov.uk/access-to-work": "https://gov.uk/access-to-work",
        ])
        XCTAssertEqual(links("See https://www.nhs.uk/conditions/back-pain/ and citizensadvice.org.uk."), [
            "https://www.nhs.uk/conditions/back-pain/": "https://www.nhs.uk/conditions/back-pain/",
            "citizensadvice.org.uk": "https://citizensadvice.org.uk",
        ])
    }

    func testHoursDatesAndPostcodesAreNotLinks() {
        XCTAssertEqual(links("Week 10 (11–17 May 2026): 36 h, 100 % of 2026 hours, G40 4LA, 4.5 h, e.g. 12 3456"), [:])
    }

    func testNumbersAndDatesAreKeptWhole() {
        let kept = TextRules.keepingNumbersWhole("Call 0800 121 7479 by Wed 18 March 2026 or in April 2026.")
        XCTAssertTrue(kept.contains("0800\u{00A0}121\u{00A0}7479"))
        XCTAssertTrue(kept.contains("Wed\u{00A0}18\u{00A0}March\u{00A0}2026"))
        XCTAssertTrue(kept.contains("April\u{00A0}2026"))
        XCTAssertTrue(kept.contains("Call 0800"), "only the spaces inside the number change")
    }

    /// An address never ends a line with "Glasgow G3" and starts the next with "7AB".
    func testPostcodesAreKeptWhole() {
        let kept = TextRules.keepingNumbersWhole("12 Kelvin Street, Glasgow G3 7AB; Belfast BT7 1NN; Dublin D02 X285.")
        for postcode in ["G3\u{00A0}7AB", "BT7\u{00A0}1NN", "D02\u{00A0}X285"] {
            XCTAssertTrue(kept.contains(postcode), postcode)
        }
        XCTAssertTrue(kept.hasPrefix("12 Kelvin Street, Glasgow G3"), "only the space inside the postcode changes")
        XCTAssertEqual(TextRules.keepingNumbersWhole("at 9 AM, week 12 3 days"), "at 9 AM, week 12 3 days")
    }

    /// "37–43", "£100–£1,000", "2–6 weeks" never break at the dash; a dash between words,
    /// or after a number with a space, is left alone.
    func testRangesOfNumbersAreKeptWhole() {
        XCTAssertEqual(TextRules.keepingNumbersWhole("WAI 37–43 good"), "WAI 37–\u{2060}43 good")
        XCTAssertEqual(TextRules.keepingNumbersWhole("Medium (£100–£1,000)"), "Medium (£100–\u{2060}£1,000)")
        XCTAssertEqual(TextRules.keepingNumbersWhole("Lead time: 2–6 weeks"), "Lead time: 2–\u{2060}6 weeks")
        for text in ["well–being", "2 – 6", "week 3–", "–4", "A–B"] {
            XCTAssertEqual(TextRules.keepingNumbersWhole(text), text)
        }
    }

    /// `Candidates` only lets the scanners skip a text none of them can find anything in:
    /// over sentences that hold every kind of match (and near misses, other scripts'
    /// digits, Welsh months, addresses at the very end), a scanner that finds something
    /// always has its flag set, and a text without the flag is left as it was.
    func testTheQuickLookNeverSkipsAMatch() {
        let texts = [
            "Call 0808 808 00 00 or 07700 900123, or Samaritans on 116 123.", "NHS 111", "Call 111 now",
            "(01) 555 1234", "+353 1 555 1234", "+44 20 7946 0000", "jo@example.org", "x@y.cymru",
            "gov.uk", "See www.samh.org.uk", "http://a.b", "https://nhs.wales/", "mind.org", "aware.ie.",
            "Wed 18 Mar", "3 March 2026", "March 2026", "Ionawr 2026", "18 Mawrth", "٣ March", "May ٢٠٢٦",
            "0٣٣ 555 1234", "Week 10 (11–17 May 2026): 36 h", "no match here.", "e.g. 12 3456", "4.5 h",
            "Mon 4 h, Thu 4 h", "", "A", "1", "Rhif ffôn: 029 2055 0160", "gweler llyw.cymru/mynediad",
            "Glasgow G3 7AB", "SW1A 1AA", "D02 X285", "D6W 1234", "(BT7 1NN)",
        ]
        for text in texts {
            let candidates = TextRules.Candidates(text)
            for (matches, flag, name) in [(PhoneNumberScanner.matches(in: text), candidates.phone, "phone"),
                                          (DateScanner.matches(in: text), candidates.date, "date"),
                                          (PostcodeScanner.matches(in: text), candidates.postcode, "postcode"),
                                          (EmailAddressScanner.matches(in: text), candidates.email, "email"),
                                          (WebAddressScanner.matches(in: text), candidates.web, "web")] {
                if !matches.isEmpty {
                    XCTAssertTrue(flag, "\(name) matches in \"\(text)\" but the quick look said it could not")
                }
            }
            if !candidates.phone && !candidates.date && !candidates.postcode { XCTAssertEqual(TextRules.keepingNumbersWhole(text), text) }
        }
        XCTAssertFalse(TextRules.Candidates("Tires by early afternoon. Needs to change position.").web)
        XCTAssertFalse(TextRules.Candidates("Up to 4 h a day; 3 days a week").date)
        XCTAssertTrue(TextRules.Candidates("٣ March").date)
    }

    /// A service's name in bold keeps its digits as a name; the number to dial after it
    /// is the link ("NHS 111: Call 111 if…" had the name's 111 blue and underlined too).
    func testDigitsInABoldNameAreNotAPhoneLink() {
        let linked = TextRules.linked(.bold("NHS 111") + RichText(": Call 111 if you are worried about your health."))
        XCTAssertEqual(linked.runs.compactMap(\.link), ["tel:111"])
        XCTAssertNil(linked.runs.first?.link, "the name")
        XCTAssertEqual(linked.runs.first?.text, "NHS 111")
    }
}
