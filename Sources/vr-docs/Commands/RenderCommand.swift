import CommandLineSupport
import ArgumentParser
import Documents
import Foundation
import PlanBuilder

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        // Parsed directly by `vr-docs` (CommandLineMain.parse), which skips the completion-script check.
        _superCommandName: "vr-docs",
        abstract: "Render documents (PDF) from case files.",
        discussion: """
            Writes <reference>-<document>.pdf into the output folder, e.g. VR-2026-0147-rtw-plan.pdf. \
            Characters of the reference other than letters, digits, - and _ are written as %XX (VR/1 \
            becomes VR%2F1), so different references never share a file; case files with the same \
            reference are refused together before anything is written. A file whose case file is \
            invalid, or whose plan cannot be met, is not written; the other files are still rendered. \
            Files are written whole or not at all.
            """)

    @Argument(help: ArgumentHelp("Case files (.yaml, .yml or .json).", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Which document: \(DocumentChoice.allValueStrings.joined(separator: ", ")).", valueName: "name"))
    var document: DocumentChoice = .kind(.rtwPlan)

    @Option(name: .long, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var out: String = "."

    @Option(name: .long, help: ArgumentHelp("pdf; png for one preview image per page; or ics for the client's calendar of working days and reviews (<reference>-calendar.ics, whichever --document).", valueName: "format"))
    var format: FormatOption = .pdf

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try OutputFolder.validate(out)
    }

    /// Whether a command line (without the program name) renders pages, so its fonts are
    /// worth loading before the line is even parsed: `render` without `--format ics`.
    static func drawsDocuments(_ arguments: [String]) -> Bool {
        arguments.first == configuration.commandName && !zip(arguments, arguments.dropFirst()).contains { $0 == ("--format", "ics") }
            && !arguments.contains("--format=ics")
    }

    func run() throws {
        // Fonts load on the second core while the templates and case files are read (from
        // the start of the process when `main` saw a render; starting twice is harmless).
        if format != .ics { DocumentWorker.loadFontsInBackground() }
        let loading = try CaseLoading(options: common)
        for file in files { try loading.requireExists(file) }
        if out == StandardStreams.name {
            try renderToStandardOutput(loading)
            return
        }
        try OutputFolder.requireFolder(out)
        var failed = 0
        // Every file is read before anything is written, so that files whose documents
        // would share a name are refused together rather than one replacing the other.
        // A file named twice (`a.yaml ./a.yaml`) is rendered once, not refused as a clash.
        var seen = Set<String>()
        let read = files.filter { seen.insert(URL(fileURLWithPath: $0).resolvingSymlinksInPath().path).inserted }.map { file in (file: file, caseFile: loading.read(file)) }
        let clashes = ReferenceClashes(read.compactMap { entry in entry.caseFile.map { (entry.file, $0.caseInfo.reference) } })
        let writer = DocumentWriter(worker: DocumentWorker(engine: loading.engine), outputFolder: out, format: format)
        defer { KeptUntilExit.keep(loading, read, writer) }
        for (file, caseFile) in read {
            guard let caseFile else { failed += 1; continue }
            if let reason = clashes.reason(for: file, reference: caseFile.caseInfo.reference) {
                Terminal.error("\(file): \(reason)")
                failed += 1
                continue
            }
            if !writer.write(.caseFile(caseFile, name: file), choice: document) { failed += 1 }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// `--out -`: one case file, one PDF, written whole to standard output (and nothing
    /// at all when it cannot be made), so `vr-docs render - --out - < case.yaml > plan.pdf` works.
    private func renderToStandardOutput(_ loading: CaseLoading) throws {
        guard files.count == 1, case .kind = document, format != .png else {
            throw CommandFailure.misuse("--out - writes one PDF or calendar to standard output: give one case file, one --document and --format pdf or ics.")
        }
        guard let caseFile = loading.read(files[0]) else { throw ExitCode(1) }
        let outcome = DocumentWorker(engine: loading.engine).produce(.caseFile(caseFile, name: files[0]), documents: document, format: format.format)
        OutcomeMessages.print(outcome)
        guard case .rendered(let rendered) = outcome, let produced = rendered.documents.first else { throw ExitCode(1) }
        try StandardStreams.write(produced.bytes)
    }
}

extension DocumentChoice: ExpressibleByArgument {
    public init?(argument: String) {
        if argument == "all" { self = .all; return }
        guard let kind = DocumentKind(rawValue: argument) else { return nil }
        self = .kind(kind)
    }

    public static var allValueStrings: [String] { DocumentKind.allCases.map(\.rawValue) + ["all"] }
    public var defaultValueDescription: String {
        switch self {
        case .all: return "all"
        case .kind(let kind): return kind.rawValue
        }
    }
}

// The value lists are written out for each type: ArgumentParser's generic default builds
// them through runtime metadata lookups, about 0.4M instructions a type at every start.
extension DocumentKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--format pdf` (the documents), `--format png` (page previews) or `--format ics` (the
/// client's calendar).
enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case pdf, png, ics

    static var allValueStrings: [String] { allCases.map(\.rawValue) }

    var format: OutputFormat {
        switch self {
        case .pdf: return .pdf
        case .png: return .png(resolution: 96)
        case .ics: return .ics
        }
    }
}
