extension Int {
    /// The number written with leading zeros to `width` digits (`7` -> `"07"`), without
    /// pulling in Foundation's `String(format:)`.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(Swift.abs(self))
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (self < 0 ? "-" : "") + padding + digits
    }
}
