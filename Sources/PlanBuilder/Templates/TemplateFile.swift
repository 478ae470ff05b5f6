import Foundation
import Yams

/// One file under `templates/` (wording, the health-terms screening list, proclaimed
/// holidays, the catalogue, a theme), read the one way every template is read.
///
/// Templates decide what the documents say and what the employer may see, so reading
/// them fails closed: a missing, unreadable or malformed file stops the run instead of
/// falling back to a default, and every problem is named like a case-file problem (file,
/// line, key, what would fix it), all of them at once. Files are composed with YAML's
/// basic resolver: a value is text until a field asks for a number or a yes/no, so no
/// time goes on guessing the type of every sentence.
public final class TemplateFile {
    /// Template files are written by people; anything far bigger is a mistake.
    public static let maxBytes = 8 * 1024 * 1024

    public let path: String
    /// The top of the file; nil when the file holds only comments.
    public private(set) var root: TemplateNode?
    let log: IssueLog

    /// Reads and parses the file at `path`. `loss` says what goes wrong without it, for
    /// the message when it is missing ("health words in employer documents cannot be
    /// screened"); the fix is always to restore it from the vr-docs templates.
    public convenience init(path: String, loss: String) throws(TemplateErrors) {
        let restore = "Restore it from the vr-docs templates, or point --templates at a complete templates folder."
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateErrors(file: path, issues: [
                CaseFileIssue(location: nil, path: "", problem: "\(path) is missing or cannot be read; \(loss)", fix: restore),
            ])
        }
        guard data.count <= Self.maxBytes else {
            throw TemplateErrors(file: path, issues: [
                CaseFileIssue(location: nil, path: "", problem: "\(path) is \(data.count) bytes, more than a template may be (\(Self.maxBytes))",
                              fix: restore),
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateErrors(file: path, issues: [
                CaseFileIssue(location: nil, path: "", problem: "\(path) is not UTF-8 text", fix: "Save it as UTF-8, or restore it from the vr-docs templates."),
            ])
        }
        try self.init(text: text, path: path)
    }

    /// Parses template text; `path` names the file in messages.
    public init(text: String, path: String) throws(TemplateErrors) {
        self.path = path
        log = IssueLog(fileName: path)
        let restore = "Restore it from the vr-docs templates."
        do {
            root = try YAMLComposer.compose(text).map { TemplateNode($0, key: "", file: self) }
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            log.report(keys.first ?? "", at: log.location(of: context.mark), "this key is given twice in one place",
                       fix: "Keep one of them and delete the other.")
        } catch let error as YamlError {
            YAMLSyntaxExplanation.report(error, in: text, log: log)
        } catch {
            log.report("", at: nil, "the file could not be read as YAML (\(error))", fix: restore)
        }
        try finish()
    }

    /// Throws every problem reported while the file's values were read. Call it once the
    /// reading is done, so one run shows them all.
    public func finish() throws(TemplateErrors) {
        guard log.isEmpty else { throw TemplateErrors(file: path, issues: log.sortedIssues()) }
    }

    /// Records a problem with `node` (the whole file when nil).
    public func report(_ node: TemplateNode?, _ problem: String, fix: String? = nil) {
        log.report(node?.key ?? "", at: node.flatMap { log.location(of: $0.node) }, problem, fix: fix)
    }

    /// The top of the file as `key: value` pairs, reporting anything else.
    public func rootMapping(allowed: [String]? = nil) -> [String: TemplateNode]? {
        guard let root else {
            report(nil, "the file has nothing in it but comments", fix: "Restore it from the vr-docs templates.")
            return nil
        }
        return root.mapping(allowed: allowed)
    }
}

/// Every problem found in one template file.
public struct TemplateErrors: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    /// Sorted by line; problems with the whole file come first.
    public var issues: [CaseFileIssue]

    public var description: String {
        issues.map { issue in
            issue.location == nil && !issue.description.hasPrefix(file) ? "\(file): \(issue)" : issue.description
        }.joined(separator: "\n")
    }
}
