/// A reason a plan cannot be scheduled as written, with what would resolve it. A plan is
/// never bent silently: the case manager decides which field to change.
public struct PlanConflict: Sendable, CustomStringConvertible, Equatable {
    /// The case-file field most responsible, e.g. `plan.weeks`.
    public var field: String
    public var problem: String
    public var resolution: String
    /// A stable name for the kind of conflict, so a fix can be checked to remove it.
    public var code: String

    public init(field: String, problem: String, resolution: String, code: String = "") {
        self.field = field
        self.problem = problem
        self.resolution = resolution
        self.code = code
    }

    public var description: String { "\(field): \(problem) \(resolution)" }
}

/// Thrown when a case file's plan cannot be met.
public struct InfeasiblePlan: Error, Sendable, CustomStringConvertible {
    public var conflicts: [PlanConflict]
    public var description: String { conflicts.map(\.description).joined(separator: "\n") }
}
