import CommandLineSupport
import ArgumentParser
import Caseload
import Foundation

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic caseload of case files for demos and benchmarks.",
        discussion: """
            Writes synth-000001.yaml ... into the folder: made-up clients with varied conditions, jobs, \
            contracts (part-time and shift work), feasible phased-return plans, reviews with hours \
            worked and measures, outcomes, referral sources, deprivation deciles and tiers. Every file \
            passes `vr-docs validate`. The same --seed always gives byte-identical files.
            """)

    @Option(name: .long, help: ArgumentHelp("How many case files.", valueName: "n"))
    var count: Int

    @Option(name: .long, help: ArgumentHelp("Seed of the random generator.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var out: String

    @OptionGroup var parallel: JobsOption

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be 1 or more.") }
        try OutputFolder.validate(out)
    }

    func run() throws {
        let started = Date()
        do {
            try SyntheticCaseload(seed: seed).write(count: count, to: out, jobs: parallel.jobs)
        } catch {
            throw CommandFailure.invalid("\(error)")
        }
        print(String(format: "Wrote %d synthetic case files (seed %llu) into %@ in %.2f s.",
                     count, seed, out, Date().timeIntervalSince(started)))
    }
}
