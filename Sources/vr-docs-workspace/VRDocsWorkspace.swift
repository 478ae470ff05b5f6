import CommandLineSupport
import ArgumentParser
import Documents
import Foundation
import ReportKit

/// `vr-docs serve` and `vr-docs backup`: the workspace's commands, in a program of their
/// own so that the web server, SQLite and their libraries are loaded only when the
/// workspace runs. `vr-docs` hands these two commands to this program (found beside it)
/// and every other command starts without them. Exit codes as `vr-docs`: 0 done,
/// 1 invalid input, 2 misuse.
@main
struct VRDocsWorkspace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vr-docs",
        abstract: "The case manager's workspace: serve it, back it up.",
        version: ReleaseVersion.string,
        subcommands: [ServeCommand.self, BackupCommand.self]
    )

    static func main() {
        // Before the server starts any thread: see PageContentCompression.
        PageContentCompression.leaveToReportKit()
        CommandLineMain.run(VRDocsWorkspace.self, arguments: Array(CommandLine.arguments.dropFirst()), report: WorkspaceTerminal.error)
    }
}

/// Output of the workspace's commands. They print paths, usernames and addresses, never
/// case content, and flush at once: `serve` keeps running after its first lines.
enum WorkspaceTerminal {
    static func output(_ text: String) {
        print(text)
        fflush(nil)
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }
}

/// `--templates DIR`, as every `vr-docs` command takes it.
struct TemplatesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of wording, catalogues and holiday data.", valueName: "dir"))
    var templates: String?

    /// The document engine on the templates found, or the reason there is none.
    func engine() throws -> DocumentEngine {
        do {
            return try DocumentEngine(templatesDirectory: try TemplateDirectory.locate(explicit: templates))
        } catch let error as DocumentError {
            // No templates where they were looked for is misuse; broken ones are invalid input.
            if case .templatesNotFound = error { throw CommandFailure.misuse("\(error)") }
            throw CommandFailure.invalid("\(error)")
        }
    }
}
