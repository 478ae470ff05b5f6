import CommandLineSupport
import Foundation
import Workspace

/// `vr-docs serve --demo`: three demo accounts and the bundled example cases, so the
/// workspace can be tried in one command. Loaded once; a second start reuses them.
enum DemoWorkspace {
    static let password = "demo-password-2026"

    static func load(into workspace: CaseWorkspace, examples templates: String) throws {
        guard (try? workspace.store.credentials(username: "admin")) == nil else {
            printSignIn()
            return
        }
        do {
            let admin = try workspace.createAccount(username: "admin", displayName: "Demo administrator", password: password, role: .administrator, by: nil)
            let manager = try workspace.createAccount(username: "casemanager", displayName: "Morag Campbell", password: password, role: .caseManager, by: admin)
            _ = try workspace.createAccount(username: "lead", displayName: "Demo service lead", password: password, role: .serviceLead, by: admin)
            let folder = URL(fileURLWithPath: templates).deletingLastPathComponent().appendingPathComponent("examples")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
            for name in names {
                _ = try workspace.importCase([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))), by: manager)
            }
        } catch {
            throw CommandFailure.invalid("the demo could not be loaded: \(error)")
        }
        printSignIn()
    }

    private static func printSignIn() {
        WorkspaceTerminal.output("Demo accounts (password \(password)): casemanager (the example cases), lead (caseload figures), admin (accounts).")
    }
}
