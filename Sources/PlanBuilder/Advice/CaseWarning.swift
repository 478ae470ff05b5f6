/// Something in a valid case file the case manager should look at before issuing: the
/// documents can be made, but a reader would notice. Named by field, with what would fix
/// it, like a reading problem; never repeats confidential words.
public struct CaseWarning: Sendable, Equatable {
    /// The case-file path the warning is about (`assessment.fitness.with`).
    public let field: String
    public let problem: String
    public let fix: String

    public init(field: String, problem: String, fix: String) {
        self.field = field
        self.problem = problem
        self.fix = fix
    }
}
