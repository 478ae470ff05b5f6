import Hummingbird
import Workspace

/// What the workspace knows about a request once `SessionLoader` has run: who is signed
/// in, and the session whose CSRF token every form must carry.
public struct WorkspaceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var account: Account?
    public var session: StoredSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Uploads and form posts above this are refused with 413: a case file is a few
    /// kilobytes, and the reader refuses anything over 1 MB anyway.
    public var maxUploadSize: Int { WorkspaceLimits.maxBody }
}

public enum WorkspaceLimits {
    public static let maxBody = 1_048_576
}
