import ArgumentParser
import Documents
import Foundation

/// Reads, plans and renders one case file's document many times in one process and
/// prints the median time, so the benchmark measures the per-document cost without
/// process start-up. Reading the case file and building its schedule are inside the
/// timed loop, as the comparison engines parse their input inside theirs: each round is
/// one `DocumentWorker.produce`, the path every vr-docs command takes.
struct TimeRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time-render",
        abstract: "Time rendering one document in-process (for the benchmark).")

    @Argument(help: ArgumentHelp("A case file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Which document.", valueName: "name"))
    var document: DocumentKind = .rtwPlan

    @Option(name: .customLong("repeat"), help: ArgumentHelp("How many renders to time.", valueName: "n"))
    var repeat_: Int = 100

    @OptionGroup var options: BenchOptions

    func run() throws {
        let worker = DocumentWorker(engine: try options.engine())
        var bytes = 0
        var times: [Double] = []
        for round in 0..<(max(1, repeat_) + 3) {
            let start = DispatchTime.now().uptimeNanoseconds
            guard case .rendered(let rendered) = worker.produce(.file(file), documents: .kind(document)) else {
                throw ValidationError("\(file) does not render as a \(document.rawValue); run vr-docs render to see why.")
            }
            bytes = rendered.documents[0].bytes.count
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if round >= 3 { times.append(elapsed) }
        }
        times.sort()
        print(String(format: "median_ms=%.3f min_ms=%.3f max_ms=%.3f bytes=%d renders=%d",
                     times[times.count / 2], times[0], times[times.count - 1], bytes, times.count))
    }
}
