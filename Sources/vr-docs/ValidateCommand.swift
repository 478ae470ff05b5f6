import ArgumentParser
import PlanBuilder

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check case files and their plans; report every problem with its line.",
        discussion: "Every file is checked even when an earlier one has problems. Exit 1 if any file is invalid or its plan cannot be met.")

    @Argument(help: ArgumentHelp("Case files (.yaml, .yml or .json).", valueName: "file"))
    var files: [String]

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loading = try CaseLoading(options: common)
        for file in files { try loading.requireExists(file) }
        var failed = 0
        for file in files {
            guard let caseFile = loading.read(file) else { failed += 1; continue }
            let (ok, schedule) = loading.schedule(caseFile, path: file)
            guard ok else { failed += 1; continue }
            for warning in DisclosureWarnings.lines(file, caseFile: caseFile, engine: loading.engine) {
                Terminal.warning(warning)
            }
            var summary = "\(file): valid (\(caseFile.caseInfo.reference))"
            if let schedule { summary += ", a \(schedule.weeks.count)-week plan" }
            Terminal.output(summary)
        }
        if failed > 0 {
            Terminal.note("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") invalid.")
            throw ExitCode(1)
        }
    }
}
