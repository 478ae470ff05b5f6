import Foundation

/// The blanks of `vr-docs new`: a value still written `FILL-IN` is an error at its line,
/// so a starting file cannot pass validation with a client called "FILL-IN".
enum UnfilledBlanks {
    static let marker = "FILL-IN"

    static func report(in text: String, fileName: String, log: IssueLog) {
        guard mayContainMarker(text) else { return }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = content.firstIndex(of: ":"), content[content.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces) == marker else { continue }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "- "))
            let column = content.distance(from: content.startIndex, to: colon) + 3
            log.report(key, at: SourceLocation(file: fileName, line: index + 1, column: column),
                       "not filled in yet (still \(marker))", fix: "Replace \(marker) with the value, or delete the line if it does not apply.")
        }
    }

    /// A byte search: Foundation's `contains` on a whole case file cost about as much
    /// as parsing it, and almost every file has no blank left.
    static func mayContainMarker(_ text: String) -> Bool {
        ByteSearch.contains(markerBytes, in: text)
    }

    private static let markerBytes = Array(marker.utf8)
}
