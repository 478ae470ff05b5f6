import Foundation
import PlanBuilder

/// Case files of one run whose documents would be written to the same file names: the
/// same case reference in two files, or references that differ only in capital letters
/// or in how an accent is encoded (one file on macOS and Windows disks). All of them are
/// refused, each naming the others, before anything is written, so neither client's
/// documents replace the other's and the case manager decides which reference is right.
struct ReferenceClashes {
    /// File -> the other files (with their references) its documents would clash with.
    private var clashes: [String: [(file: String, reference: String)]] = [:]

    init(_ references: [(file: String, reference: String)]) {
        var groups: [String: [(file: String, reference: String)]] = [:]
        for entry in references {
            groups[ReferenceFileName.collisionKey(entry.reference), default: []].append(entry)
        }
        for group in groups.values where group.count > 1 {
            for entry in group {
                clashes[entry.file] = group.filter { $0.file != entry.file }
            }
        }
    }

    var isEmpty: Bool { clashes.isEmpty }

    /// Why `file` is not rendered, or nil when its file names are its own.
    func reason(for file: String, reference: String) -> String? {
        guard let others = clashes[file], !others.isEmpty else { return nil }
        let list = others.map { "\($0.file) (case reference \($0.reference))" }.joined(separator: " and ")
        let same = others.allSatisfy { $0.reference == reference }
        let why = same ? "the same case reference as" : "a case reference that differs only in capital letters or accents from"
        return "the documents would overwrite those of \(list): it has \(why) this file's (\(reference)). "
            + "Nothing was written for either; give each case file its own case.reference."
    }
}
