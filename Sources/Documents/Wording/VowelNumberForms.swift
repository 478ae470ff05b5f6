/// Welsh joins a number read with a vowel ("un", "wyth", "un deg…") with the vowel form of
/// the small word before it: "yn hwy nag 8 awr", "ac 11 wythnos". A template cannot know
/// the number a placeholder will hold, so the form is chosen as the sentence is filled:
/// only the template's own small words change, never the values put into it (a case's
/// own text is printed as written). The forms and the numbers come from the wording
/// (`before_vowel_number`, `vowel_numbers`); a language without them is left as written.
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

    /// `template` with each of its small words in the vowel form when the word after it is
    /// a number read with a vowel: a number written in the template, or a `{placeholder}`
    /// whose value (from `values`) starts with one. Words are separated by ordinary spaces.
    func apply(_ template: String, values: [String: String]) -> String {
        var words = template.split(separator: " ", omittingEmptySubsequences: false)
        var changed = false
        for index in words.indices.dropLast() {
            guard let form = forms[String(words[index])], let number = number(at: words[index + 1], values: values),
                  numbers.contains(where: { $0.contains(number) }) else { continue }
            words[index] = Substring(form)
            changed = true
        }
        return changed ? words.joined(separator: " ") : template
    }

    /// The whole number a word of the template starts with: 8 in "8", or in "{limit}" when
    /// the value of `limit` is "8\u{00A0}awr"; `{days:count_day}` reads `days`.
    private func number(at word: Substring, values: [String: String]) -> Int? {
        guard word.first == "{" else { return Self.wholeNumber(at: word) }
        let name = word.dropFirst().prefix { $0 != "}" && $0 != ":" }
        return values[String(name)].flatMap { Self.wholeNumber(at: Substring($0)) }
    }

    /// The whole number a text starts with: 8 in "8\u{00A0}awr", 1 in "1.5".
    private static func wholeNumber(at text: Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty || digits.count > 9 ? nil : Int(digits)
    }
}
