/// The CLDR plural category of a number in a language ("zero", "one", "two", "few",
/// "many", "other"), so that wording can give a counted noun one form per category.
///
/// Welsh needs this: a numeral takes the singular noun, and some numbers mutate it
/// ("1 diwrnod", "2 ddiwrnod", "3 diwrnod"). The forms themselves live in the wording
/// (`count_day: {two: "{n} ddiwrnod", other: "{n} diwrnod"}`); only the rule that sorts
/// numbers into categories is code, because it is the same for every noun.
enum PluralCategory {
    /// The category of `number` (digits as the documents print them) in `language`.
    /// A number that is not a whole number is "other" in every language handled here.
    static func of(_ number: String, language: String) -> String {
        guard let value = Int(number) else { return "other" }
        switch primarySubtag(language) {
        case "cy":
            switch value {
            case 0: return "zero"
            case 1: return "one"
            case 2: return "two"
            case 3: return "few"
            case 6: return "many"
            default: return "other"
            }
        default:
            return value == 1 ? "one" : "other"
        }
    }

    private static func primarySubtag(_ language: String) -> String {
        String(language.split(separator: "-").first ?? "").lowercased()
    }
}
