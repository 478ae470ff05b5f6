import Documents
import Foundation
import PlanBuilder

/// The fuzz target: one input is read as a case file (as YAML, then as JSON), and when it
/// reads, its plan is built and every document it supports is put together through the
/// public API, exactly as `vr-docs render` would before layout. Any outcome is fine
/// except a crash, a trap or a hang: a refusal must be a `CaseFileErrors` or an
/// `InfeasiblePlan`, which are ordinary values here.
///
/// Built by `fuzz/run.sh` with `-sanitize=fuzzer -D FUZZING`, libFuzzer calls
/// `LLVMFuzzerTestOneInput`; built normally (as `swift build` does), the same code runs
/// once over the files named on the command line, to replay a crash libFuzzer found.
enum FuzzTarget {
    /// Loaded once per process: templates from `VR_DOCS_TEMPLATES`, else `./templates`.
    static let engine: DocumentEngine = {
        let templates = ProcessInfo.processInfo.environment["VR_DOCS_TEMPLATES"] ?? "templates"
        do {
            return try DocumentEngine(templatesDirectory: templates)
        } catch {
            fatalError("vr-docs-fuzz: cannot load the templates at \(templates) (set VR_DOCS_TEMPLATES): \(error)")
        }
    }()

    /// `VR_DOCS_FUZZ_RENDER=1` also lays out and renders each document to PDF (about a
    /// hundred times slower per input, but it reaches ReportKit with the case's text).
    static let renders = ProcessInfo.processInfo.environment["VR_DOCS_FUZZ_RENDER"] == "1"

    static func run(_ bytes: [UInt8]) {
        for name in ["fuzz.yaml", "fuzz.json"] {
            guard let caseFile = try? engine.reader.read(bytes: bytes, fileName: name, baseDirectory: nil) else { continue }
            guard let schedule = try? engine.schedule(for: caseFile) else { continue }
            for kind in engine.supportedDocuments(for: caseFile) {
                _ = try? engine.build(kind, caseFile: caseFile, schedule: schedule)
            }
            if renders { _ = DocumentWorker(engine: engine).produce(.caseFile(caseFile, name: name), documents: .all) }
            _ = engine.disclosureWarnings(for: caseFile)
            _ = DocumentEngine.fileName(reference: caseFile.caseInfo.reference, kind: .rtwPlan)
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver, called from this executable's own `main` (SwiftPM names the entry
/// point of an executable target itself, so libFuzzer's `main` is not used).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
@main
struct FuzzReplay {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            print("usage: vr-docs-fuzz FILE...   (replays inputs; fuzz/run.sh builds the libFuzzer version)")
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read")
                continue
            }
            FuzzTarget.run([UInt8](data))
            print("\(file): no crash")
        }
    }
}
#endif
