import CommandLineSupport
import ArgumentParser
import Documents
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Render the bundled example case files into ./vr-docs-demo/.")

    @Option(name: .long, help: ArgumentHelp("Folder to write into.", valueName: "dir"))
    var out: String = "vr-docs-demo"

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try OutputFolder.validate(out)
    }

    func run() throws {
        let loading = try CaseLoading(options: common)
        try OutputFolder.requireFolder(out)
        let examples = URL(fileURLWithPath: loading.engine.templatesDirectory).deletingLastPathComponent().appendingPathComponent("examples")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
            .sorted()
            .map { examples.appendingPathComponent($0).path }
        guard !files.isEmpty else { throw CommandFailure.misuse("no example case files in \(examples.path).") }
        print("Rendering \(files.count) example case files from \(examples.path)\n")
        if let first = files.first, let caseFile = loading.read(first), case (true, let schedule?) = loading.schedule(caseFile, path: first) {
            Terminal.output(ScheduleTerminalTable(schedule: schedule, caseFile: caseFile).render())
        }
        var failed = 0
        let writer = DocumentWriter(worker: DocumentWorker(engine: loading.engine), outputFolder: out)
        for file in files where !writer.write(.file(file), choice: .all) { failed += 1 }
        let folder = URL(fileURLWithPath: out).standardizedFileURL.path
        print("\nThe documents are in \(folder)/")
        if failed > 0 { throw ExitCode(1) }
    }
}
