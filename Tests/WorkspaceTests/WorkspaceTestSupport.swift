import Foundation
import Documents
import Workspace

/// A workspace on a fresh SQLite file with the project's templates, for one test.
enum WorkspaceTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var templates: String { repositoryRoot.appendingPathComponent("templates").path }

    static func example(_ name: String) throws -> [UInt8] {
        let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/examples/\(name)")
        let path = FileManager.default.fileExists(atPath: shared.path) ? shared : repositoryRoot.appendingPathComponent("examples/\(name)")
        return [UInt8](try Data(contentsOf: path))
    }

    static let engine: DocumentEngine = try! DocumentEngine(templatesDirectory: templates)

    /// A new workspace in a temporary folder; bcrypt at its lowest cost to keep tests quick.
    static func workspace(clock: WorkspaceClock = .fixed(Date(timeIntervalSince1970: 1_780_000_000))) throws -> (CaseWorkspace, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workspace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: folder.appendingPathComponent("workspace.sqlite").path)
        let workspace = CaseWorkspace(store: store, documents: DocumentService(engine: engine), clock: clock,
                                      passwords: Passwords(cost: 4), templatesVersion: "test templates")
        return (workspace, folder)
    }
}
