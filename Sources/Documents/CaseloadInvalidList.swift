import Caseload
import ReportKit

/// The case files left out of the report, with their problems, so the service can put
/// them right. Long lists are cut to a readable length; the terminal lists them all.
struct CaseloadInvalidList {
    /// More than this many files and the rest are counted, not listed, in the PDF.
    static let filesShown = 200
    /// More than this many problems in one file and the rest are counted.
    static let problemsShown = 3

    let scan: CaseloadScan
    let wording: Wording

    func blocks() throws(DocumentError) -> [Block] {
        guard scan.invalidCount > 0 else { return [] }
        var rows: [TableRow] = []
        for file in scan.invalid.prefix(Self.filesShown) {
            var problems = file.problems.prefix(Self.problemsShown).map { Self.withoutPath($0, path: file.path) }
            if file.problems.count > Self.problemsShown {
                problems.append(try wording.text("invalid_problems_more", ["count": "\(file.problems.count - Self.problemsShown)"]))
            }
            rows.append(TableRow([RichText(file.path), RichText(problems.joined(separator: "\n"))]))
        }
        var blocks: [Block] = [
            .heading(level: 2, text: RichText(try wording.text("invalid_heading"))),
            .paragraph(RichText(try wording.text("invalid_intro")), style: .body),
            .table(Table(columns: [TableColumn(RichText(try wording.text("column_file")), weight: 1),
                                   TableColumn(RichText(try wording.text("column_problems")), weight: 2)], rows: rows)),
        ]
        let unlisted = scan.invalidCount - min(scan.invalid.count, Self.filesShown)
        if unlisted > 0 {
            blocks.append(.paragraph(RichText(try wording.text("invalid_more", ["count": "\(unlisted)"])), style: .note))
        }
        return blocks
    }

    /// `cases/a.yaml:12:3: plan.strat: ...` → `12:3: plan.strat: ...`: the file is in the
    /// first column already.
    static func withoutPath(_ problem: String, path: String) -> String {
        guard problem.hasPrefix(path + ":") else { return problem }
        return String(problem.dropFirst(path.count + 1)).trimmingCharacters(in: .whitespaces)
    }
}
