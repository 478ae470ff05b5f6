import Yams

extension Node.Mapping {
    /// The value under the key written as `key`, found by comparing the keys' text.
    ///
    /// Yams' `mapping["key"]` makes a `Node` for the key with the default resolver, and
    /// the first use of that resolver compiles YAML 1.1's typing rules as ICU regular
    /// expressions: several million instructions in a process that otherwise never types
    /// a scalar, since templates and case files are composed with the basic resolver.
    /// Under the basic resolver every key is text, so comparing text finds the same value.
    public func value(forKey key: String) -> Node? {
        for (candidate, value) in self {
            if case .scalar(let scalar) = candidate, scalar.string == key { return value }
        }
        return nil
    }
}
