import ArgumentParser
import Documents
import ReportKit

/// The benchmark's own tool (`bench/run.sh` builds it beside `vr-docs`): it times
/// rendering in one process and prints a document's content for the other engines to
/// set. It is kept out of the `vr-docs` command, which case managers use.
@main
struct BenchTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vr-docs-bench",
        abstract: "Tools for bench/run.sh: time-render and blocks.",
        subcommands: [TimeRenderCommand.self, BlocksCommand.self])

    /// As `vr-docs` renders: page content compressed once (see PageContentCompression).
    static func main() {
        PageContentCompression.leaveToReportKit()
        main(nil)
    }
}

/// The templates folder and the engine, found as `vr-docs` finds them.
struct BenchOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of wording, catalogues and holiday data.", valueName: "dir"))
    var templates: String?

    func engine() throws -> DocumentEngine {
        try DocumentEngine(templatesDirectory: try TemplateDirectory.locate(explicit: templates))
    }
}

extension DocumentKind: ExpressibleByArgument {}
