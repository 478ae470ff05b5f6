/// Text as a list of lower-case words (letters and digits; hyphens kept inside a word),
/// so that matching a keyword means matching a whole word or phrase, never a fragment.
enum WholeWords {
    static func words(in text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
    }
}
