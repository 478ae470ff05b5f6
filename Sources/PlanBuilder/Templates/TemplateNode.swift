import Yams

/// A value in a template file together with where it is (`terms[3]`, `chart_palette`),
/// so each accessor can report a wrong value with its line and key. The accessors return
/// nil after reporting, and the caller carries on to find the file's other problems.
public struct TemplateNode {
    let node: Node
    /// The value's place in the file, e.g. `count_day.other` or `terms[2]`.
    public let key: String
    unowned let file: TemplateFile

    init(_ node: Node, key: String, file: TemplateFile) {
        self.node = node
        self.key = key
        self.file = file
    }

    /// The line the value starts on (from 1).
    public var line: Int? { node.mark?.line }

    /// The underlying YAML node, for the catalogue's field reader.
    public var yaml: Node { node }

    /// A YAML null: `~`, `null` or nothing after the colon.
    public var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Text; a list or a set of `key: value` pairs is reported.
    public func text() -> String? {
        guard case .scalar(let scalar) = node, !isNull else {
            report("expected text here, found \(shape)")
            return nil
        }
        return scalar.string
    }

    /// A list; each item's key is `key[n]`.
    public func list() -> [TemplateNode]? {
        guard case .sequence(let items) = node else {
            report("expected a list (lines starting with \"- \", or [a, b]), found \(shape)")
            return nil
        }
        return items.enumerated().map { TemplateNode($1, key: "\(key)[\($0)]", file: file) }
    }

    /// A list of texts.
    public func textList() -> [String]? {
        list()?.compactMap { $0.text() }
    }

    /// `key: value` pairs by key. With `allowed`, any other key is reported with the
    /// nearest allowed one as a suggestion (a typo must not silently drop a setting).
    public func mapping(allowed: [String]? = nil) -> [String: TemplateNode]? {
        guard case .mapping(let pairs) = node else {
            report("expected key: value lines here, found \(shape)")
            return nil
        }
        var values: [String: TemplateNode] = [:]
        for (keyNode, value) in pairs {
            guard case .scalar(let scalar) = keyNode else {
                TemplateNode(keyNode, key: key, file: file).report("a key must be a plain word")
                continue
            }
            let name = scalar.string
            let child = TemplateNode(value, key: key.isEmpty ? name : key + "." + name, file: file)
            if let allowed, !allowed.contains(name) {
                let nearest = Suggestions.nearest(to: name, among: allowed, limit: 1).first
                TemplateNode(keyNode, key: child.key, file: file).report(
                    "unknown key", fix: nearest.map { "Did you mean \($0)?" } ?? "Known keys: " + allowed.joined(separator: ", ") + ".")
                continue
            }
            values[name] = child
        }
        return values
    }

    /// A table of texts (`mon: Monday`).
    public func textTable() -> [String: String]? {
        guard let pairs = mapping() else { return nil }
        var table: [String: String] = [:]
        for (name, value) in pairs {
            if let text = value.text() { table[name] = text }
        }
        return table
    }

    /// true or false (yes/no and on/off are read too, as YAML 1.1 reads them).
    public func bool() -> Bool? {
        switch text()?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case nil: return nil
        default:
            report("expected true or false")
            return nil
        }
    }

    /// A number within `range`.
    public func number(in range: ClosedRange<Double>) -> Double? {
        guard let text = text() else { return nil }
        guard let value = Double(text), range.contains(value) else {
            report("\"\(text)\" is not a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))")
            return nil
        }
        return value
    }

    public func report(_ problem: String, fix: String? = nil) {
        file.report(self, problem, fix: fix)
    }

    private var shape: String {
        switch node {
        case .scalar: return isNull ? "nothing" : "text"
        case .sequence: return "a list"
        case .mapping: return "key: value lines"
        case .alias: return "an alias"
        }
    }

    private static func plain(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
