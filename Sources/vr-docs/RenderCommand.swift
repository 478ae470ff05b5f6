import ArgumentParser
import Documents
import Foundation
import PlanBuilder

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
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

    @Option(name: .long, help: ArgumentHelp("pdf, or png for one preview image per page.", valueName: "format"))
    var format: OutputFormat = .pdf

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try OutputFolder.validate(out)
    }

    func run() throws {
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
        let renderer = Renderer(loading: loading, outputFolder: out, format: format)
        for (file, caseFile) in read {
            guard let caseFile else { failed += 1; continue }
            if let reason = clashes.reason(for: file, reference: caseFile.caseInfo.reference) {
                Terminal.error("\(file): \(reason)")
                failed += 1
                continue
            }
            if !renderer.render(file, caseFile: caseFile, choice: document) { failed += 1 }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// `--out -`: one case file, one PDF, written whole to standard output (and nothing
    /// at all when it cannot be made), so `vr-docs render - --out - < case.yaml > plan.pdf` works.
    private func renderToStandardOutput(_ loading: CaseLoading) throws {
        guard files.count == 1, case .kind(let kind) = document, format == .pdf else {
            throw CommandFailure.misuse("--out - writes one PDF to standard output: give one case file, one --document and --format pdf.")
        }
        guard let caseFile = loading.read(files[0]) else { throw ExitCode(1) }
        let (ok, schedule) = loading.schedule(caseFile, path: files[0])
        guard ok else { throw ExitCode(1) }
        guard loading.engine.supportedDocuments(for: caseFile).contains(kind) else {
            throw CommandFailure.invalid("\(files[0]): this case file cannot make a \(kind.rawValue).")
        }
        if kind.audience == .employer {
            for warning in DisclosureWarnings.lines(files[0], caseFile: caseFile, engine: loading.engine) { Terminal.warning(warning) }
        }
        try StandardStreams.write(try loading.engine.render(kind, caseFile: caseFile, schedule: schedule))
    }
}

/// `--document rtw-plan` or `--document all`.
enum DocumentChoice: ExpressibleByArgument, Equatable {
    case kind(DocumentKind)
    case all

    init?(argument: String) {
        if argument == "all" { self = .all; return }
        guard let kind = DocumentKind(rawValue: argument) else { return nil }
        self = .kind(kind)
    }

    static var allValueStrings: [String] { DocumentKind.allCases.map(\.rawValue) + ["all"] }
    var defaultValueDescription: String {
        switch self {
        case .all: return "all"
        case .kind(let kind): return kind.rawValue
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}

/// `--format pdf` (the documents) or `--format png` (page previews).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case pdf, png
}

/// Renders one case file's documents, printing what was written or why not.
struct Renderer {
    let loading: CaseLoading
    let outputFolder: String
    var format: OutputFormat = .pdf

    /// True when every requested document was written.
    func render(_ file: String, caseFile: CaseFile, choice: DocumentChoice) -> Bool {
        let (ok, schedule) = loading.schedule(caseFile, path: file)
        guard ok else {
            Terminal.note("\(file): nothing written; change the plan and render again.")
            return false
        }
        let kinds: [DocumentKind]
        switch choice {
        case .all:
            kinds = loading.engine.supportedDocuments(for: caseFile)
            guard !kinds.isEmpty else {
                Terminal.error("\(file): nothing to render: documents need a plan section, a fitness recommendation "
                               + "(assessment.fitness) or reviews, and this case file has none of them.")
                return false
            }
        case .kind(let kind):
            guard loading.engine.supportedDocuments(for: caseFile).contains(kind) else {
                let needs = kind == .review ? "a reviews section" : kind == .employerReport
                    ? "a plan section or a fitness recommendation" : "a plan section"
                Terminal.error("\(file): a \(kind.rawValue) needs \(needs); this case file has none.")
                return false
            }
            kinds = [kind]
        }
        if kinds.contains(where: { $0.audience == .employer }) {
            for warning in DisclosureWarnings.lines(file, caseFile: caseFile, engine: loading.engine) {
                Terminal.warning(warning)
            }
        }
        var allWritten = true
        for kind in kinds {
            let name = DocumentEngine.fileName(reference: caseFile.caseInfo.reference, kind: kind)
            let path = (outputFolder as NSString).appendingPathComponent(name)
            do {
                switch format {
                case .pdf:
                    try AtomicFile.write(try loading.engine.render(kind, caseFile: caseFile, schedule: schedule), to: path)
                    Terminal.output("wrote \(path)")
                case .png:
                    let pages = try loading.engine.renderPNG(kind, caseFile: caseFile, schedule: schedule)
                    let stem = String(path.dropLast(4))
                    for (index, page) in pages.enumerated() { try AtomicFile.write(page, to: "\(stem)-\(index + 1).png") }
                    Terminal.output("wrote \(stem)-1.png ... -\(pages.count).png")
                }
            } catch {
                Terminal.error("\(file): \(error)")
                allWritten = false
            }
        }
        return allWritten
    }
}
