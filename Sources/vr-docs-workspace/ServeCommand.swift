import CommandLineSupport
import ArgumentParser
import Dispatch
import Documents
import Foundation
import Synchronization
import Workspace
import WorkspaceServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the case manager's workspace: forms, versions, sign-off and reminders in the browser.",
        discussion: """
            Keeps everything in one SQLite file (--db), created on first run. Listens on 127.0.0.1 only unless \
            --host says otherwise; there is no TLS, so put a proxy with HTTPS in front (and pass --secure-cookies) \
            before anyone reaches it over a network. Make the first administrator with --create-admin NAME (the \
            password is read from the terminal, or from standard input when piped). --demo adds a demo case manager, \
            service lead and administrator and the two example cases, prints how to sign in, and serves.
            """)

    @Option(name: .long, help: ArgumentHelp("The workspace database (created if missing).", valueName: "file"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Port to listen on.", valueName: "port"))
    var port = 8080

    @Option(name: .customLong("create-admin"), help: ArgumentHelp("Create an administrator account with this username, then exit.", valueName: "username"))
    var createAdmin: String?

    @Flag(name: .long, help: "Load demo accounts and the example cases (into vr-docs-demo.sqlite unless --db is given).")
    var demo = false

    @Flag(name: .customLong("secure-cookies"), help: "Mark cookies Secure (when an HTTPS proxy is in front).")
    var secureCookies = false

    @OptionGroup var common: TemplatesOption

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port \(port) is not a port; give 1 to 65535, e.g. 8080.") }
    }

    func run() throws {
        let engine = try common.engine()
        let path = db ?? (demo ? "vr-docs-demo.sqlite" : "vr-docs-workspace.sqlite")
        let workspace: CaseWorkspace
        do {
            workspace = CaseWorkspace(store: try SQLiteStore(path: path), documents: DocumentService(engine: engine),
                                      templatesVersion: TemplatesFingerprint.compute(directory: engine.templatesDirectory))
        } catch {
            throw CommandFailure.invalid("\(error)")
        }
        if let username = createAdmin {
            let password = try PasswordPrompt.read("Password for \(username) (at least \(Passwords.minimumLength) characters): ")
            do {
                _ = try workspace.createAccount(username: username, displayName: username, password: password, role: .administrator, by: nil)
            } catch {
                throw CommandFailure.invalid("\(error)")
            }
            WorkspaceTerminal.output("Created administrator \(username) in \(path). Start the workspace with: vr-docs serve --db \(path)")
            return
        }
        if demo { try DemoWorkspace.load(into: workspace, examples: engine.templatesDirectory) }
        if host != "127.0.0.1" && host != "localhost" && host != "::1" {
            WorkspaceTerminal.warning("listening on \(host): anyone who can reach it can try to sign in, and there is no TLS. Put an HTTPS proxy in front and use --secure-cookies.")
        }
        var server = WorkspaceServer()
        server.host = host
        server.port = port
        server.secureCookies = secureCookies
        let templates = engine.templatesDirectory
        let failure = Mutex<String?>(nil)
        let finished = DispatchSemaphore(value: 0)
        WorkspaceTerminal.output("vr-docs workspace on http://\(host):\(port)/ (database \(path)); Ctrl-C stops it.")
        Task {
            do {
                let pages = try await WebPages(templatesDirectory: templates)
                let form = try CaseForm.load(templatesDirectory: templates)
                try await server.application(workspace: workspace, pages: pages, form: form).runService()
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.withLock({ $0 }) { throw CommandFailure.invalid("the workspace stopped: \(message)") }
    }
}

/// A password typed at the terminal (not echoed) or one line of standard input.
enum PasswordPrompt {
    static func read(_ prompt: String) throws -> String {
        if isatty(STDIN_FILENO) != 0, let typed = getpass(prompt) {
            return String(cString: typed)
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw CommandFailure.misuse("No password given: type it at the prompt, or pipe it on standard input.")
        }
        return line
    }
}
