import Foundation

/// The places where a sentence turns from what to do to why: before a reason word
/// ("while", "because", "due to") or a clause mark (";", "(", a dash, a colon). Used to
/// keep the instruction of an employer-bound text whose reason is health information.
/// Commas are not cuts: "No lifting, carrying or reaching" would lose its list.
struct ReasonCuts {
    /// Lower-case words or word sequences, from `templates/disclosure/health-terms.yaml`.
    let reasonWords: [String]

    /// Characters that end a clause on their own.
    static let marks: Set<Character> = [";", "(", "—", "–", ":"]
    /// The opening before a cut, without the spaces and clause marks it may not begin
    /// or end with. By hand rather than Foundation's trimming, whose first use in a
    /// process resolves its character set through the runtime (about 0.8M instructions).
    static func opening(_ text: Substring) -> String {
        func loose(_ character: Character) -> Bool { character.isWhitespace || ",;:–—-(".contains(character) }
        var opening = text.drop(while: loose)
        while let last = opening.last, loose(last) { opening.removeLast() }
        return String(opening)
    }

    /// Every cut in `text`, in order: the index where a reason word or a clause mark starts.
    func positions(in text: String) -> [String.Index] {
        let phrases = reasonWords.map { $0.split(separator: " ").map(String.init) }
        var words: [(start: String.Index, word: String)] = []
        var cuts: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter {
                let start = index
                while index < text.endIndex, text[index].isLetter || text[index] == "'" || text[index] == "’" {
                    index = text.index(after: index)
                }
                words.append((start, text[start..<index].lowercased()))
                continue
            }
            // A colon between digits is a time ("10:00"), not a clause mark.
            if ReasonCuts.marks.contains(character), !(character == ":" && isBetweenDigits(index, in: text)) {
                cuts.append(index)
            }
            index = text.index(after: index)
        }
        for position in words.indices {
            for phrase in phrases where !phrase.isEmpty && position + phrase.count <= words.count
                && (0..<phrase.count).allSatisfy({ words[position + $0].word == phrase[$0] }) {
                cuts.append(words[position].start)
            }
        }
        return Array(Set(cuts)).sorted()
    }

    private func isBetweenDigits(_ index: String.Index, in text: String) -> Bool {
        guard index > text.startIndex, text.index(after: index) < text.endIndex else { return false }
        return text[text.index(before: index)].isNumber && text[text.index(after: index)].isNumber
    }
}
