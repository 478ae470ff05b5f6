import CommandLineSupport
import ArgumentParser
import Caseload
import Documents
import Foundation

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render the documents of every case file in some folders, on every core.",
        discussion: """
            Finds every .yaml, .yml and .json file under the folders (and their subfolders) and writes \
            <reference>-<document>.pdf for each into the output folder. A case file that cannot be read, \
            or whose plan cannot be met, is reported and the others are still rendered; case files with the \
            same reference are all refused before anything is written. Files are written whole or not at \
            all, and an interrupted batch leaves no partial files. Shows a progress bar on a terminal. Exit 1 if any case file failed.
            """)

    @Argument(help: ArgumentHelp("Folders of case files (or single case files).", valueName: "dir"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Which document: \(DocumentChoice.allValueStrings.joined(separator: ", ")).", valueName: "name"))
    var document: DocumentChoice = .all

    @OptionGroup var parallel: JobsOption

    @Flag(name: .long, help: "Do not list each case file as it is rendered.")
    var quiet = false

    @Flag(name: .long, help: "Print one JSON report (format_version 1) on standard output instead of the listing and summary.")
    var json = false

    @OptionGroup var common: CommonOptions


    func validate() throws {
        try OutputFolder.validate(out)
    }

    func run() throws {
        let loading = try CaseLoading(options: common)
        try OutputFolder.requireFolder(out)
        let files: [String]
        do {
            files = try BatchFiles.list(inputs)
        } catch {
            throw CommandFailure.misuse("\(error)")
        }
        let started = Date()
        let interactive = isatty(STDERR_FILENO) != 0 && !json
        let progress = ProgressBar(total: files.count, label: "Rendering", interactive: interactive)
        let renderer = BatchRenderer(engine: loading.engine, outputFolder: out, choice: document)
        let outcome = renderer.run(files, jobs: parallel.jobs) { done, failed, line in
            if !quiet && !interactive && !json, let line { Terminal.output(line) }
            progress.update(done: done, failed: failed)
        }
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        if json {
            let report = BatchReport(documents: outcome.documents, rendered: files.count - outcome.failures.count,
                                     failed: outcome.failures.count, files: outcome.files)
            Terminal.output(Terminal.jsonSafe(try report.encoded()))
            if !outcome.failures.isEmpty { throw ExitCode(1) }
            return
        }
        for warning in outcome.warnings { Terminal.warning(warning) }
        for failure in outcome.failures {
            for reason in failure.reasons { Terminal.error("\(failure.file): \(reason)") }
        }
        let rate = seconds > 0 ? Double(outcome.documents) / seconds : 0
        print(String(format: "Rendered %d documents from %d case files in %.2f s (%.1f documents a second, %d jobs) into %@.",
                     outcome.documents, files.count - outcome.failures.count, seconds, rate, parallel.jobs, out))
        if !outcome.failures.isEmpty {
            let partial = outcome.failures.flatMap(\.written)
            let count = outcome.failures.count
            let plural = count == 1 ? "" : "s"
            if partial.isEmpty {
                Terminal.note("Failed: \(count) case file\(plural) (reasons above); nothing was written for \(count == 1 ? "it" : "them").")
            } else {
                Terminal.note("Failed: \(count) case file\(plural) (reasons above); \(partial.count) of their documents were "
                              + "written before the failure and are complete: \(partial.joined(separator: ", ")).")
            }
            throw ExitCode(1)
        }
    }
}

/// The case files a batch covers, in a stable order so the summary reads the same way
/// on every run.
enum BatchFiles {
    static func list(_ inputs: [String]) throws(CaseloadError) -> [String] {
        let source = try CaseFileSource(roots: inputs)
        var files: [String] = []
        var seen = Set<String>()
        // A folder given twice, or a file inside a folder also given, is rendered once
        // rather than refused as two files with the same reference.
        while let file = source.next() {
            if seen.insert(URL(fileURLWithPath: file).resolvingSymlinksInPath().path).inserted { files.append(file) }
        }
        guard !files.isEmpty else { throw .noCaseFiles(inputs) }
        return files.sorted()
    }
}
