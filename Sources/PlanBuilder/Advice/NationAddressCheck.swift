/// The plan's public holidays against where the employer is. `plan.holidays` decides which
/// days the schedule skips and which nation's services the documents send the client to;
/// a case copied from another service keeps its old value, and a Glasgow employer given
/// Ireland's holidays has the client working on Easter Monday and calling Intreo. The
/// employer's postcode says where the work is; the case manager is told at its line.
/// The client's own address is left alone: people live across a border from their work.
public struct NationAddressCheck: Sendable {
    public init() {}

    public func warnings(for caseFile: CaseFile) -> [CaseWarning] {
        guard let plan = caseFile.plan, plan.holidays != .none,
              let address = caseFile.employment?.employer?.address,
              let (nation, postcode) = PostcodeNation.of(address: address),
              nation.holidays != plan.holidays else { return [] }
        return [CaseWarning(
            field: "employment.employer.address",
            problem: "the employer's postcode \(postcode) is in \(nation.name), but the plan follows the public holidays of "
                + "\(plan.holidays.rawValue) (plan.holidays), and the documents point the client to that nation's services",
            fix: "Set plan.holidays to \(nation.holidays.rawValue), or correct the employer's address.")]
    }
}
