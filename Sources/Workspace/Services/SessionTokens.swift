import PlanBuilder

/// Random tokens for session cookies and CSRF fields: 32 bytes from the system's secure
/// generator, as hexadecimal. The database keeps only a session token's SHA-256.
public enum SessionTokens {
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return SHA256.hexDigits(bytes)
    }

    public static func hash(_ token: String) -> String { SHA256.hex(Array(token.utf8)) }

    /// Compares two tokens in time that does not depend on where they differ.
    public static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
