import Foundation
import Yams

/// The case file as a form: sections of single values and the lists a case manager
/// adds to (limitations, duties, adjustments, reviews), read from
/// `templates/web/case-form.yaml` so labels and explanations are wording, not code.
public struct CaseForm: Sendable {
    public enum Kind: String, Sendable {
        case text, longText = "long-text", date, time, number, choice, choices, flag
        case catalogueLimitation = "catalogue-limitation", catalogueAdjustment = "catalogue-adjustment"
        case catalogueDemand = "catalogue-demand"
    }

    public struct Option: Sendable, Equatable {
        public var value: String
        public var label: String
        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    public struct Field: Sendable {
        /// `client.name` as written in the file; `key` is the last part for list items.
        public var path: [String]
        public var label: String
        public var kind: Kind
        public var hint: String?
        public var options: [Option]
        /// What the reader assumes when the key is absent (consent's default sharing).
        public var defaults: [String]?
        public var name: String { path.joined(separator: ".") }
    }

    public struct Section: Sendable {
        public var id: String
        public var title: String
        public var intro: String?
        public var fields: [Field]
    }

    public struct ListSection: Sendable {
        public var path: [String]
        public var title: String
        public var columns: [String]
        public var add: [Field]
        public var name: String { path.joined(separator: ".") }
    }

    public var sections: [Section]
    public var lists: [ListSection]

    /// Reads the form's definition; a broken one stops the server with the file named.
    public static func load(templatesDirectory: String) throws -> CaseForm {
        let path = URL(fileURLWithPath: templatesDirectory).appendingPathComponent("web/case-form.yaml").path
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard let root = try Yams.compose(yaml: text) else { throw CaseFormError(path: path, problem: "the file is empty") }
            return try CaseForm(root, path: path)
        } catch let error as CaseFormError {
            throw error
        } catch {
            throw CaseFormError(path: path, problem: "\(error)")
        }
    }

    private init(_ root: Node, path: String) throws {
        func text(_ node: Node?, _ key: String) -> String? { node?[key]?.string }
        func field(_ node: Node, pathKey: String) throws -> Field {
            guard let where_ = text(node, pathKey), let label = text(node, "label"), let kindText = text(node, "kind"),
                  let kind = Kind(rawValue: kindText) else {
                throw CaseFormError(path: path, problem: "line \(node.mark?.line ?? 0): a field needs \(pathKey), label and a known kind")
            }
            let options = node["options"]?.mapping.map { mapping in
                mapping.map { Option(value: $0.key.string ?? "", label: $0.value.string ?? "") }
            } ?? []
            return Field(path: where_.split(separator: ".").map(String.init), label: label, kind: kind, hint: text(node, "hint"),
                         options: options, defaults: node["default"]?.sequence?.compactMap(\.string))
        }
        sections = try (root["sections"]?.sequence ?? []).map { section in
            Section(id: text(section, "id") ?? "", title: text(section, "title") ?? "", intro: text(section, "intro"),
                    fields: try (section["fields"]?.sequence ?? []).map { try field($0, pathKey: "path") })
        }
        lists = try (root["lists"]?.sequence ?? []).map { list in
            ListSection(path: (text(list, "path") ?? "").split(separator: ".").map(String.init), title: text(list, "title") ?? "",
                        columns: list["columns"]?.sequence?.compactMap(\.string) ?? [],
                        add: try (list["add"]?.sequence ?? []).map { try field($0, pathKey: "key") })
        }
        guard !sections.isEmpty else { throw CaseFormError(path: path, problem: "there are no sections") }
    }
}

public struct CaseFormError: Error, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "\(path): \(problem). Restore the file from the release." }
}
