import ArgumentParser
import Foundation

/// `--jobs N`: how many case files are worked on at once; every core by default.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Case files worked on at once (default: every core).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
    }
}
