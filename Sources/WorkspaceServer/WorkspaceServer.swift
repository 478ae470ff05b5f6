import Hummingbird
import Logging
import Workspace

/// `vr-docs serve`: the workspace's web application. Binds to loopback unless told
/// otherwise; logs only that it started and where (never a request's path or body,
/// which could carry a case reference or health details).
public struct WorkspaceServer {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Set when a TLS-terminating proxy sits in front: cookies then carry `Secure`.
    public var secureCookies = false

    public init() {}

    /// The routes and middleware, without a network socket: the application below and
    /// the tests both use it.
    public static func router(workspace: CaseWorkspace, pages: WebPages, form: CaseForm, secureCookies: Bool) -> Router<WorkspaceRequestContext> {
        let router = Router(context: WorkspaceRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SessionLoader(workspace: workspace))
        router.get("/static/{name}") { _, context in
            guard let response = pages.asset(try context.parameters.require("name")) else { throw HTTPError(.notFound) }
            return response
        }
        AuthRoutes(workspace: workspace, pages: pages, throttle: LoginThrottle(), secureCookies: secureCookies).add(to: router)
        let cases = CaseRoutes(workspace: workspace, pages: pages)
        cases.add(to: router)
        VersionRoutes(workspace: workspace, pages: pages, cases: cases).add(to: router)
        FormRoutes(workspace: workspace, pages: pages, cases: cases, editor: CaseFormEditor(form: form)).add(to: router)
        CaseloadRoutes(workspace: workspace, pages: pages).add(to: router)
        AccountRoutes(workspace: workspace, pages: pages).add(to: router)
        return router
    }

    public func application(workspace: CaseWorkspace, pages: WebPages, form: CaseForm) -> some ApplicationProtocol {
        var logger = Logger(label: "vr-docs serve")
        logger.logLevel = .notice
        return Application(router: Self.router(workspace: workspace, pages: pages, form: form, secureCookies: secureCookies),
                           configuration: .init(address: .hostname(host, port: port), serverName: "vr-docs"),
                           logger: logger)
    }
}
