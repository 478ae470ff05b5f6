import Foundation

/// The time the workspace stamps on what happens (sign-ins, changes, issues, approvals),
/// as UTC ISO 8601 text. Documents never read it: their dates come from the case file or
/// the issue date chosen when issuing, so an issued version re-renders to the same bytes.
public struct WorkspaceClock: Sendable {
    private let current: @Sendable () -> Date

    public init(_ current: @escaping @Sendable () -> Date = { Date() }) {
        self.current = current
    }

    /// A clock stopped at `date`, for tests.
    public static func fixed(_ date: Date) -> WorkspaceClock { WorkspaceClock { date } }

    public var now: Date { current() }

    /// `2026-12-04T03:10:05Z`.
    public var timestamp: String { Self.timestamp(now) }

    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }

    /// Today's date in the UK and Ireland (YYYY-MM-DD): the default issue date offered.
    public var today: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return "\(parts.year ?? 0)-\(Self.two(parts.month))-\(Self.two(parts.day))"
    }

    /// `7` -> `"07"`.
    private static func two(_ value: Int?) -> String {
        let text = String(value ?? 0)
        return text.count < 2 ? "0" + text : text
    }
}
