import CommandLineSupport
import ArgumentParser
import Documents
import Foundation
import PlanBuilder
import ReportKit

/// The command-line tool. Exit codes: 0 done, 1 invalid input or a plan that cannot be
/// met, 2 misuse (unknown option, missing file).
@main
struct VRDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vr-docs",
        abstract: "Phased return-to-work plans and reports from vocational rehabilitation case files.",
        discussion: """
            Typical use: check a case file, look at the schedule, then render the documents.

              vr-docs validate case.yaml
              vr-docs plan case.yaml
              vr-docs render case.yaml --out letters/

            The case manager's workspace in the browser: vr-docs serve (see vr-docs serve --help); \
            vr-docs backup FILE copies its database.

            Exit codes: 0 success, 1 invalid case file or a plan that cannot be met, 2 misuse.
            """,
        version: ReleaseVersion.string,
        subcommands: [NewCommand.self, ValidateCommand.self, PlanCommand.self, RenderCommand.self, DueCommand.self, CatalogueCommand.self, DemoCommand.self,
                      CaseloadCommand.self, BatchCommand.self, SynthCommand.self]
    )

    static func main() {
        WorkspaceProgram.handOver(CommandLine.arguments)
        // Before any thread starts: see PageContentCompression.
        PageContentCompression.leaveToReportKit()
        RenderMemory.keepFreedMemoryForReuse()
        InterruptCleanup.install()
        let arguments = ManyFileArguments.prepare(Array(CommandLine.arguments.dropFirst()))
        // A render's fonts load on the second core from the start, while the arguments
        // are parsed and the templates and case files read (see RenderCommand.run).
        if RenderCommand.drawsDocuments(arguments) { DocumentWorker.loadFontsInBackground() }
        CommandLineMain.run(VRDocs.self, direct: [RenderCommand.self, ValidateCommand.self, PlanCommand.self], arguments: arguments,
                            report: Terminal.error, usage: Terminal.note)
    }
}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of wording, catalogues and holiday data.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("Paper for documents: a4 or letter (default: the theme's, A4).", valueName: "size"))
    var paper: Paper?

    @Option(name: .long, help: ArgumentHelp("Issue date printed on documents whose case file has no case.issued (YYYY-MM-DD).", valueName: "date"),
            transform: IssueDate.parse)
    var issued: LocalDate?
}

/// `--issued 2026-12-03`: a real date, given by the case manager, never the clock.
enum IssueDate {
    static func parse(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text), (1900...2199).contains(date.year) else {
            throw ValidationError("--issued \(text) is not a date; write it as YYYY-MM-DD, e.g. 2026-12-03.")
        }
        return date
    }
}

/// `--paper a4` or `--paper letter`.
enum Paper: String, ExpressibleByArgument, CaseIterable {
    case a4, letter

    /// Written out rather than ArgumentParser's generic default (see `DocumentKind`'s).
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
