/// Welsh joins a number read with a vowel ("un", "wyth", "un deg…") with the vowel form of
/// the small word before it: "yn hwy nag 8 awr", "ac 11 wythnos". A template cannot know
/// the number it will hold, so the forms are chosen once the sentence is filled. The forms
/// and the numbers come from the wording (`before_vowel_number`, `vowel_numbers`); a
/// language without them is left as filled.
struct VowelNumberForms: Sendable {
    /// Each small word and its form before a vowel: "na" → "nag".
    private let forms: [String: String]
    /// Whole numbers read with a vowel: 1, 8, 11–19, 80–89 in Welsh.
    private let numbers: [ClosedRange<Int>]

    /// Nil when the wording gives no forms: nothing to change in that language.
    init?(forms: [String: String], numbers: [String]) {
        guard !forms.isEmpty else { return nil }
        self.forms = forms
        self.numbers = numbers.compactMap { item in
            let bounds = item.split(separator: "-").compactMap { Int($0) }
            switch bounds.count {
            case 1: return bounds[0]...bounds[0]
            case 2 where bounds[0] <= bounds[1]: return bounds[0]...bounds[1]
            default: return nil
            }
        }
    }

    /// `text` with each small word before a vowel number in its vowel form. Words are
    /// separated by ordinary spaces; a number keeps its unit through a no-break space.
    func apply(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        var changed = false
        for index in words.indices.dropLast() {
            guard let form = forms[String(words[index])], let number = Self.wholeNumber(at: words[index + 1]),
                  numbers.contains(where: { $0.contains(number) }) else { continue }
            words[index] = Substring(form)
            changed = true
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// The whole number a word starts with: 8 in "8\u{00A0}awr", 1 in "1.5".
    private static func wholeNumber(at word: Substring) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty || digits.count > 9 ? nil : Int(digits)
    }
}
