/// Someone who signs in to the workspace. Accounts are made by an administrator, never
/// by signing up, because everyone in the workspace can reach health data or caseload
/// figures.
public struct Account: Sendable, Equatable {
    public var id: Int64
    public var username: String
    public var displayName: String
    public var role: Role
    public var disabled: Bool

    public init(id: Int64, username: String, displayName: String, role: Role, disabled: Bool = false) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.disabled = disabled
    }
}

/// What an account may see and do. Roles do not nest: an administrator manages accounts
/// but reads no case, and a service lead sees the caseload's figures but no one's health.
public enum Role: String, Sendable, CaseIterable {
    /// Their own cases and cases shared with them: everything about those cases.
    case caseManager = "case-manager"
    /// The caseload figures and charts only.
    case serviceLead = "service-lead"
    /// Accounts only.
    case administrator

    public var title: String {
        switch self {
        case .caseManager: return "Case manager"
        case .serviceLead: return "Service lead"
        case .administrator: return "Administrator"
        }
    }

    public var mayReadCases: Bool { self == .caseManager }
    public var maySeeCaseload: Bool { self == .serviceLead || self == .caseManager }
    public var mayManageAccounts: Bool { self == .administrator }
}
