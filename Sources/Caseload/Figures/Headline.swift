/// The key figures at the top of the report, each over the denominator it belongs to:
/// outcomes at discharge are shares of the clients discharged, never of everyone, and
/// the number still open is given beside them.
public struct Headline: Sendable, Equatable {
    public var clients: Int
    public var atWorkAtReferral: Int
    /// Clients whose episode has ended (an outcome status or a discharge date).
    public var discharged: Int
    /// Of them, those whose status at discharge was not recorded.
    public var dischargedStatusNotRecorded: Int
    public var stillOpen: Int
    public var atWorkAtDischarge: Int
    /// Assessed within 14 days, of those whose wait could be counted.
    public var assessedWithinTwoWeeks: Int
    public var waitsCounted: Int

    public init(_ tally: CaseloadTally) {
        let everyone = tally.transitions[.everyone] ?? Counter()
        func count(_ where: (Transition) -> Bool) -> Int {
            everyone.counts.filter { `where`($0.key) }.values.reduce(0, +)
        }
        clients = tally.clients
        atWorkAtReferral = count { $0.from == "at-work" }
        stillOpen = count { $0.to == StatusCodes.notDischarged }
        discharged = clients - stillOpen
        dischargedStatusNotRecorded = count { $0.to == StatusCodes.notRecorded }
        atWorkAtDischarge = count { $0.to == "at-work" }
        assessedWithinTwoWeeks = tally.waits[.sameDay] + tally.waits[.withinOneWeek] + tally.waits[.withinTwoWeeks]
        waitsCounted = tally.waits.total
    }
}
