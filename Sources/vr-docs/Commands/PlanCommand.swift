import CommandLineSupport
import ArgumentParser
import Foundation
import PlanBuilder

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        // Parsed directly by `vr-docs` (CommandLineMain.parse), which skips the completion-script check.
        _superCommandName: "vr-docs",
        abstract: "Show the graded return-to-work schedule, the tier and suggested adjustments.",
        discussion: "Prints the week-by-week schedule as a table, the tier with the reasons for it, and adjustments the catalogue suggests for the limitations and job demands; or all of it as JSON with --json. Exit 1 if the file is invalid or the plan cannot be met; the reasons say what would resolve it.")

    @Argument(help: ArgumentHelp("A case file (.yaml, .yml or .json).", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print the schedule as JSON for other programs.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loading = try CaseLoading(options: common)
        let (caseFile, schedule) = try loading.readPlanned(file)
        guard let schedule else {
            throw CommandFailure.invalid("\(file): the case file has no plan section, so there is no schedule to show.")
        }
        let advice = CaseAdvice(caseFile: caseFile, catalogue: loading.engine.catalogue)
        if json {
            print(Terminal.jsonSafe(try ScheduleJSON.encode(schedule, caseFile: caseFile, advice: advice)))
        } else {
            Terminal.output(ScheduleTerminalTable(schedule: schedule, caseFile: caseFile).render(), terminator: "")
            Terminal.output(advice.render(), terminator: "")
        }
    }
}
