import HummingbirdBcrypt

/// Passwords are kept only as bcrypt hashes (hummingbird-auth's `Bcrypt`), with a cost
/// that makes guessing slow. Tests may lower the cost; the server never does.
public struct Passwords: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    /// A long passphrase beats a short complicated one (NCSC's advice), so the one rule
    /// is length.
    public static let minimumLength = 12

    public func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// Why `password` cannot be used, or nil when it can.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength {
            return "A password needs at least \(minimumLength) characters; a few unrelated words make a good one."
        }
        if password.utf8.count > 72 {
            return "A password can be at most 72 bytes long (bcrypt ignores anything after that)."
        }
        return nil
    }
}
