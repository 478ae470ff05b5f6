import CommandLineSupport
import ArgumentParser
import Foundation
import Workspace

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the workspace database consistently, even while the workspace is running.",
        discussion: "Uses SQLite's online backup, so the copy is the whole database at one moment. The copy is written to a temporary file beside FILE and renamed, so FILE is never half written.")

    @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The workspace database to copy.", valueName: "file"))
    var db = "vr-docs-workspace.sqlite"

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandFailure.misuse("\(db): no such workspace database; give it with --db.")
        }
        let temporary = file + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try SQLiteStore(path: db).backup(to: temporary)
            guard rename(temporary, file) == 0 else { throw CommandFailure.invalid(String(cString: strerror(errno))) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CommandFailure.invalid("\(file): the backup was not written: \(error)")
        }
        WorkspaceTerminal.output("wrote \(file)")
    }
}
