import Yams

/// Collects the problems found while reading one case file, and where each field was
/// written. Shared by every section reader so that all problems are reported together.
///
/// A hostile or badly broken file can produce a problem on every line, so the log keeps
/// only the first few hundred in full and counts the rest: the case manager is told how
/// many more there are, and the reader stays fast.
final class IssueLog {
    /// At most this many problems are shown; the rest are summarised in one line.
    static let shownLimit = 200
    /// Kept in full before sorting, so that the first `shownLimit` by line are right even
    /// when checks that span sections report out of order.
    private static let keptLimit = 1_000

    let fileName: String
    private(set) var issues: [CaseFileIssue] = []
    private var droppedCount = 0
    /// `plan.weeks` -> where the key was written.
    var locations: [String: SourceLocation] = [:]
    /// False when nobody will ask where a field was written (a caseload of 100,000
    /// files): recording every field's path and place is then skipped.
    var recordsLocations = true
    /// Repeated keys already reported by a section reader (see `DuplicateKeyMarker`).
    var reportedDuplicates: Set<DuplicateKeyMarker.Duplicate> = []

    init(fileName: String) {
        self.fileName = fileName
    }

    var isEmpty: Bool { issues.isEmpty && droppedCount == 0 }

    func location(of mark: Mark?) -> SourceLocation? {
        mark.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
    }

    func location(of node: Node) -> SourceLocation? {
        location(of: node.mark)
    }

    /// Records a problem. `fix` is only worked out while the problem will be shown, as
    /// suggestions compare the text against every valid value.
    func report(_ path: String, at location: SourceLocation?, _ problem: String,
                fix: @autoclosure () -> String? = nil) {
        guard issues.count < IssueLog.keptLimit else {
            droppedCount += 1
            return
        }
        issues.append(CaseFileIssue(location: location, path: path, problem: problem, fix: fix()))
    }

    func report(_ path: String, at node: Node, _ problem: String, fix: @autoclosure () -> String? = nil) {
        report(path, at: location(of: node), problem, fix: fix())
    }

    func record(_ path: String, at node: Node) {
        guard recordsLocations else { return }
        if let location = location(of: node) { locations[path] = location }
    }

    func record(_ path: String, at mark: Mark) {
        guard recordsLocations else { return }
        locations[path] = SourceLocation(file: fileName, line: mark.line, column: mark.column)
    }

    /// Makes room in `locations` for about `count` fields, so that recording them does
    /// not grow the dictionary step by step.
    func expectFields(_ count: Int) {
        locations.reserveCapacity(count)
    }

    /// The problems in file order, cut to `shownLimit` with a closing "... and N more".
    func sortedIssues() -> [CaseFileIssue] {
        let sorted = issues.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location?.line ?? 0, lhs.element.location?.column ?? 0, lhs.offset)
            let right = (rhs.element.location?.line ?? 0, rhs.element.location?.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
        let hidden = sorted.count - IssueLog.shownLimit + droppedCount
        guard hidden > 0 else { return sorted }
        return Array(sorted.prefix(IssueLog.shownLimit)) + [
            CaseFileIssue(location: nil, path: "", problem: "... and \(hidden) more problems",
                          fix: "Fix the problems above and read the file again to see the rest.")
        ]
    }

    func errors() -> CaseFileErrors {
        CaseFileErrors(file: fileName, issues: sortedIssues())
    }
}
