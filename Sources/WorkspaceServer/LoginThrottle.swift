import Foundation
import Synchronization

/// Slows down password guessing: after five failed sign-ins for a username within
/// fifteen minutes, that username is refused until the oldest failure is fifteen
/// minutes old; and no more than thirty failures a minute across all usernames.
final class LoginThrottle: Sendable {
    static let perUsername = 5
    static let window: TimeInterval = 15 * 60
    static let overall = 30

    private let failures = Mutex<[String: [Date]]>([:])
    private let recent = Mutex<[Date]>([])

    /// Nil when a sign-in may be tried; otherwise how many seconds to wait.
    func wait(username: String, now: Date) -> Int? {
        let key = username.lowercased()
        let perName = failures.withLock { failures -> Int? in
            let kept = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
            failures[key] = kept.isEmpty ? nil : kept
            guard kept.count >= Self.perUsername, let oldest = kept.first else { return nil }
            return Int((Self.window - now.timeIntervalSince(oldest)).rounded(.up))
        }
        if let perName { return perName }
        return recent.withLock { recent -> Int? in
            recent = recent.filter { now.timeIntervalSince($0) < 60 }
            guard recent.count >= Self.overall, let oldest = recent.first else { return nil }
            return Int((60 - now.timeIntervalSince(oldest)).rounded(.up))
        }
    }

    func recordFailure(username: String, now: Date) {
        let key = username.lowercased()
        failures.withLock { $0[key, default: []].append(now) }
        recent.withLock { $0.append(now) }
    }

    func recordSuccess(username: String) {
        let key = username.lowercased()
        _ = failures.withLock { $0.removeValue(forKey: key) }
    }
}
