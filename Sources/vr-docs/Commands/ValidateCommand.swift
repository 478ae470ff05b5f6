import ArgumentParser
import Concurrency
import Foundation
import PlanBuilder
import Synchronization

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        // Parsed directly by `vr-docs` (CommandLineMain.parse), which skips the completion-script check.
        _superCommandName: "vr-docs",
        abstract: "Check case files and their plans; report every problem with its line.",
        discussion: """
            Every file is checked even when an earlier one has problems, on all cores; results are \
            printed in the order the files were named. Exit 1 if any file is invalid or its plan \
            cannot be met.
            """)

    /// Listed for the help text; the names themselves are taken out of the command line
    /// before ArgumentParser sees it (see `ManyFileArguments`).
    @Argument(help: ArgumentHelp("Case files (.yaml, .yml or .json).", valueName: "file"))
    var listed: [String] = []

    /// The options that take a value, so that their values are not read as file names.
    static let valueOptions: Set<String> = ["--jobs", "--templates", "--paper", "--issued"]

    @OptionGroup var parallel: JobsOption

    @Flag(name: .long, help: "Print the results as JSON (with a format_version) instead of text.")
    var json = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard !(listed + ManyFileArguments.files).isEmpty else { throw ValidationError("Missing expected argument '<file> ...'") }
    }

    func run() throws {
        let files = listed + ManyFileArguments.files
        let loading = try CaseLoading(options: common)
        for file in files { try loading.requireExists(file) }
        let checker = FileValidation(engine: loading.engine)
        let output = OrderedOutput(printing: !json)
        WorkerPool(jobs: parallel.jobs, items: files.count).forEach(files.count) { index in
            output.deliver(index, checker.check(files[index]))
        }
        let (failed, records) = output.results
        if json {
            Terminal.output(try ValidationReport(files: records, valid: files.count - failed, invalid: failed).encoded())
            if failed > 0 { throw ExitCode(1) }
            return
        }
        if failed > 0 {
            Terminal.note("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") invalid.")
            throw ExitCode(1)
        }
    }
}

/// Prints each file's result as soon as every file named before it has been printed, so
/// the output reads in the order the files were named, whatever order the threads finish
/// in; only results waiting for an earlier file are held.
final class OrderedOutput: Sendable {
    private struct Progress {
        var waiting: [Int: FileValidation.Outcome] = [:]
        var nextToPrint = 0
        var failed = 0
        /// Every file's record in the order named, for `--json`.
        var records: [ValidationRecord] = []
    }

    private let progress = Mutex(Progress())
    private let printing: Bool

    init(printing: Bool = true) { self.printing = printing }

    /// How many files failed, and every file's record in the order named.
    var results: (failed: Int, records: [ValidationRecord]) {
        progress.withLock { ($0.failed, $0.records) }
    }

    func deliver(_ index: Int, _ outcome: FileValidation.Outcome) {
        let printing = self.printing
        progress.withLock { progress in
            progress.waiting[index] = outcome
            while let ready = progress.waiting.removeValue(forKey: progress.nextToPrint) {
                progress.records.append(ready.record)
                if ready.summary == nil { progress.failed += 1 }
                if printing {
                    for problem in ready.problems { Terminal.error(problem) }
                    for warning in ready.warnings { Terminal.warning(warning) }
                    if let summary = ready.summary { Terminal.output(summary) }
                }
                progress.nextToPrint += 1
            }
        }
    }
}
