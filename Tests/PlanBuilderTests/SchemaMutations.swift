import Yams

/// Case files made by changing one thing in an example: what `SchemaAgreementTests`
/// gives both the schema and the reader. Every change is about shape (a key added or
/// removed, a value of another kind, an unknown word, a value cleared), never about what
/// only the reader can judge (a real date, a range, a catalogue code).
enum SchemaMutations {
    struct Mutation {
        var root: Node
        /// What was changed, e.g. "plan.start: removed".
        var change: String
    }

    private enum Step { case key(String), index(Int) }

    static func all(of root: Node) -> [Mutation] {
        var result: [Mutation] = []
        visit(root, path: []) { path, node in
            for (change, replacement) in changes(at: path, of: node) {
                result.append(Mutation(root: replacing(path, in: root, with: replacement), change: describe(path) + ": " + change))
            }
        }
        return result
    }

    /// The changes tried at one place: nil as a replacement removes the key or item.
    private static func changes(at path: [Step], of node: Node) -> [(String, Node?)] {
        var changes: [(String, Node?)] = []
        switch node {
        case .scalar:
            changes += [("a list instead", ["1", "2"]), ("key: value lines instead", ["a": "b"]),
                        ("the word not-a-word instead", Node("not-a-word")), ("cleared", Node("", Tag(.null)))]
        case .sequence:
            changes += [("text instead of a list", Node("text")), ("key: value lines instead of a list", ["a": "b"])]
        case .mapping:
            changes += [("text instead of key: value lines", Node("text")), ("a list instead of key: value lines", ["1"])]
        case .alias:
            break
        }
        if case .key = path.last { changes.append(("removed", nil)) }
        if case .mapping = node { changes.append(("unknown key added", .unknownKeyAdded(to: node))) }
        return path.isEmpty ? changes.filter { $0.0 == "unknown key added" } : changes
    }

    private static func visit(_ node: Node, path: [Step], _ body: ([Step], Node) -> Void) {
        body(path, node)
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping { if let name = key.string { visit(value, path: path + [.key(name)], body) } }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { visit(item, path: path + [.index(index)], body) }
        default:
            break
        }
    }

    /// `root` with the node at `path` replaced, or removed when `replacement` is nil.
    private static func replacing(_ path: [Step], in root: Node, with replacement: Node?) -> Node {
        guard let first = path.first else { return replacement ?? root }
        let rest = Array(path.dropFirst())
        switch (root, first) {
        case (.mapping(var mapping), .key(let name)):
            guard let child = mapping[name] else { return root }
            mapping[name] = rest.isEmpty ? replacement : replacing(rest, in: child, with: replacement)
            return .mapping(mapping)
        case (.sequence(var sequence), .index(let index)):
            if rest.isEmpty, replacement == nil {
                sequence.remove(at: index)
            } else {
                sequence[index] = rest.isEmpty ? replacement! : replacing(rest, in: sequence[index], with: replacement)
            }
            return .sequence(sequence)
        default:
            return root
        }
    }

    private static func describe(_ path: [Step]) -> String {
        path.map { step in
            switch step {
            case .key(let name): return "." + name
            case .index(let index): return "[\(index)]"
            }
        }.joined().drop { $0 == "." }.description
    }
}

private extension Node {
    static func unknownKeyAdded(to node: Node) -> Node {
        guard case .mapping(var mapping) = node else { return node }
        mapping["zz_unknown_field"] = "value"
        return .mapping(mapping)
    }
}
