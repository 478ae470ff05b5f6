import ArgumentParser
import Documents
import Foundation
import ReportKit

/// Reads, plans and renders one case file's document many times in one process and
/// prints the median time, so the benchmark measures the per-document cost without
/// process start-up. Reading the case file and building its schedule are inside the
/// timed loop, as the comparison engines parse their input inside theirs. Hidden from
/// the help: it is a tool for the benchmark, not for case managers.
struct TimeRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time-render",
        abstract: "Time rendering one document in-process (for the benchmark).",
        shouldDisplay: false)

    @Argument(help: ArgumentHelp("A case file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Which document.", valueName: "name"))
    var document: DocumentKind = .rtwPlan

    @Option(name: .customLong("repeat"), help: ArgumentHelp("How many renders to time.", valueName: "n"))
    var repeat_: Int = 100

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loading = try CaseLoading(options: common)
        _ = try loading.readPlanned(file)
        let renderer = PDFRenderer()
        var bytes = 0
        var times: [Double] = []
        for round in 0..<(max(1, repeat_) + 3) {
            let start = DispatchTime.now().uptimeNanoseconds
            let caseFile = try loading.engine.reader.read(path: file)
            let schedule = try loading.engine.schedule(for: caseFile)
            let built = try loading.engine.build(document, caseFile: caseFile, schedule: schedule)
            bytes = try renderer.render(built).count
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if round >= 3 { times.append(elapsed) }
        }
        times.sort()
        print(String(format: "median_ms=%.3f min_ms=%.3f max_ms=%.3f bytes=%d renders=%d",
                     times[times.count / 2], times[0], times[times.count - 1], bytes, times.count))
    }
}
