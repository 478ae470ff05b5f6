/// One day off that a schedule must skip, as it is observed.
///
/// `date` is the day people are actually off, so a substitute day carries its own date
/// and a name such as "St Andrew's Day (substitute day)": the schedule and the printed
/// plan can both say why a working day went missing.
public struct PublicHoliday: Sendable, Equatable, CustomStringConvertible {
    public let date: LocalDate
    public let name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    public var description: String { "\(date.iso) \(name)" }
}
