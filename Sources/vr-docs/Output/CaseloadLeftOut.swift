import Caseload

/// What a caseload run left out of its figures, for the case manager: every unreadable
/// file with its problems, every folder or file named twice, and every file repeating a
/// case reference already counted. These lines name files and quote case files, so they
/// go to the terminal (or a file the case manager asks for), never into the report.
struct CaseloadLeftOut {
    let scan: CaseloadScan

    var anything: Bool { scan.invalidCount > 0 || scan.duplicateFilesLeftOut > 0 || !scan.overlaps.isEmpty }

    /// Every line, warnings first, for the `--problems` file.
    var lines: [String] { warnings + errors }

    /// Folders named twice and repeated references: counted once, so warnings.
    var warnings: [String] {
        var lines: [String] = []
        for overlap in scan.overlaps {
            let what = overlap.isFolder ? "folder" : "file"
            lines.append("\(overlap.given): this \(what) is already covered by \(overlap.coveredBy), named on the same command; its case files are counted once.")
        }
        for duplicate in scan.duplicates {
            guard let counted = duplicate.paths.first else { continue }
            for path in duplicate.paths.dropFirst() {
                if CaseFileSource.realPath(path) == CaseFileSource.realPath(counted) {
                    lines.append("\(path): this is \(counted) again (through a link); it is counted once.")
                } else {
                    lines.append("\(path): case.reference \"\(duplicate.reference)\" is also in \(counted), which is counted; this file is left out. Give each client one case file.")
                }
            }
        }
        return lines
    }

    /// Unreadable files with every problem, sorted by path so two runs print the same.
    var errors: [String] {
        var lines: [String] = []
        for file in scan.invalid { lines += file.problems }
        if scan.invalidNotListed > 0 {
            lines.append("\(plural(scan.invalidNotListed, "more case file")) could not be read; they are not listed.")
        }
        return lines
    }

    /// `2 clients counted; 1 could not be read and is left out; …`
    var summary: String {
        var parts = ["\(plural(scan.tally.clients, "client")) counted"]
        if scan.invalidCount > 0 {
            parts.append(scan.invalidCount == 1 ? "1 could not be read and is left out" : "\(scan.invalidCount) could not be read and are left out")
        }
        let repeats = scan.duplicateFilesLeftOut
        if repeats > 0 {
            parts.append("\(repeats) repeat\(repeats == 1 ? "s" : "") a case reference already counted and \(repeats == 1 ? "is" : "are") left out"
                         + " (\(plural(scan.duplicates.count, "reference")))")
        }
        if !scan.overlaps.isEmpty {
            parts.append("\(plural(scan.overlaps.count, "folder or file", "folders or files")) named twice, read once")
        }
        return parts.joined(separator: "; ")
    }

    func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) " + (count == 1 ? one : many ?? one + "s")
    }
}
